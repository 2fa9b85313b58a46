import { Button, Checkbox, Fieldset, Group, MultiSelect, NativeSelect, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROCEEDING_STAGES, SEXES } from '../../../common/src/case-parts';
import { isApiError } from '../app/api';
import { DateText } from '../ui/DateText';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useAddPerpetrator, useSaveProceeding } from './api';
import { codeLabel, codeList, codeOptions } from './codes';
import { countryName } from './countries';
import { fieldErrors, loosePartOf } from './formErrors';
import { CodeSelect, CountrySelect, DateField, RemoveRow, removeAt, replaceAt } from './inputs';
import { ConflictNotice, Section, SubTitle } from './layout';
import { NotesBlock } from './NotesBlock';
import type { CaseDetail, Defendant, PerpetratorRole, Proceeding, ProceedingStage, Sex } from './types';
import { useConflictReload } from './useConflictReload';

function PerpetratorForm({ caseId, opened, onClose }: { caseId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<PerpetratorRole[]>([]);
  const [sex, setSex] = useState<Sex | ''>('');
  const [citizenship, setCitizenship] = useState('');
  const [name, setName] = useState('');
  const add = useAddPerpetrator(caseId);
  const errors = fieldErrors(t, add.error, null);
  const submit = () =>
    add.mutate(
      { roles, sex: sex || null, citizenship: citizenship || null, name: name.trim() || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cases.perpetrator.added') });
          onClose();
        },
      },
    );
  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('cases.perpetrator.addTitle')} submitLabel={t('common.save')} pending={add.isPending} onSubmit={submit}>
      <MultiSelect
        label={t('cases.perpetrator.roles')}
        value={roles}
        onChange={(v) => setRoles(v as PerpetratorRole[])}
        data={codeOptions(t, 'perpetratorRole')}
        searchable
        error={errors.under('roles')}
        data-autofocus
        comboboxProps={{ withinPortal: true }}
      />
      <CodeSelect group="sex" label={t('cases.field.sex')} value={sex} onChange={setSex} emptyLabel={t('cases.value.unknown')} error={errors.at('sex')} />
      <CountrySelect label={t('cases.perpetrator.citizenship')} value={citizenship} onChange={setCitizenship} error={errors.at('citizenship')} w="100%" />
      <TextInput label={t('cases.perpetrator.name')} description={t('cases.perpetrator.nameHint')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.at('name')} autoComplete="off" />
      {add.isError && <ProblemAlert error={add.error} fields={['roles', 'sex', 'citizenship', 'name']} />}
    </FormDrawer>
  );
}

interface ProceedingValues {
  number: string;
  article: string;
  stage: ProceedingStage;
  openedOn: string;
  defendants: { sex: Sex; citizenship: string; convicted: boolean; sentenceMonths: number | string }[];
  proceedsTraced: number | string;
  proceedsConfiscated: number | string;
  compensationOrdered: number | string;
  currency: string;
}

function valuesOf(p: Proceeding | null): ProceedingValues {
  return {
    number: p?.number ?? '',
    article: p?.article ?? '144-1',
    stage: p?.stage ?? 'preliminary_investigation',
    openedOn: p?.openedOn ?? '',
    defendants: (p?.defendants ?? []).map((d) => ({ sex: d.sex, citizenship: d.citizenship ?? '', convicted: d.convicted, sentenceMonths: d.sentenceMonths ?? '' })),
    proceedsTraced: p?.proceedsTraced ?? '',
    proceedsConfiscated: p?.proceedsConfiscated ?? '',
    compensationOrdered: p?.compensationOrdered ?? '',
    currency: p?.currency ?? 'AZN',
  };
}

const amountOrNull = (v: number | string) => (v === '' ? null : Number(v));

