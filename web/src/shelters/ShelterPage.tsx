import { Alert, Anchor, Badge, Breadcrumbs, Button, Card, Group, List, NativeSelect, Paper, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClipboardCheck, IconLock, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ACTION_STATUSES, type ActionStatus } from '../../../common/src/shelters';
import { isApiError } from '../app/api';
import { Facts } from '../cases/layout';
import { DateText } from '../ui/DateText';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { ActiveBadge } from '../ui/StatusBadge';
import { inspectionsQuery, residentsQuery, shelterQuery, useUpdateAction, type Inspection, type InspectionAction, type Shelter } from './api';
import { InspectionForm, itemText } from './InspectionForm';
import { careKindLabel, shelterLabel } from './labels';
import { LEVEL_COLOURS, OccupancyBadges } from './Occupancy';
import { ShelterForm } from './ShelterForm';

const RESULT_COLOURS: Record<string, string> = { met: 'teal', partly_met: 'orange', not_met: 'red', not_applicable: 'gray' };
const ACTION_COLOURS: Record<ActionStatus, string> = { open: 'red', in_progress: 'orange', done: 'teal' };

/** Who is in the shelter today, for the body that runs it. */
function Residents({ shelterId }: { shelterId: string }) {
  const { t } = useTranslation();
  const query = useQuery(residentsQuery(shelterId));
  return (
    <Card withBorder component="section" aria-labelledby="residents-title">
      <Title order={2} size="h4" id="residents-title" mb="sm">
        {t('shelters.residents.title')}
      </Title>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton height={60} />}
      {query.data && query.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('shelters.residents.none')}
        </Text>
      )}
      {query.data && query.data.items.length > 0 && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.field.reference')}</Table.Th>
              <Table.Th>{t('shelters.residents.name')}</Table.Th>
              <Table.Th>{t('shelters.field.category')}</Table.Th>
              <Table.Th>{t('shelters.placement.enteredOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((r) => (
              <Table.Tr key={r.placementId}>
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${r.caseId}`} size="sm">
                    {r.reference}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.name ?? '—'}</Table.Td>
                <Table.Td>
                  {shelterLabel(t, 'category', r.category)}{' '}
                  {r.overCapacity && (
                    <Badge size="xs" color="red" variant="light" tt="none">
                      {t('shelters.placement.overCapacity')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <DateText value={r.enteredOn} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {query.data && query.data.notShown > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('shelters.residents.notShown', { count: query.data.notShown })}
        </Text>
      )}
    </Card>
  );
}

/** One follow-up action: its state, and moving it on for those who may. */
function ActionRow({ action }: { action: InspectionAction }) {
  const { t } = useTranslation();
  const update = useUpdateAction();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [note, setNote] = useState(action.note ?? '');
  const changed = status !== action.status || note.trim() !== (action.note ?? '');
  const save = () =>
    update.mutate(
      { id: action.id, revision: action.revision, status, doneOn: null, note: note.trim() || null },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('shelters.inspection.actionSaved') }) },
    );
  return (
    <Paper withBorder p="xs" component="li">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ flex: 1 }}>
          <Text size="sm">{action.text}</Text>
          <Text size="xs" c="dimmed">
            {action.dueOn && (
              <>
                {t('shelters.inspection.dueOn')}: <DateText value={action.dueOn} />{' '}
              </>
            )}
            {action.doneOn && (
              <>
                · {t('shelters.inspection.doneOn')}: <DateText value={action.doneOn} />
              </>
            )}
            {action.note && !action.abilities.update && <> · {action.note}</>}
          </Text>
        </Stack>
        <Badge color={ACTION_COLOURS[action.status]} variant="light" tt="none" miw="max-content">
          {shelterLabel(t, 'actionStatus', action.status)}
        </Badge>
      </Group>
      {action.abilities.update && (
        <Group gap="xs" mt={6} align="flex-end">
          <NativeSelect
            size="xs"
            label={t('shelters.inspection.actionStatus')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)}
            data={ACTION_STATUSES.map((s) => ({ value: s, label: shelterLabel(t, 'actionStatus', s) }))}
          />
          <TextInput size="xs" style={{ flex: 1 }} label={t('shelters.inspection.actionNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} />
          <Button size="xs" onClick={save} disabled={!changed} loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      )}
      {update.isError && <ProblemAlert error={update.error} />}
    </Paper>
  );
}

function InspectionCard({ inspection }: { inspection: Inspection }) {
  const { t, i18n } = useTranslation();
  const counts = inspection.results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.result]: (acc[r.result] ?? 0) + 1 }), {});
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" gap="xs">
        <Text fw={600} size="sm">
          <DateText value={inspection.inspectedOn} /> — <span title={inspection.inspector.nameAz}>{inspection.inspector.shortName}</span> ({inspection.inspector.person})
        </Text>
        <Group gap={4}>
          {Object.entries(counts).map(([result, n]) => (
            <Badge key={result} color={RESULT_COLOURS[result]} variant="light" tt="none">
              {shelterLabel(t, 'result', result)}: {n}
            </Badge>
          ))}
        </Group>
      </Group>
      {inspection.results.some((r) => r.result === 'not_met' || r.result === 'partly_met' || r.comment) && (
        <List size="sm" mt="xs" spacing={2}>
          {inspection.results
            .filter((r) => r.result === 'not_met' || r.result === 'partly_met' || r.comment)
            .map((r) => (
              <List.Item key={r.itemId}>
                <Text span size="sm" c={RESULT_COLOURS[r.result]} fw={600}>
                  {shelterLabel(t, 'result', r.result)}:
                </Text>{' '}
                {itemText(r.text, i18n.language)}
                {r.comment && <Text span size="sm" c="dimmed"> — {r.comment}</Text>}
              </List.Item>
            ))}
        </List>
      )}
      {inspection.findings && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }}>
          {inspection.findings}
        </Text>
      )}
      {inspection.actions.length > 0 && (
        <Stack gap={6} mt="sm" component="ul" p={0} style={{ listStyle: 'none' }}>
          {inspection.actions.map((action) => (
            <ActionRow key={`${action.id}:${action.revision}`} action={action} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function Inspections({ shelter }: { shelter: Shelter }) {
  const { t } = useTranslation();
  const query = useQuery(inspectionsQuery(shelter.id));
  const [recording, setRecording] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby="inspections-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="inspections-title">
          {t('shelters.inspection.title')}
        </Title>
        {query.data?.abilities.inspect && (
          <Button size="xs" leftSection={<IconClipboardCheck size={14} aria-hidden />} onClick={() => setRecording(true)}>
            {t('shelters.inspection.record')}
          </Button>
        )}
      </Group>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton height={60} />}
      {query.data && query.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('shelters.inspection.none')}
        </Text>
      )}
      <Stack gap="sm">
        {query.data?.items.map((inspection) => <InspectionCard key={inspection.id} inspection={inspection} />)}
      </Stack>
      {recording && <InspectionForm shelterId={shelter.id} shelterName={shelter.name} opened onClose={() => setRecording(false)} />}
    </Card>
  );
}

/** One shelter: its place in the registry, occupancy, residents (its own body), inspections. */
export function ShelterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(shelterQuery(id));
  const [editing, setEditing] = useState(false);
  const shelter = query.data;

  if (query.isError && !shelter) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 403)) {
      return <EmptyState icon={<IconLock aria-hidden />} title={t('shelters.notAvailable')} action={<Button component={Link} to="/shelters" variant="default">{t('shelters.title')}</Button>} />;
    }
    return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  }

  return (
    <Stack gap="md" maw={1280}>
      <Breadcrumbs>
        <Anchor component={Link} to="/shelters" size="sm">
          {t('shelters.title')}
        </Anchor>
        <Text size="sm">{shelter?.name ?? t('common.loading')}</Text>
      </Breadcrumbs>
      {shelter ? (
        <PageHeader
          title={shelter.name}
          actions={
            shelter.abilities.edit && (
              <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            )
          }
        />
      ) : (
        <Skeleton height={32} width="50%" />
      )}
      {shelter && (
        <>
          {shelter.level !== 'ok' && (
            <Alert color={LEVEL_COLOURS[shelter.level]} variant="light" role="status" title={shelterLabel(t, 'level', shelter.level)}>
              <Text size="sm">{t(`shelters.levelHint.${shelter.level}`, { percent: shelter.nearCapacityPercent })}</Text>
            </Alert>
          )}
          <Card withBorder>
            <Facts
              cols={3}
              items={[
                { term: t('shelters.field.kind'), value: shelterLabel(t, 'kind', shelter.kind) },
                { term: t('shelters.field.region'), value: shelterLabel(t, 'region', shelter.region) },
                { term: t('shelters.field.operator'), value: <span title={shelter.operator.nameAz}>{shelter.operator.shortName}</span> },
                { term: t('shelters.field.supervisingBody'), value: shelter.supervisingBody ? <span title={shelter.supervisingBody.nameAz}>{shelter.supervisingBody.shortName}</span> : null },
                { term: t('shelters.field.occupancy'), value: <OccupancyBadges capacity={shelter.capacity} occupancy={shelter.occupancy} nearPercent={shelter.nearCapacityPercent} /> },
                { term: t('shelters.field.nearCapacityPercent'), value: `${shelter.nearCapacityPercent}%` },
                { term: t('filters.status'), value: <ActiveBadge active={shelter.active} /> },
                { term: t('shelters.field.lastInspectedOn'), value: shelter.lastInspectedOn ? <DateText value={shelter.lastInspectedOn} /> : null },
                { term: t('shelters.field.openActions'), value: String(shelter.openActions) },
                { term: t('shelters.field.services'), value: shelter.services.map((k) => careKindLabel(t, k)).join(', '), wide: true },
                {
                  term: t('shelters.field.contacts'),
                  value: shelter.contactsShown ? shelter.contacts : <Text span size="sm" c="dimmed"><IconLock size={12} aria-hidden /> {t('shelters.contactsHidden')}</Text>,
                  wide: true,
                },
              ]}
            />
          </Card>
          {shelter.abilities.residents && <Residents shelterId={shelter.id} />}
          {shelter.abilities.readInspections && <Inspections shelter={shelter} />}
          {editing && <ShelterForm shelter={shelter} opened onClose={() => setEditing(false)} />}
        </>
      )}
    </Stack>
  );
}
