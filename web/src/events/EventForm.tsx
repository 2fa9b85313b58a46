import { ActionIcon, Alert, Button, Divider, Group, MultiSelect, NativeSelect, NumberInput, SegmentedControl, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { parseDisplayDate } from '../../../common/src/dates';
import { useSession } from '../app/session';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useFormState } from '../ui/useFormState';
import { useSaveEvent } from './api';
import { numberOrNull } from './format';
import { MeasureMultiSelect, type MeasureRef } from './MeasureMultiSelect';
import { AUDIENCES, EVENT_KINDS, groupOf, type Assessment, type Audience, type EventDetail, type EventInput, type EventKind, type ParticipantGroup } from './types';

const FIELDS = ['organiserId', 'kind', 'title', 'dateFrom', 'dateTo', 'place', 'participants', 'women', 'men', 'partners', 'measureIds', 'audiences', 'participantGroups', 'materials', 'languages', 'reach', 'assessment', 'notes'] as const;
const LANGUAGE_SUGGESTIONS = ['az', 'ru', 'en'];

type AssessmentMode = 'none' | 'individual' | 'aggregate';

interface Values {
  organiserId: string;
  kind: EventKind;
  title: string;
  dateFrom: string;
  dateTo: string;
  place: string;
  participants: number | string;
  women: number | string;
  men: number | string;
  partners: string[];
  measures: MeasureRef[];
  audiences: Audience[];
  groups: ParticipantGroup[];
  materials: { title: string; copies: number | string }[];
  languages: string[];
  reach: number | string;
  mode: AssessmentMode;
  maxScore: number | string;
  /** Per participant: one line each, "pre post" (as pasted from a spreadsheet). */
  scores: string;
  tested: number | string;
  preMean: number | string;
  postMean: number | string;
  notes: string;
}

const baseOf = (kind: EventKind) => (groupOf(kind) === 'other' ? kind : groupOf(kind));

/** "8 16" / "8;16" / "8\t16" per line → scores; the lines that are not two numbers, by number. */
export function parseScores(text: string): { scores: { pre: number; post: number }[]; bad: number[] } {
  const scores: { pre: number; post: number }[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const parts = line.trim().split(/[\s;|]+/).map((p) => Number(p.replace(',', '.')));
    if (parts.length === 2 && parts.every((n) => Number.isFinite(n) && n >= 0)) scores.push({ pre: parts[0]!, post: parts[1]! });
    else bad.push(i + 1);
  });
  return { scores, bad };
}

function initial(event: EventDetail | null, organiserId: string): Values {
  const a = event?.assessment ?? null;
  return {
    organiserId: event?.organiser.id ?? organiserId,
    kind: event?.kind ?? 'training',
    title: event?.title ?? '',
    dateFrom: event?.dateFrom ?? '',
    dateTo: event?.dateTo ?? '',
    place: event?.place ?? '',
    participants: event?.participants ?? '',
    women: event?.women ?? '',
    men: event?.men ?? '',
    partners: event?.partners ?? [],
    measures: event?.measures ?? [],
    audiences: event?.audiences ?? [],
    groups: event?.participantGroups.map(({ organisation: _, ...g }) => g) ?? [],
    materials: event?.materials.map((m) => ({ title: m.title, copies: m.copies ?? '' })) ?? [],
    languages: event?.languages ?? [],
    reach: event?.reach ?? '',
    mode: a?.mode ?? 'none',
    maxScore: a?.maxScore ?? '',
    scores: a?.mode === 'individual' ? a.scores.map((s) => `${s.pre} ${s.post}`).join('\n') : '',
    tested: a?.mode === 'aggregate' ? a.tested : '',
    preMean: a?.mode === 'aggregate' ? a.preMean : '',
    postMean: a?.mode === 'aggregate' ? a.postMean : '',
    notes: event?.notes ?? '',
  };
}

interface EventFormProps {
  /** null: record a new event. */
  event: EventDetail | null;
  opened: boolean;
  onClose: () => void;
}

