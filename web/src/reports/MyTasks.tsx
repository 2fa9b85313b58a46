import { Anchor, Group, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../app/session';
import { organisationName } from '../organisations/names';
import { trimCode } from '../plans/format';
import classes from '../plans/plans.module.css';
import { DateText } from '../ui/DateText';
import { EmptyState } from '../ui/EmptyState';
import { ProblemAlert } from '../ui/ProblemAlert';
import { allEntriesQuery, entryQuery } from './api';
import { LateBadge, StateBadge, StatusBadge } from './Badges';
import { lastReturn } from './returnComment';
import type { EntrySummary, PeriodDetail } from './types';

/** The reviewer's comment on a returned entry (the list does not carry it: read from the entry). */
function ReturnComment({ id }: { id: string }) {
  const { t } = useTranslation();
  const entry = useQuery(entryQuery(id));
  const comment = entry.data ? lastReturn(entry.data)?.comment : null;
  if (!comment) return null;
  return (
    <Text size="xs" c="orange.9" mt={4}>
      <Text span fw={700} size="xs">
        {t('reports.entry.returnComment')}:
      </Text>{' '}
      {comment}
    </Text>
  );
}

function groupBySection(entries: EntrySummary[]) {
  const groups = new Map<string, { title: string; items: EntrySummary[] }>();
  for (const e of entries) {
    const group = groups.get(e.measure.section.code) ?? { title: `${trimCode(e.measure.section.code)}. ${e.measure.section.title}`, items: [] };
    group.items.push(e);
    groups.set(e.measure.section.code, group);
  }
  return [...groups.entries()];
}

function TaskRow({ entry }: { entry: EntrySummary }) {
  const { t } = useTranslation();
  const code = trimCode(entry.measure.code);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
        <Anchor component={Link} to={`/report-entries/${entry.id}`} fw={600} size="sm" aria-label={t('reports.entry.open', { code, organisation: entry.organisation.shortName })}>
          {code}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Text size="sm" lang="az" lineClamp={3} title={entry.measure.text}>
          {entry.measure.text}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`plans.role.${entry.role}`)}
        </Text>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Group gap={4}>
          <StateBadge state={entry.state} />
          {entry.late && <LateBadge />}
        </Group>
        {entry.state === 'returned' && <ReturnComment id={entry.id} />}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <StatusBadge status={entry.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
        <DateText value={entry.updatedAt} withTime />
      </Table.Td>
    </Table.Tr>
  );
}

/** "My tasks": the entries of the person's body in this period, under their sections. */
export function MyTasks({ period }: { period: PeriodDetail }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const query = useQuery(allEntriesQuery({ periodId: period.id, mine: true }));
  const entries = query.data;

  let body;
  if (query.isError && !entries) body = <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  else if (!entries) body = <Skeleton height={160} />;
  else if (entries.length === 0) body = <EmptyState title={t('reports.tasks.none')} />;
  else
    body = (
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing={6} fz="sm" aria-busy={query.isFetching}>
          <VisuallyHidden component="caption">{t('reports.myTasks')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('reports.entry.code')}</Table.Th>
              <Table.Th>{t('reports.entry.measure')}</Table.Th>
              <Table.Th w={200}>{t('reports.entry.state')}</Table.Th>
              <Table.Th w={140}>{t('reports.entry.status')}</Table.Th>
              <Table.Th w={140}>{t('reports.entry.updatedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {groupBySection(entries).map(([code, group]) => (
            <Table.Tbody key={code}>
              <Table.Tr className={classes.sectionRow}>
                <Table.Th colSpan={5} scope="rowgroup" lang="az">
                  {group.title}
                </Table.Th>
              </Table.Tr>
              {group.items.map((e) => (
                <TaskRow key={e.id} entry={e} />
              ))}
            </Table.Tbody>
          ))}
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <section aria-labelledby="my-tasks">
      <Title order={2} size="h4" id="my-tasks">
        {t('reports.myTasks')}
      </Title>
      <Stack gap="xs" mt="xs">
        <Text size="sm" c="dimmed">
          {t('reports.tasks.intro', { organisation: organisationName(user.organisation, i18n.language) })}
        </Text>
        {body}
      </Stack>
    </section>
  );
}
