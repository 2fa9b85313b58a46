import { ActionIcon, Anchor, Badge, Breadcrumbs, Button, Card, Group, NativeSelect, SegmentedControl, SimpleGrid, Skeleton, Stack, Table, Text, Textarea, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { trimCode } from '../plans/format';
import { ConfirmButton } from '../ui/ConfirmButton';
import { DateText } from '../ui/DateText';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { eventQuery, useAddEvaluation, useDeleteEvaluation, useDeleteEvent } from './api';
import { EvaluationTable } from './EvaluationTable';
import { EventForm } from './EventForm';
import { KindBadge } from './EventsPage';
import { LinkedReports } from './LinkedReports';
import { dash, dateRange, decimal, percent } from './format';
import { EVALUATION_QUESTIONS, type EvaluationInput, type EvaluationQuestion, type EventDetail, type Respondent } from './types';

function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function Facts({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group gap="xs">
          <KindBadge event={event} />
          {event.audiences.map((a) => (
            <Badge key={a} variant="outline" tt="none">
              {t(`events.audience.${a}`)}
            </Badge>
          ))}
        </Group>
        {event.entry && (
          <Text size="sm">
            {t('events.page.reportedIn', { year: event.entry.year, code: trimCode(event.entry.measureCode) })}{' '}
            {event.entry.visible && (
              <Anchor component={Link} to={`/report-entries/${event.entry.id}`} size="sm">
                {t('events.page.openEntry')}
              </Anchor>
            )}
          </Text>
        )}
        <LinkedReports event={event} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Fact label={t('events.field.organiser')}>
            <span title={event.organiser.nameAz}>{event.organiser.nameAz}</span>
          </Fact>
          <Fact label={t('events.field.dates')}>{dateRange(event.dateFrom, event.dateTo)}</Fact>
          <Fact label={t('events.field.place')}>
            <span lang="az">{dash(event.place)}</span>
          </Fact>
          <Fact label={t('events.field.participants')}>
            {dash(event.participants)}
            {(event.women !== null || event.men !== null) && ` (${t('events.womenMen', { women: dash(event.women), men: dash(event.men) })})`}
          </Fact>
          <Fact label={t('events.field.partners')}>
            <span lang="az">{event.partners.length ? event.partners.join(', ') : '—'}</span>
          </Fact>
          <Fact label={t('events.field.languages')}>{event.languages.length ? event.languages.join(', ') : '—'}</Fact>
          {event.group === 'awareness' && <Fact label={t('events.field.reach')}>{dash(event.reach)}</Fact>}
        </SimpleGrid>
        <Fact label={t('events.field.measures')}>
          {event.measures.length ? (
            <Stack gap={2}>
              {event.measures.map((m) => (
                <Anchor key={m.id} component={Link} to={`/measures/${m.id}`} size="sm" lang="az" lineClamp={2}>
                  <b>{trimCode(m.code)}</b> {m.text}
                </Anchor>
              ))}
            </Stack>
          ) : (
            '—'
          )}
        </Fact>
        {event.materials.length > 0 && (
          <Fact label={t('events.field.materials')}>
            {event.materials.map((m, i) => (
              <div key={i} lang="az">
                {m.title}
                {m.copies !== null && ` — ${t('events.page.copies', { n: m.copies })}`}
              </div>
            ))}
          </Fact>
        )}
        {event.notes && (
          <Fact label={t('events.field.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lang="az">
              {event.notes}
            </Text>
          </Fact>
        )}
      </Stack>
    </Card>
  );
}

function ParticipantGroups({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder striped fz="sm">
      <Table.Caption>{t('events.field.participantGroups')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('events.field.groupName')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('events.field.participants')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('events.field.women')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('events.field.men')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {event.participantGroups.map((g, i) => (
          <Table.Tr key={i}>
            <Table.Th scope="row" fw={400} lang="az">
              {g.organisation ? <span title={g.organisation.nameAz}>{g.organisation.shortName}</span> : g.name}
            </Table.Th>
            <Table.Td ta="right">{dash(g.participants)}</Table.Td>
            <Table.Td ta="right">{dash(g.women)}</Table.Td>
            <Table.Td ta="right">{dash(g.men)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function KnowledgeGainView({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation();
  const gain = event.knowledgeGain;
  if (!gain) return <Text size="sm" c="dimmed">{t('events.assessment.noScores')}</Text>;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
        <Fact label={t('events.assessment.tested')}>{gain.tested}</Fact>
        <Fact label={t('events.assessment.maxScore')}>{decimal(gain.maxScore, i18n.language)}</Fact>
        <Fact label={t('events.assessment.preMean')}>{decimal(gain.preMean, i18n.language)}</Fact>
        <Fact label={t('events.assessment.postMean')}>{decimal(gain.postMean, i18n.language)}</Fact>
        <Fact label={t('events.assessment.gain')}>
          <b>{decimal(gain.gain, i18n.language)}</b>
        </Fact>
        <Fact label={t('events.assessment.normalisedGain')}>
          <b>{percent(gain.normalisedGain, i18n.language)}</b>
        </Fact>
      </SimpleGrid>
      {gain.improved !== null && (
        <Text size="sm">{t('events.assessment.changes', { improved: gain.improved, unchanged: gain.unchanged ?? 0, declined: gain.declined ?? 0 })}</Text>
      )}
      <Text size="xs" c="dimmed">
        {t('events.assessment.explained')}
      </Text>
    </Stack>
  );
}

const emptyAnswers = (respondent: Respondent): EvaluationInput => ({ respondent, relevance: null, clarity: null, organisation: null, usefulness: null, comment: '' });

function EvaluationForm({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const add = useAddEvaluation(event.id);
  const [answers, setAnswers] = useState<EvaluationInput>(emptyAnswers(event.abilities.evaluateAsOrganiser ? 'organiser' : 'participant'));
  const scale = [{ value: '', label: '—' }, ...['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))];
  const setAnswer = (question: EvaluationQuestion, value: string) => setAnswers((a) => ({ ...a, [question]: value ? Number(value) : null }));
  const empty = EVALUATION_QUESTIONS.every((q) => answers[q] === null) && !answers.comment.trim();
  const submit = () =>
    add.mutate(
      { ...answers, comment: answers.comment.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('events.evaluation.recorded') });
          setAnswers(emptyAnswers(answers.respondent));
        },
      },
    );
  return (
    <Stack gap="xs" component="form" onSubmit={(e) => { e.preventDefault(); if (!empty) submit(); }} aria-label={t('events.evaluation.add')}>
      <Title order={3} size="h5">
        {t('events.evaluation.add')}
      </Title>
      {add.error ? <ProblemAlert error={add.error} /> : null}
      {event.abilities.evaluateAsOrganiser && (
        <NativeSelect
          label={t('events.evaluation.respondent')}
          value={answers.respondent}
          onChange={(e) => {
            const respondent = e.currentTarget.value as Respondent;
            setAnswers((a) => ({ ...a, respondent }));
          }}
          data={[
            { value: 'organiser', label: t('events.respondent.organiser') },
            { value: 'participant', label: t('events.respondent.participant') },
          ]}
          w={260}
        />
      )}
      {EVALUATION_QUESTIONS.map((q) => (
        <Group key={q} justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm" id={`question-${q}`}>
            {t(`events.question.${q}`)}
          </Text>
          <SegmentedControl size="xs" value={answers[q] === null ? '' : String(answers[q])} onChange={(v) => setAnswer(q, v)} data={scale} aria-labelledby={`question-${q}`} />
        </Group>
      ))}
      <Textarea label={t('events.evaluation.comment')} value={answers.comment} onChange={(e) => {
          // Read now: the event's target is gone by the time the updater runs.
          const comment = e.currentTarget.value;
          setAnswers((a) => ({ ...a, comment }));
        }} autosize minRows={2} maxLength={4000} />
      <Group>
        <Button type="submit" loading={add.isPending} disabled={empty}>
          {t('events.evaluation.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function Evaluations({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const remove = useDeleteEvaluation(event.id);
  const comments = event.evaluations.filter((e) => e.comment);
  return (
    <Stack gap="md">
      {event.evaluation.responses ? (
        <>
          <Text size="sm">
            {t('events.evaluation.responses', { n: event.evaluation.responses, organisers: event.evaluation.organisers, participants: event.evaluation.participants })}
          </Text>
          <EvaluationTable summary={event.evaluation} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('events.evaluation.none')}
        </Text>
      )}
      {event.abilities.edit && event.evaluations.length > 0 && (
        <Table withTableBorder fz="sm">
          <Table.Caption>{t('events.evaluation.list')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('events.evaluation.recordedAt')}</Table.Th>
              <Table.Th scope="col">{t('events.evaluation.respondent')}</Table.Th>
              {EVALUATION_QUESTIONS.map((q) => (
                <Table.Th key={q} scope="col" ta="right">
                  {t(`events.question.${q}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('events.evaluation.comment')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {event.evaluations.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <DateText value={e.recordedAt} />
                </Table.Td>
                <Table.Td>{t(`events.respondent.${e.respondent}`)}</Table.Td>
                {EVALUATION_QUESTIONS.map((q) => (
                  <Table.Td key={q} ta="right">
                    {dash(e[q])}
                  </Table.Td>
                ))}
                <Table.Td lang="az">{e.comment || '—'}</Table.Td>
                <Table.Td>
                  <Tooltip label={t('common.delete')}>
                    <ActionIcon variant="subtle" color="red" onClick={() => remove.mutate(e.id)} loading={remove.isPending && remove.variables === e.id} aria-label={t('events.evaluation.delete')}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!event.abilities.edit && comments.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('events.evaluation.comments')}
          </Title>
          {comments.map((e) => (
            <Text key={e.id} size="sm" lang="az">
              — {e.comment}
            </Text>
          ))}
        </Stack>
      )}
      {event.abilities.evaluate && <EvaluationForm event={event} />}
    </Stack>
  );
}

/** One event of the register: its facts, participants, knowledge gain (trainings) and evaluations. */
export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(eventQuery(id));
  const [editing, setEditing] = useState(false);
  const remove = useDeleteEvent();
  const event = query.data;

  if (query.isError && !event) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <Stack gap="md" maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/events" size="sm">
          {t('events.title')}
        </Anchor>
        <Text size="sm">{event ? String(event.year) : t('common.loading')}</Text>
      </Breadcrumbs>
      {event ? (
        <PageHeader
          title={event.title}
          actions={
            <>
              {event.abilities.edit && (
                <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                  {t('common.edit')}
                </Button>
              )}
              {event.abilities.delete && (
                <ConfirmButton
                  label={t('common.delete')}
                  title={t('events.page.deleteTitle')}
                  confirmLabel={t('common.delete')}
                  danger
                  onConfirm={async () => {
                    await remove.mutateAsync(event.id);
                    notifications.show({ color: 'teal', message: t('events.page.deleted') });
                    void navigate('/events');
                  }}
                >
                  <Text size="sm">{t('events.page.deleteMessage', { title: event.title })}</Text>
                </ConfirmButton>
              )}
            </>
          }
        />
      ) : (
        <Skeleton height={32} width="50%" />
      )}
      {event ? (
        <Stack gap="md">
          <Facts event={event} />
          {event.participantGroups.length > 0 && (
            <Section title={t('events.field.participantGroups')}>
              <ParticipantGroups event={event} />
            </Section>
          )}
          {event.group === 'training' && (
            <Section title={t('events.assessment.title')}>
              <KnowledgeGainView event={event} />
            </Section>
          )}
          <Section title={t('events.evaluation.title')}>
            <Evaluations event={event} />
          </Section>
        </Stack>
      ) : (
        <Skeleton height={240} />
      )}
      {event && editing && <EventForm key={event.revision} event={event} opened onClose={() => setEditing(false)} />}
    </Stack>
  );
}