function ProceedingForm({ detail, proceeding, onClose }: { detail: CaseDetail; proceeding: Proceeding | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProceedingValues>(() => valuesOf(proceeding));
  const [checked, setChecked] = useState(false);
  const save = useSaveProceeding(detail.id);
  const reload = useConflictReload(detail.id, (fresh) => fresh.investigation?.proceedings.find((p) => p.id === proceeding?.id)?.revision, proceeding?.revision ?? 1);
  const set = <K extends keyof ProceedingValues>(key: K, value: ProceedingValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const missing = new Map<string, 'required'>();
  if (checked && !values.number.trim()) missing.set('number', 'required');
  if (checked && !values.article.trim()) missing.set('article', 'required');
  const errors = fieldErrors(t, save.error, missing);
  const current = detail.investigation?.proceedings.find((p) => p.id === proceeding?.id);

  const submit = () => {
    setChecked(true);
    if (!values.number.trim() || !values.article.trim()) return;
    const defendants: Defendant[] = values.defendants.map((d) => ({
      sex: d.sex,
      citizenship: d.citizenship || null,
      convicted: d.convicted,
      sentenceMonths: d.convicted && d.sentenceMonths !== '' ? Number(d.sentenceMonths) : null,
    }));
    save.mutate(
      {
        existing: proceeding ? { id: proceeding.id, revision: reload.revision } : null,
        input: {
          number: values.number.trim(),
          article: values.article.trim(),
          stage: values.stage,
          openedOn: values.openedOn || null,
          defendants,
          proceedsTraced: amountOrNull(values.proceedsTraced),
          proceedsConfiscated: amountOrNull(values.proceedsConfiscated),
          compensationOrdered: amountOrNull(values.compensationOrdered),
          currency: values.currency.trim().toUpperCase() || 'AZN',
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cases.saved') });
          onClose();
        },
        onError: async (error) => {
          if (await reload.handle(error)) save.reset();
        },
      },
    );
  };

  const amount = (key: 'proceedsTraced' | 'proceedsConfiscated' | 'compensationOrdered') => (
    <NumberInput
      label={t(`cases.proceeding.${key}`)}
      value={values[key]}
      onChange={(v) => set(key, v)}
      min={0}
      decimalScale={2}
      thousandSeparator=" "
      allowNegative={false}
      error={errors.at(key)}
    />
  );

  return (
    <FormDrawer
      opened
      onClose={onClose}
      title={proceeding ? t('cases.proceeding.editTitle', { number: proceeding.number }) : t('cases.proceeding.addTitle')}
      submitLabel={t('common.save')}
      pending={save.isPending}
      onSubmit={submit}
    >
      {reload.conflict && current && (
        <ConflictNotice>
          <Text size="sm" mt={6}>
            {t('cases.proceeding.currentStage', { stage: codeLabel(t, 'stage', current.stage) })}
          </Text>
        </ConflictNotice>
      )}
      <Group grow align="flex-start">
        <TextInput label={t('cases.proceeding.number')} value={values.number} onChange={(e) => set('number', e.currentTarget.value)} required error={errors.at('number')} data-autofocus />
        <TextInput label={t('cases.proceeding.article')} description={t('cases.proceeding.articleHint')} value={values.article} onChange={(e) => set('article', e.currentTarget.value)} required error={errors.at('article')} />
      </Group>
      <NativeSelect
        label={t('cases.proceeding.stage')}
        value={values.stage}
        onChange={(e) => set('stage', e.currentTarget.value as ProceedingStage)}
        data={codeOptions(t, 'stage', PROCEEDING_STAGES)}
        required
        error={errors.at('stage')}
      />
      <DateField label={t('cases.proceeding.openedOn')} value={values.openedOn} onChange={(v) => set('openedOn', v)} error={errors.at('openedOn')} />
      <Fieldset legend={t('cases.proceeding.defendants')} variant="unstyled">
        <Stack gap="xs">
          {values.defendants.map((d, i) => {
            const change = (patch: Partial<ProceedingValues['defendants'][number]>) => setValues((v) => ({ ...v, defendants: replaceAt(v.defendants, i, { ...v.defendants[i]!, ...patch }) }));
            const n = i + 1;
            return (
              <Group key={i} gap="xs" align="flex-end" wrap="wrap">
                <NativeSelect
                  label={t('cases.proceeding.defendantSex', { n })}
                  value={d.sex}
                  onChange={(e) => change({ sex: e.currentTarget.value as Sex })}
                  data={codeOptions(t, 'sex', SEXES)}
                  w={130}
                />
                <CountrySelect label={t('cases.proceeding.defendantCitizenship', { n })} value={d.citizenship} onChange={(citizenship) => change({ citizenship })} w={180} />
                <Checkbox label={t('cases.proceeding.convicted')} checked={d.convicted} onChange={(e) => change({ convicted: e.currentTarget.checked })} mb={8} aria-label={t('cases.proceeding.convictedN', { n })} />
                {d.convicted && (
                  <NumberInput
                    label={t('cases.proceeding.sentenceMonths', { n })}
                    value={d.sentenceMonths}
                    onChange={(v) => change({ sentenceMonths: v })}
                    min={0}
                    max={1200}
                    allowDecimal={false}
                    allowNegative={false}
                    w={140}
                    error={errors.at(`defendants.${i}.sentenceMonths`)}
                  />
                )}
                <RemoveRow label={t('cases.proceeding.removeDefendant', { n })} onClick={() => setValues((v) => ({ ...v, defendants: removeAt(v.defendants, i) }))} />
              </Group>
            );
          })}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setValues((v) => ({ ...v, defendants: [...v.defendants, { sex: 'male', citizenship: '', convicted: false, sentenceMonths: '' }] }))}
            >
              {t('cases.proceeding.addDefendant')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      {amount('proceedsTraced')}
      {amount('proceedsConfiscated')}
      {amount('compensationOrdered')}
      <TextInput label={t('cases.proceeding.currency')} value={values.currency} onChange={(e) => set('currency', e.currentTarget.value)} maxLength={3} w={120} error={errors.at('currency')} />
      {save.isError && !isApiError(save.error, 'CASE_CONFLICT') && <ProblemAlert error={loosePartOf(save.error, t('cases.form.fixMarked'))} />}
    </FormDrawer>
  );
}

function money(value: number | null, currency: string) {
  return value === null ? '—' : `${value.toLocaleString('ru-RU', { maximumFractionDigits: 2 })} ${currency}`;
}

/** The investigation: perpetrators (sealed names), criminal proceedings, and the part's notes. */
export function InvestigationSection({ detail, investigation }: { detail: CaseDetail; investigation: NonNullable<CaseDetail['investigation']> }) {
  const { t, i18n } = useTranslation();
  const [addingPerpetrator, setAddingPerpetrator] = useState(false);
  const [editing, setEditing] = useState<null | 'new' | Proceeding>(null);
  const can = detail.abilities.editInvestigation;
  return (
    <Section
      id="investigation"
      title={t('cases.code.part.investigation')}
      actions={
        can && (
          <>
            <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAddingPerpetrator(true)}>
              {t('cases.perpetrator.add')}
            </Button>
            <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')}>
              {t('cases.proceeding.add')}
            </Button>
          </>
        )
      }
    >
      <SubTitle>{t('cases.perpetrator.title')}</SubTitle>
      {investigation.perpetrators.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.perpetrator.none')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.perpetrator.name')}</Table.Th>
              <Table.Th>{t('cases.perpetrator.roles')}</Table.Th>
              <Table.Th>{t('cases.field.sex')}</Table.Th>
              <Table.Th>{t('cases.perpetrator.citizenship')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {investigation.perpetrators.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name ?? '—'}</Table.Td>
                <Table.Td>{codeList(t, 'perpetratorRole', p.roles)}</Table.Td>
                <Table.Td>{codeLabel(t, 'sex', p.sex)}</Table.Td>
                <Table.Td>{p.citizenship ? countryName(p.citizenship, i18n.language) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SubTitle>{t('cases.proceeding.title')}</SubTitle>
      {investigation.proceedings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.proceeding.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table fz="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.proceeding.number')}</Table.Th>
                <Table.Th>{t('cases.proceeding.article')}</Table.Th>
                <Table.Th>{t('cases.proceeding.stage')}</Table.Th>
                <Table.Th>{t('cases.proceeding.openedOn')}</Table.Th>
                <Table.Th>{t('cases.proceeding.defendants')}</Table.Th>
                <Table.Th>{t('cases.proceeding.amounts')}</Table.Th>
                {can && <Table.Th>{t('table.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {investigation.proceedings.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td ff="monospace">{p.number}</Table.Td>
                  <Table.Td>{p.article}</Table.Td>
                  <Table.Td>{codeLabel(t, 'stage', p.stage)}</Table.Td>
                  <Table.Td>
                    <DateText value={p.openedOn} />
                  </Table.Td>
                  <Table.Td>{t('cases.proceeding.defendantCount', { count: p.defendants.length, convicted: p.defendants.filter((d) => d.convicted).length })}</Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {t('cases.proceeding.proceedsTraced')}: {money(p.proceedsTraced, p.currency)}
                      <br />
                      {t('cases.proceeding.proceedsConfiscated')}: {money(p.proceedsConfiscated, p.currency)}
                      <br />
                      {t('cases.proceeding.compensationOrdered')}: {money(p.compensationOrdered, p.currency)}
                    </Text>
                  </Table.Td>
                  {can && (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" leftSection={<IconPencil size={12} aria-hidden />} onClick={() => setEditing(p)} aria-label={t('cases.proceeding.editTitle', { number: p.number })}>
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <NotesBlock caseId={detail.id} part="investigation" notes={investigation.notes} canAdd={detail.abilities.addNote} />
      {addingPerpetrator && <PerpetratorForm caseId={detail.id} opened onClose={() => setAddingPerpetrator(false)} />}
      {editing !== null && <ProceedingForm key={editing === 'new' ? 'new' : editing.id} detail={detail} proceeding={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Section>
  );
}
