import { Group, NativeSelect, NumberInput, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { parseDisplayDate } from '../../../common/src/dates';
import { planListQuery } from '../plans/api';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useFormState } from '../ui/useFormState';
import { useCreatePeriod } from './api';
import { periodLabel } from './format';
import type { PeriodKind } from './types';

const FIELDS = ['planId', 'kind', 'year', 'half', 'dueOn'] as const;

/** The secretariat opens a reporting period of a plan; the server creates every body's task list. */
export function PeriodForm({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plans = useQuery(planListQuery);
  const { values, set } = useFormState({
    planId: '',
    kind: 'year' as PeriodKind,
    year: new Date().getFullYear() as number | string,
    half: '1',
    dueOn: '',
  });
  const [checked, setChecked] = useState(false);
  const create = useCreatePeriod();
  const server = fieldErrors(create.error);
  const required = (value: string | number) => (checked && String(value).trim() === '' ? t('form.required') : undefined);
  const planId = values.planId || plans.data?.items[0]?.id || '';

  const submit = () => {
    setChecked(true);
    if (!planId || values.year === '' || !values.dueOn) return;
    const half = values.kind === 'half_year' ? (Number(values.half) as 1 | 2) : undefined;
    const input = { planId, kind: values.kind, year: Number(values.year), ...(half ? { half } : {}), dueOn: values.dueOn };
    create.mutate(input, {
      onSuccess: (period) => {
        notifications.show({ color: 'teal', message: t('reports.period.created', { period: periodLabel(t, period) }) });
        onClose();
        void navigate(`/reports/${period.id}`);
      },
    });
  };

  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('reports.period.createTitle')} submitLabel={t('reports.period.create')} pending={create.isPending} onSubmit={submit}>
      <Text size="sm" c="dimmed">
        {t('reports.period.createHint')}
      </Text>
      <NativeSelect
        label={t('reports.period.plan')}
        value={planId}
        onChange={(e) => set('planId', e.currentTarget.value)}
        data={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
        required
        data-autofocus
        error={required(planId) ?? server.planId}
      />
      <NativeSelect
        label={t('reports.period.kind')}
        value={values.kind}
        onChange={(e) => set('kind', e.currentTarget.value as PeriodKind)}
        data={(['year', 'half_year'] as const).map((k) => ({ value: k, label: t(`reports.periodKind.${k}`) }))}
        required
        error={server.kind}
      />
      <Group grow align="flex-start">
        <NumberInput
          label={t('reports.period.year')}
          value={values.year}
          onChange={(v) => set('year', v)}
          min={2000}
          max={2100}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          required
          error={required(values.year) ?? server.year}
        />
        {values.kind === 'half_year' && (
          <NativeSelect
            label={t('reports.period.half')}
            value={values.half}
            onChange={(e) => set('half', e.currentTarget.value)}
            data={[
              { value: '1', label: t('reports.period.halfFirst') },
              { value: '2', label: t('reports.period.halfSecond') },
            ]}
            required
            error={server.half}
          />
        )}
      </Group>
      <DateInput
        label={t('reports.period.dueOn')}
        value={values.dueOn || null}
        onChange={(v) => set('dueOn', v ?? '')}
        valueFormat="DD.MM.YYYY"
        dateParser={(text) => parseDisplayDate(text)}
        placeholder={t('filters.datePlaceholder')}
        required
        error={required(values.dueOn) ?? server.dueOn}
      />
      {create.isError && <ProblemAlert error={create.error} fields={FIELDS} />}
    </FormDrawer>
  );
}
