import { Badge, Button, Checkbox, Group, NativeSelect, Skeleton, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPencil, IconPlaneDeparture, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bakuToday } from '../../../common/src/dates';
import {
  defaultDirection, OPEN_REPATRIATION, REPATRIATION_DIRECTIONS, STEP_FIELDS, TRAVEL_MEANS,
  type RepatriationDirection, type RepatriationStatus, type TravelMeans,
} from '../../../common/src/repatriation';
import { countryName } from '../cases/countries';
import { fieldErrors } from '../cases/formErrors';
import { CountrySelect, DateField } from '../cases/inputs';
import { Facts, Section, SubTitle } from '../cases/layout';
import type { CaseDetail } from '../cases/types';
import { DateText } from '../ui/DateText';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { repatriationQuery, useCancelRepatriation, useOpenRepatriation, useUpdateStep, type Repatriation, type RepatriationStep } from './api';

const STATUS_COLOURS: Record<RepatriationStatus, string> = { planned: 'blue', in_progress: 'orange', completed: 'teal', cancelled: 'gray' };
type T = ReturnType<typeof useTranslation>['t'];
const label = (t: T, group: string, code: string) => t(`repatriation.${group}.${code}` as never, { defaultValue: code } as never) as unknown as string;

function OpenForm({ caseId, citizenships, onClose }: { caseId: string; citizenships: readonly string[] | null; onClose: () => void }) {
  const { t } = useTranslation();
  const open = useOpenRepatriation(caseId);
  const [direction, setDirection] = useState<RepatriationDirection | ''>(defaultDirection(citizenships) ?? '');
  const [country, setCountry] = useState('');
  const [openedOn, setOpenedOn] = useState(bakuToday());
  const [checked, setChecked] = useState(false);
  const missing = new Map<string, 'required'>();
  if (checked && !direction) missing.set('direction', 'required');
  if (checked && !country) missing.set('country', 'required');
  if (checked && !openedOn) missing.set('openedOn', 'required');
  const errors = fieldErrors(t, open.error, missing);
  const submit = () => {
    setChecked(true);
    if (!direction || !country || !openedOn) return;
    open.mutate({ direction, country, openedOn }, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('repatriation.opened') });
        onClose();
      },
    });
  };
  return (
    <FormDrawer opened onClose={onClose} title={t('repatriation.open')} submitLabel={t('common.save')} pending={open.isPending} onSubmit={submit}>
      <NativeSelect
        label={t('repatriation.directionLabel')}
        description={t('repatriation.directionHint')}
        value={direction}
        onChange={(e) => setDirection(e.currentTarget.value as RepatriationDirection | '')}
        data={[{ value: '', label: '—' }, ...REPATRIATION_DIRECTIONS.map((d) => ({ value: d, label: label(t, 'direction', d) }))]}
        required
        error={errors.at('direction')}
        data-autofocus
      />
      <CountrySelect label={direction === 'to_home_country' ? t('repatriation.countryTo') : t('repatriation.countryFrom')} value={country} onChange={setCountry} required error={errors.at('country')} />
      <DateField label={t('repatriation.openedOn')} value={openedOn} onChange={setOpenedOn} required error={errors.at('openedOn')} />
      {open.isError && <ProblemAlert error={open.error} fields={['direction', 'country', 'openedOn']} />}
    </FormDrawer>
  );
}

const STEP_FORM_FIELDS = ['plannedOn', 'doneOn', 'bodyName', 'document', 'means', 'escorted', 'note'];

