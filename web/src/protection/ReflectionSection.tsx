import { Badge, Button, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bakuToday, formatDate } from '../../../common/src/dates';
import { fieldErrors } from '../cases/formErrors';
import { DateField } from '../cases/inputs';
import { Facts, Section } from '../cases/layout';
import type { CaseDetail } from '../cases/types';
import { DateText } from '../ui/DateText';
import { ProblemAlert } from '../ui/ProblemAlert';
import { identificationQuery, REFLECTION_DECISIONS, useDecideReflection, useStartReflection, type Reflection, type ReflectionDecision } from './api';

/** Whole days from today to `day` (negative once it has passed). */
function daysUntil(day: string, today: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** How the period stands, and in which colour: calm while it runs, orange near its end, red when it ended undecided. */
function standing(reflection: Reflection | null): { key: 'notStarted' | 'decided' | 'decisionDue' | 'running'; colour: string } {
  if (!reflection) return { key: 'notStarted', colour: 'gray' };
  if (reflection.decision) return { key: 'decided', colour: 'teal' };
  if (reflection.ended) return { key: 'decisionDue', colour: 'red' };
  return { key: 'running', colour: reflection.endingSoon ? 'orange' : 'blue' };
}

function StartForm({ caseId, defaultDays }: { caseId: string; defaultDays: number }) {
  const { t } = useTranslation();
  const start = useStartReflection(caseId);
  const [startedOn, setStartedOn] = useState(bakuToday());
  const [days, setDays] = useState<number>(defaultDays);
  const errors = fieldErrors(t, start.error, null);
  const submit = () => start.mutate({ startedOn, days }, { onSuccess: () => notifications.show({ color: 'teal', message: t('protection.reflection.started') }) });
  return (
    <Stack gap="xs">
      <Group align="flex-start" gap="sm">
        <DateField label={t('protection.reflection.startedOn')} value={startedOn} onChange={setStartedOn} required error={errors.at('startedOn')} />
        <NumberInput label={t('protection.reflection.days')} description={t('protection.reflection.daysHint', { days: defaultDays })} value={days}
          onChange={(value) => setDays(typeof value === 'number' ? value : defaultDays)} min={1} max={365} allowDecimal={false} w={200} required error={errors.at('days')} />
      </Group>
      {start.isError && <ProblemAlert error={start.error} fields={['startedOn', 'days']} />}
      <Group><Button onClick={submit} loading={start.isPending} disabled={!startedOn}>{t('protection.reflection.start')}</Button></Group>
    </Stack>
  );
}

function DecisionForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const decide = useDecideReflection(caseId);
  const [decision, setDecision] = useState<ReflectionDecision | ''>('');
  const [decidedOn, setDecidedOn] = useState(bakuToday());
  const [checked, setChecked] = useState(false);
  const missing = new Map<string, 'required'>();
  if (checked && !decision) missing.set('decision', 'required');
  const errors = fieldErrors(t, decide.error, missing);
  const submit = () => {
    setChecked(true);
    if (!decision || !decidedOn) return;
    decide.mutate({ decision, decidedOn }, { onSuccess: () => notifications.show({ color: 'teal', message: t('protection.reflection.decisionSaved') }) });
  };
  return (
    <Stack gap="xs">
      <Group align="flex-start" gap="sm">
        <NativeSelect label={t('protection.reflection.decision')} value={decision} onChange={(e) => setDecision(e.currentTarget.value as ReflectionDecision | '')} required error={errors.at('decision')}
          data={[{ value: '', label: '—' }, ...REFLECTION_DECISIONS.map((value) => ({ value, label: t(`protection.reflection.decisions.${value}`) }))]} />
        <DateField label={t('protection.reflection.decidedOn')} value={decidedOn} onChange={setDecidedOn} required error={errors.at('decidedOn')} />
      </Group>
      {decide.isError && <ProblemAlert error={decide.error} fields={['decision', 'decidedOn']} />}
      <Group><Button onClick={submit} loading={decide.isPending}>{t('protection.reflection.decide')}</Button></Group>
    </Stack>
  );
}

/** The reflection period of a case: whether it runs, until when, and the decision at its end; started and decided by the special police unit. */
export function ReflectionSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const query = useQuery({ ...identificationQuery(detail.id), enabled: Boolean(detail.victim) });
  if (!detail.victim || !query.data) return null;
  const { reflection, reflectionDays, abilities } = query.data;
  const today = bakuToday();
  const state = standing(reflection);
  const left = reflection ? daysUntil(reflection.endsOn, today) : 0;
  return (
    <Section id="reflection" title={t('protection.reflection.title')}
      actions={<Badge color={state.colour} variant="light" tt="none" data-testid="reflection-state">{t(`protection.reflection.state.${state.key}`)}</Badge>}>
      <Stack gap="sm">
        {reflection ? (
          <Facts cols={4} items={[
            { term: t('protection.reflection.startedOn'), value: <DateText value={reflection.startedOn} /> },
            { term: t('protection.reflection.length'), value: t('protection.reflection.daysCount', { count: reflection.days }) },
            { term: t('protection.reflection.endsOn'), value: <DateText value={reflection.endsOn} /> },
            reflection.decision
              ? { term: t('protection.reflection.decision'), value: <>{t(`protection.reflection.decisions.${reflection.decision}`)} (<DateText value={reflection.decidedOn} />)</> }
              : {
                  term: t('protection.reflection.daysLeft'),
                  value: (
                    <Text span fw={700} c={state.colour === 'blue' ? undefined : state.colour === 'orange' ? 'orange.9' : 'red.8'} data-testid="reflection-days-left">
                      {left > 0 ? t('protection.reflection.daysCount', { count: left }) : t('protection.reflection.endedOn', { date: formatDate(reflection.endsOn) })}
                    </Text>
                  ),
                },
          ]} />
        ) : (
          <Text size="sm" c="dimmed">{t('protection.reflection.none')}</Text>
        )}
        {abilities.decide && !reflection && <StartForm caseId={detail.id} defaultDays={reflectionDays ?? 30} />}
        {abilities.decide && reflection && !reflection.decision && (reflection.ended
          ? <DecisionForm caseId={detail.id} />
          : <Text size="sm" c="dimmed">{t('protection.reflection.decideAtEnd', { date: formatDate(reflection.endsOn) })}</Text>)}
      </Stack>
    </Section>
  );
}
