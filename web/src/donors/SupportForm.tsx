import { Group, MultiSelect, NativeSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDisplayDate } from '../../../common/src/dates';
import { MeasureMultiSelect, type MeasureRef } from '../events/MeasureMultiSelect';
import { numberOrNull } from '../events/format';
import { organisationOptionsQuery } from '../organisations/api';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useFormState } from '../ui/useFormState';
import { useSaveSupport } from './api';
import { SUPPORT_KINDS, type Support, type SupportKind } from './types';

const FIELDS = ['kind', 'description', 'amount', 'currency', 'startsOn', 'endsOn', 'organisationIds', 'measureIds'] as const;

/** What a donor offers: kind, amount, period, and the bodies and measures it supports. */
export function SupportForm({ donorId, support, opened, onClose }: { donorId: string; support: Support | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const organisations = useQuery(organisationOptionsQuery);
  const { values, set } = useFormState({
    kind: support?.kind ?? ('technical' as SupportKind),
    description: support?.description ?? '',
    amount: (support?.amount ?? '') as number | string,
    currency: support?.currency ?? '',
    startsOn: support?.startsOn ?? '',
    endsOn: support?.endsOn ?? '',
    organisationIds: support?.organisations.map((o) => o.id) ?? [],
    measures: (support?.measures ?? []) as MeasureRef[],
  });
  const [checked, setChecked] = useState(false);
  const save = useSaveSupport(donorId, support?.id ?? null);
  const server = fieldErrors(save.error);

  const submit = () => {
    setChecked(true);
    if (!values.description.trim()) return;
    save.mutate(
      {
        kind: values.kind,
        description: values.description.trim(),
        amount: numberOrNull(values.amount),
        currency: values.currency.trim() || null,
        startsOn: values.startsOn || null,
        endsOn: values.endsOn || null,
        organisationIds: values.organisationIds,
        measureIds: values.measures.map((m) => m.id),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t(support ? 'donors.support.updated' : 'donors.support.created') });
          onClose();
        },
      },
    );
  };

  const date = (field: 'startsOn' | 'endsOn', label: string) => (
    <DateInput
      label={label}
      value={values[field] || null}
      onChange={(v) => set(field, v ?? '')}
      valueFormat="DD.MM.YYYY"
      dateParser={(text) => parseDisplayDate(text)}
      placeholder={t('filters.datePlaceholder')}
      clearable
      clearButtonProps={{ 'aria-label': t('filters.clearField') }}
      error={server[field]}
    />
  );

  return (
    <FormDrawer opened={opened} onClose={onClose} title={support ? t('donors.support.editTitle') : t('donors.support.createTitle')} submitLabel={t('common.save')} pending={save.isPending} onSubmit={submit}>
      {save.error ? <ProblemAlert error={save.error} fields={FIELDS} /> : null}
      <NativeSelect label={t('donors.support.kind')} value={values.kind} onChange={(e) => set('kind', e.currentTarget.value as SupportKind)} data={SUPPORT_KINDS.map((k) => ({ value: k, label: t(`donors.supportKind.${k}`) }))} required />
      <Textarea label={t('donors.support.description')} value={values.description} onChange={(e) => set('description', e.currentTarget.value)} autosize minRows={2} required data-autofocus lang="az" error={checked && !values.description.trim() ? t('form.required') : server.description} />
      <Group grow align="flex-start">
        <NumberInput label={t('donors.support.amount')} value={values.amount} onChange={(v) => set('amount', v)} min={0} decimalScale={2} thousandSeparator=" " error={server.amount} />
        <TextInput label={t('donors.support.currency')} value={values.currency} onChange={(e) => set('currency', e.currentTarget.value)} maxLength={10} placeholder="AZN" error={server.currency} />
      </Group>
      <Group grow align="flex-start">
        {date('startsOn', t('donors.support.startsOn'))}
        {date('endsOn', t('donors.support.endsOn'))}
      </Group>
      <MultiSelect
        label={t('donors.support.organisations')}
        description={t('donors.support.organisationsHint')}
        data={(organisations.data ?? []).map((o) => ({ value: o.id, label: `${o.shortName} — ${o.nameAz}` }))}
        value={values.organisationIds}
        onChange={(v) => set('organisationIds', v)}
        searchable
        clearable
        limit={200}
        error={server.organisationIds}
      />
      <MeasureMultiSelect label={t('donors.support.measures')} value={values.measures} onChange={(v) => set('measures', v)} error={server.measureIds} />
    </FormDrawer>
  );
}