/** Plans a step or records it done, with what its kind records. */
function StepForm({ caseId, step, onClose }: { caseId: string; step: RepatriationStep; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateStep(caseId);
  const fields = STEP_FIELDS[step.kind];
  const [plannedOn, setPlannedOn] = useState(step.plannedOn ?? '');
  const [doneOn, setDoneOn] = useState(step.doneOn ?? '');
  const [bodyName, setBodyName] = useState(step.bodyName ?? '');
  const [document, setDocument] = useState(step.document ?? '');
  const [means, setMeans] = useState<TravelMeans | ''>(step.means ?? '');
  const [escorted, setEscorted] = useState(step.escorted ?? false);
  const [note, setNote] = useState(step.note ?? '');
  const errors = fieldErrors(t, update.error, null);
  const submit = () => {
    update.mutate(
      {
        id: step.id, revision: step.revision, plannedOn: plannedOn || null, doneOn: doneOn || null, bodyName: bodyName.trim() || null, document: document.trim() || null,
        means: means || null, escorted: fields.includes('escorted') ? escorted : null, note: note.trim() || null,
      },
      {
        onSuccess: (result) => {
          notifications.show({ color: 'teal', message: result.status === 'completed' ? t('repatriation.completedNotice') : t('repatriation.stepSaved') });
          onClose();
        },
      },
    );
  };
  return (
    <FormDrawer opened onClose={onClose} title={label(t, 'step', step.kind)} submitLabel={t('common.save')} pending={update.isPending} onSubmit={submit}>
      <Group gap="sm" align="flex-start">
        <DateField label={t('repatriation.plannedOn')} value={plannedOn} onChange={setPlannedOn} error={errors.at('plannedOn')} />
        <DateField label={t(`repatriation.doneOnBy.${step.kind}` as never)} description={t('repatriation.doneOnHint')} value={doneOn} onChange={setDoneOn} error={errors.at('doneOn')} />
      </Group>
      {fields.includes('bodyName') && (
        <TextInput label={t(`repatriation.bodyBy.${step.kind}` as never)} value={bodyName} onChange={(e) => setBodyName(e.currentTarget.value)} maxLength={300} error={errors.at('bodyName')} />
      )}
      {fields.includes('document') && (
        <TextInput label={t('repatriation.document')} description={t('repatriation.sealedHint')} value={document} onChange={(e) => setDocument(e.currentTarget.value)} maxLength={100} error={errors.at('document')} />
      )}
      {fields.includes('means') && (
        <NativeSelect
          label={t('repatriation.means')}
          value={means}
          onChange={(e) => setMeans(e.currentTarget.value as TravelMeans | '')}
          data={[{ value: '', label: '—' }, ...TRAVEL_MEANS.map((m) => ({ value: m, label: label(t, 'meansOf', m) }))]}
          error={errors.at('means')}
        />
      )}
      {fields.includes('escorted') && <Checkbox label={t('repatriation.escorted')} checked={escorted} onChange={(e) => setEscorted(e.currentTarget.checked)} />}
      <Textarea label={t('repatriation.note')} description={t('repatriation.sealedHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={4000} error={errors.at('note')} />
      {update.isError && <ProblemAlert error={update.error} fields={STEP_FORM_FIELDS} />}
    </FormDrawer>
  );
}

function CancelForm({ caseId, repatriation, onClose }: { caseId: string; repatriation: Repatriation; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelRepatriation(caseId);
  const [cancelledOn, setCancelledOn] = useState(bakuToday());
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const missing = new Map<string, 'required'>();
  if (checked && !cancelledOn) missing.set('cancelledOn', 'required');
  if (checked && !reason.trim()) missing.set('reason', 'required');
  const errors = fieldErrors(t, cancel.error, missing);
  const submit = () => {
    setChecked(true);
    if (!cancelledOn || !reason.trim()) return;
    cancel.mutate({ id: repatriation.id, revision: repatriation.revision, cancelledOn, reason: reason.trim() }, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('repatriation.cancelled') });
        onClose();
      },
    });
  };
  return (
    <FormDrawer opened onClose={onClose} title={t('repatriation.cancelTitle')} submitLabel={t('repatriation.cancelConfirm')} pending={cancel.isPending} onSubmit={submit}>
      <Text size="sm">{t('repatriation.cancelWarning')}</Text>
      <DateField label={t('repatriation.cancelledOn')} value={cancelledOn} onChange={setCancelledOn} required error={errors.at('cancelledOn')} />
      <Textarea label={t('repatriation.cancelReason')} description={t('repatriation.sealedHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={4000} error={errors.at('reason')} data-autofocus />
      {cancel.isError && <ProblemAlert error={cancel.error} fields={['cancelledOn', 'reason']} />}
    </FormDrawer>
  );
}

interface StepWords {
  withEscort: string;
  withoutEscort: string;
  documentShort: string;
  means: (m: TravelMeans) => string;
}

function stepDetails(words: StepWords, step: RepatriationStep) {
  const escort = step.escorted === null ? null : step.escorted ? words.withEscort : words.withoutEscort;
  const document = step.document ? `${words.documentShort} ${step.document}` : null;
  const shown = [step.bodyName, document, step.means ? words.means(step.means) : null, escort].filter((part): part is string => Boolean(part));
  return shown.length ? shown.join(' · ') : '—';
}

/** The steps in order, as a compact numbered table: planned and done days, what each recorded. */
function StepsTable({ repatriation, canEdit, onEdit }: { repatriation: Repatriation; canEdit: boolean; onEdit: (s: RepatriationStep) => void }) {
  const { t } = useTranslation();
  const open = OPEN_REPATRIATION.includes(repatriation.status);
  const words: StepWords = {
    withEscort: t('repatriation.withEscort'), withoutEscort: t('repatriation.withoutEscort'), documentShort: t('repatriation.documentShort'), means: (m) => label(t, 'meansOf', m),
  };
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table withTableBorder data-testid="repatriation-steps">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>#</Table.Th>
            <Table.Th>{t('repatriation.stepLabel')}</Table.Th>
            <Table.Th>{t('repatriation.plannedOn')}</Table.Th>
            <Table.Th>{t('repatriation.doneOn')}</Table.Th>
            <Table.Th>{t('repatriation.details')}</Table.Th>
            {canEdit && open && <Table.Th>{t('table.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {repatriation.steps.map((s) => (
            <Table.Tr key={s.id} data-testid="repatriation-step" data-status={s.status}>
              <Table.Td>
                {s.status === 'done' ? <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-label={t('repatriation.stepStatus.done')} /> : <Text size="sm" c="dimmed">{s.position + 1}</Text>}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={s.status === 'done' ? 600 : 400}>{label(t, 'step', s.kind)}</Text>
                {s.note && <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>{s.note}</Text>}
              </Table.Td>
              <Table.Td><DateText value={s.plannedOn} /></Table.Td>
              <Table.Td><DateText value={s.doneOn} /></Table.Td>
              <Table.Td><Text size="sm">{stepDetails(words, s)}</Text></Table.Td>
              {canEdit && open && (
                <Table.Td>
                  <Button size="compact-xs" variant="default" leftSection={<IconPencil size={12} aria-hidden />} onClick={() => onEdit(s)} aria-label={t('repatriation.editStep', { step: label(t, 'step', s.kind) })}>
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type Editing = { kind: 'open' } | { kind: 'step'; step: RepatriationStep } | { kind: 'cancel'; repatriation: Repatriation } | null;

/** Repatriation of the person: home to Azerbaijan from abroad, or home to their own country; the 'safety' part. */
export function RepatriationSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const visible = detail.parts.includes('safety');
  const query = useQuery({ ...repatriationQuery(detail.id), enabled: visible });
  const [editing, setEditing] = useState<Editing>(null);
  if (!visible) return null;
  const data = query.data;
  const hasOpen = data?.repatriations.some((r) => OPEN_REPATRIATION.includes(r.status)) ?? false;
  return (
    <Section
      id="repatriation"
      title={t('repatriation.title')}
      actions={
        data?.abilities.open && !hasOpen && (
          <Button size="xs" variant="default" leftSection={<IconPlaneDeparture size={14} aria-hidden />} onClick={() => setEditing({ kind: 'open' })}>
            {t('repatriation.open')}
          </Button>
        )
      }
    >
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton height={80} />}
      {data && data.repatriations.length === 0 && <Text size="sm" c="dimmed">{t('repatriation.none')}</Text>}
      {data && (
        <Stack gap="md">
          {data.repatriations.map((r) => (
            <Stack key={r.id} gap="xs" data-testid="repatriation">
              <SubTitle>
                {label(t, 'direction', r.direction)} — {countryName(r.country, i18n.language)}
              </SubTitle>
              <Facts
                cols={4}
                items={[
                  { term: t('repatriation.status'), value: <Badge color={STATUS_COLOURS[r.status]} variant="light" tt="none">{label(t, 'statusOf', r.status)}</Badge> },
                  { term: t('repatriation.openedOn'), value: <DateText value={r.openedOn} /> },
                  { term: r.status === 'cancelled' ? t('repatriation.cancelledOn') : t('repatriation.completedOn'), value: <DateText value={r.cancelledOn ?? r.completedOn} /> },
                  ...(r.cancelReason ? [{ term: t('repatriation.cancelReason'), value: r.cancelReason }] : []),
                ]}
              />
              <StepsTable repatriation={r} canEdit={data.abilities.updateStep} onEdit={(step) => setEditing({ kind: 'step', step })} />
              {data.abilities.cancel && OPEN_REPATRIATION.includes(r.status) && (
                <Group>
                  <Button size="xs" variant="subtle" color="red" leftSection={<IconX size={14} aria-hidden />} onClick={() => setEditing({ kind: 'cancel', repatriation: r })}>
                    {t('repatriation.cancelTitle')}
                  </Button>
                </Group>
              )}
            </Stack>
          ))}
        </Stack>
      )}
      {editing?.kind === 'open' && <OpenForm caseId={detail.id} citizenships={detail.identity?.citizenships ?? null} onClose={() => setEditing(null)} />}
      {editing?.kind === 'step' && <StepForm caseId={detail.id} step={editing.step} onClose={() => setEditing(null)} />}
      {editing?.kind === 'cancel' && <CancelForm caseId={detail.id} repatriation={editing.repatriation} onClose={() => setEditing(null)} />}
    </Section>
  );
}
