import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trimCode } from '../plans/format';
import { ProblemAlert } from '../ui/ProblemAlert';
import { measureEntriesQuery, periodListQuery } from './api';
import { StateBadge, StatusBadge } from './Badges';
import { NarrativeView } from './NarrativeView';
import { periodLabel } from './format';
import type { EntrySummary } from './types';

/** Every body's reports on one measure, period by period (newest first), as far as the reader may see them. */
export function MeasureReports({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const query = useQuery(measureEntriesQuery(measureId));
  const periods = useQuery(periodListQuery);

  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton height={120} />;
  if (query.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.overYears.none')}
      </Text>
    );
  }

  const groups = new Map<string, EntrySummary[]>();
  for (const entry of query.data.items) groups.set(entry.periodId, [...(groups.get(entry.periodId) ?? []), entry]);
  const periodById = new Map((periods.data?.items ?? []).map((p) => [p.id, p]));

  return (
    <Stack gap="lg">
      {[...groups].map(([periodId, entries]) => {
        const period = periodById.get(periodId);
        const label = period ? periodLabel(t, period) : '…';
        return (
          <section key={periodId} aria-label={label}>
            <Title order={3} size="h5" mb="xs">
              <Anchor component={Link} to={`/reports/${periodId}`} inherit>
                {label}
              </Anchor>
            </Title>
            <SimpleGrid cols={{ base: 1, md: Math.min(entries.length, 3) }} spacing="sm">
              {entries.map((entry) => (
                <Card key={entry.id} withBorder padding="sm">
                  <Stack gap="xs">
                    <Group gap="xs" justify="space-between" wrap="nowrap">
                      <Anchor
                        component={Link}
                        to={`/report-entries/${entry.id}`}
                        size="sm"
                        fw={600}
                        title={entry.organisation.nameAz}
                        aria-label={t('reports.entry.open', { code: trimCode(entry.measure.code), organisation: entry.organisation.shortName })}
                      >
                        {entry.organisation.shortName}
                      </Anchor>
                      <Group gap={4} wrap="nowrap">
                        <StateBadge state={entry.state} />
                        <StatusBadge status={entry.status} />
                      </Group>
                    </Group>
                    <NarrativeView text={entry.narrative} empty={t('reports.editor.empty')} />
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </section>
        );
      })}
    </Stack>
  );
}