/** Records an event in the register, or changes one; a reported event's facts stay as its report gave them. */
export function EventForm({ event, opened, onClose }: EventFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const office = user.role === 'national_coordinator' || user.role === 'secretariat';
  const { values, set } = useFormState<Values>(initial(event, user.organisation.id));
  const [checked, setChecked] = useState(false);
  const save = useSaveEvent(event);
  const server = fieldErrors(save.error);
  const factsLocked = event !== null && !event.abilities.editFacts;
  const group = groupOf(values.kind);
  const parsed = parseScores(values.scores);
  const fixedMeasures = event?.entry ? event.measures.filter((m) => m.code === event.entry!.measureCode).map((m) => m.id) : [];

  const kinds = EVENT_KINDS.filter((k) => !factsLocked || baseOf(k) === baseOf(event!.kind)).map((k) => ({ value: k, label: t(`events.kind.${k}`) }));
  const required = (field: 'title' | 'dateFrom') => (checked && !values[field].trim() && !(field === 'dateFrom' && factsLocked) ? t('form.required') : server[field]);

  const assessment = (): Assessment | null => {
    const maxScore = numberOrNull(values.maxScore);
    if (group !== 'training' || values.mode === 'none' || maxScore === null) return null;
    if (values.mode === 'individual') return parsed.scores.length ? { mode: 'individual', maxScore, scores: parsed.scores } : null;
    const tested = numberOrNull(values.tested);
    const preMean = numberOrNull(values.preMean);
    const postMean = numberOrNull(values.postMean);
    return tested !== null && preMean !== null && postMean !== null ? { mode: 'aggregate', maxScore, tested, preMean, postMean } : null;
  };

  const submit = () => {
    setChecked(true);
    if (!values.title.trim() || (!factsLocked && !values.dateFrom)) return;
    if (values.mode === 'individual' && parsed.bad.length) return;
    const input: EventInput = {
      ...(office && !factsLocked ? { organiserId: values.organiserId } : {}),
      kind: values.kind,
      title: factsLocked ? event!.title : values.title.trim(),
      dateFrom: factsLocked ? event!.dateFrom : values.dateFrom || null,
      dateTo: factsLocked ? event!.dateTo : values.dateTo || null,
      place: factsLocked ? event!.place : values.place.trim() || null,
      participants: factsLocked ? event!.participants : numberOrNull(values.participants),
      women: factsLocked ? event!.women : numberOrNull(values.women),
      men: factsLocked ? event!.men : numberOrNull(values.men),
      partners: factsLocked ? event!.partners : values.partners.map((p) => p.trim()).filter(Boolean),
      measureIds: values.measures.map((m) => m.id),
      audiences: values.audiences,
      participantGroups: values.groups.filter((g) => g.organisationId || g.name?.trim()).map((g) => ({ ...g, name: g.name?.trim() || null })),
      materials: values.materials.filter((m) => m.title.trim()).map((m) => ({ title: m.title.trim(), copies: numberOrNull(m.copies) })),
      languages: values.languages.map((l) => l.trim().toLowerCase()).filter((l) => l.length >= 2),
      reach: group === 'awareness' ? numberOrNull(values.reach) : null,
      assessment: assessment(),
      notes: values.notes.trim(),
    };
    save.mutate(input, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t(event ? 'events.form.updated' : 'events.form.created') });
        onClose();
        if (!event) void navigate(`/events/${saved.id}`);
      },
    });
  };

  const dateInput = (field: 'dateFrom' | 'dateTo', label: string) => (
    <DateInput
      label={label}
      value={values[field] || null}
      onChange={(v) => set(field, v ?? '')}
      valueFormat="DD.MM.YYYY"
      dateParser={(text) => parseDisplayDate(text)}
      placeholder={t('filters.datePlaceholder')}
      clearable={field === 'dateTo'}
      clearButtonProps={{ 'aria-label': t('filters.clearField') }}
      required={field === 'dateFrom' && !factsLocked}
      disabled={factsLocked}
      error={field === 'dateFrom' ? required('dateFrom') : server.dateTo}
    />
  );
  const count = (field: 'participants' | 'women' | 'men', label: string) => (
    <NumberInput label={label} value={values[field]} onChange={(v) => set(field, v)} min={0} allowDecimal={false} disabled={factsLocked} error={server[field]} />
  );
  const setGroup = (i: number, patch: Partial<ParticipantGroup>) => set('groups', values.groups.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const setMaterial = (i: number, patch: Partial<Values['materials'][number]>) => set('materials', values.materials.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  return (
    <FormDrawer opened={opened} onClose={onClose} title={event ? t('events.form.editTitle') : t('events.form.createTitle')} submitLabel={t('common.save')} pending={save.isPending} onSubmit={submit}>
      {save.error ? <ProblemAlert error={save.error} fields={FIELDS} /> : null}
      {factsLocked && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('events.form.factsFromReport')}
        </Alert>
      )}
      {office && !factsLocked && (
        <OrganisationSelect label={t('events.field.organiser')} value={values.organiserId} onChange={(id) => set('organiserId', id)} required error={server.organiserId} />
      )}
      <NativeSelect label={t('events.field.kind')} value={values.kind} onChange={(e) => set('kind', e.currentTarget.value as EventKind)} data={kinds} required error={server.kind} />
      <Textarea label={t('events.field.title')} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} required autosize minRows={2} lang="az" disabled={factsLocked} error={required('title')} data-autofocus />
      <Group grow align="flex-start">
        {dateInput('dateFrom', t('events.field.dateFrom'))}
        {dateInput('dateTo', t('events.field.dateTo'))}
      </Group>
      <TextInput label={t('events.field.place')} value={values.place} onChange={(e) => set('place', e.currentTarget.value)} lang="az" disabled={factsLocked} error={server.place} />
      <Group grow align="flex-start">
        {count('participants', t('events.field.participants'))}
        {count('women', t('events.field.women'))}
        {count('men', t('events.field.men'))}
      </Group>
      <TagsInput label={t('events.field.partners')} description={t('events.form.partnersHint')} value={values.partners} onChange={(v) => set('partners', v)} disabled={factsLocked} error={server.partners} />
      <MeasureMultiSelect label={t('events.field.measures')} value={values.measures} onChange={(v) => set('measures', v)} fixed={fixedMeasures} error={server.measureIds} />
      <MultiSelect
        label={t('events.field.audiences')}
        data={AUDIENCES.map((a) => ({ value: a, label: t(`events.audience.${a}`) }))}
        value={values.audiences}
        onChange={(v) => set('audiences', v as Audience[])}
        clearable
        error={server.audiences}
      />

      <Divider my="xs" />
      <Title order={3} size="h5">
        {t('events.field.participantGroups')}
      </Title>
      {values.groups.map((g, i) => (
        <Stack key={i} gap={4} p="xs" bd="1px solid var(--mantine-color-gray-3)" style={{ borderRadius: 6 }}>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <div style={{ flex: 1 }}>
              <OrganisationSelect label={t('events.field.groupOrganisation', { n: i + 1 })} value={g.organisationId ?? ''} onChange={(id) => setGroup(i, { organisationId: id || null })} clearable />
            </div>
            <ActionIcon variant="subtle" color="red" onClick={() => set('groups', values.groups.filter((_, j) => j !== i))} aria-label={t('events.form.removeGroup', { n: i + 1 })} mb={4}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
          {!g.organisationId && <TextInput label={t('events.field.groupName')} value={g.name ?? ''} onChange={(e) => setGroup(i, { name: e.currentTarget.value })} lang="az" />}
          <Group grow>
            <NumberInput label={t('events.field.participants')} value={g.participants ?? ''} onChange={(v) => setGroup(i, { participants: numberOrNull(v) })} min={0} allowDecimal={false} />
            <NumberInput label={t('events.field.women')} value={g.women ?? ''} onChange={(v) => setGroup(i, { women: numberOrNull(v) })} min={0} allowDecimal={false} />
            <NumberInput label={t('events.field.men')} value={g.men ?? ''} onChange={(v) => setGroup(i, { men: numberOrNull(v) })} min={0} allowDecimal={false} />
          </Group>
        </Stack>
      ))}
      <Group>
        <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => set('groups', [...values.groups, { organisationId: null, name: '', participants: null, women: null, men: null }])}>
          {t('events.form.addGroup')}
        </Button>
      </Group>

      <Divider my="xs" />
      <Title order={3} size="h5">
        {t('events.field.materials')}
      </Title>
      {values.materials.map((m, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput style={{ flex: 1 }} label={t('events.field.materialTitle', { n: i + 1 })} value={m.title} onChange={(e) => setMaterial(i, { title: e.currentTarget.value })} lang="az" />
          <NumberInput w={110} label={t('events.field.copies')} value={m.copies ?? ''} onChange={(v) => setMaterial(i, { copies: v })} min={0} allowDecimal={false} />
          <ActionIcon variant="subtle" color="red" onClick={() => set('materials', values.materials.filter((_, j) => j !== i))} aria-label={t('events.form.removeMaterial', { n: i + 1 })} mb={4}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => set('materials', [...values.materials, { title: '', copies: '' }])}>
          {t('events.form.addMaterial')}
        </Button>
      </Group>
      <TagsInput label={t('events.field.languages')} description={t('events.form.languagesHint')} data={LANGUAGE_SUGGESTIONS} value={values.languages} onChange={(v) => set('languages', v)} error={server.languages} />

      {group === 'awareness' && (
        <NumberInput label={t('events.field.reach')} description={t('events.form.reachHint')} value={values.reach} onChange={(v) => set('reach', v)} min={0} allowDecimal={false} error={server.reach} />
      )}

      {group === 'training' && (
        <>
          <Divider my="xs" />
          <Title order={3} size="h5">
            {t('events.assessment.title')}
          </Title>
          <SegmentedControl
            value={values.mode}
            onChange={(v) => set('mode', v as AssessmentMode)}
            data={[
              { value: 'none', label: t('events.assessment.none') },
              { value: 'individual', label: t('events.assessment.individual') },
              { value: 'aggregate', label: t('events.assessment.aggregate') },
            ]}
            aria-label={t('events.assessment.title')}
          />
          {values.mode !== 'none' && (
            <NumberInput label={t('events.assessment.maxScore')} value={values.maxScore} onChange={(v) => set('maxScore', v)} min={0} required error={checked && numberOrNull(values.maxScore) === null ? t('form.required') : undefined} />
          )}
          {values.mode === 'individual' && (
            <Textarea
              label={t('events.assessment.scores')}
              description={t('events.assessment.scoresHint')}
              value={values.scores}
              onChange={(e) => set('scores', e.currentTarget.value)}
              autosize
              minRows={4}
              maxRows={14}
              ff="monospace"
              error={
                parsed.bad.length ? t('events.assessment.badLines', { lines: parsed.bad.join(', ') }) : server.assessment
              }
            />
          )}
          {values.mode === 'individual' && parsed.scores.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('events.assessment.parsed', { n: parsed.scores.length })}
            </Text>
          )}
          {values.mode === 'aggregate' && (
            <Group grow align="flex-start">
              <NumberInput label={t('events.assessment.tested')} value={values.tested} onChange={(v) => set('tested', v)} min={1} allowDecimal={false} />
              <NumberInput label={t('events.assessment.preMean')} value={values.preMean} onChange={(v) => set('preMean', v)} min={0} decimalScale={2} />
              <NumberInput label={t('events.assessment.postMean')} value={values.postMean} onChange={(v) => set('postMean', v)} min={0} decimalScale={2} />
            </Group>
          )}
        </>
      )}
      <Textarea label={t('events.field.notes')} value={values.notes} onChange={(e) => set('notes', e.currentTarget.value)} autosize minRows={2} error={server.notes} />
    </FormDrawer>
  );
}
