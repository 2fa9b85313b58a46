import { Checkbox, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import type { EChartsOption } from 'echarts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartCard } from '../reports/dashboard/ChartCard';
import { EChart } from '../reports/dashboard/EChart';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { comparisonQuery, cycleListQuery } from './api';
import { IndicatorsTabs } from './IndicatorsTabs';
import { ImprovementMark, RatingBadge } from './RatingBadge';
import { RATINGS, type Comparison } from './types';

/** Chart colours of the ratings (the tooltip, legend and the table beside it give the words). */
const CHART_COLOURS = { met: '#0ca678', partly_met: '#f59f00', not_met: '#e03131', not_assessed: '#adb5bd' } as const;

function CountsChart({ data }: { data: Comparison }) {
  const { t, i18n } = useTranslation();
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.cycles.map((c) => c.title) },
      yAxis: { type: 'value', minInterval: 1 },
      series: RATINGS.map((r) => ({
        name: t(`indicators.rating.${r}`),
        type: 'bar',
        stack: 'ratings',
        barMaxWidth: 90,
        itemStyle: { color: CHART_COLOURS[r] },
        data: data.cycles.map((c) => c.counts[r]),
      })),
    }),
    // The series names follow the language.
    [data, t, i18n.language],
  );
  const summary = data.cycles.map((c) => `${c.title}: ${RATINGS.map((r) => `${t(`indicators.rating.${r}`)} ${c.counts[r]}`).join(', ')}`).join('; ');
  return (
    <ChartCard
      title={t('indicators.compare.chartTitle')}
      chart={() => <EChart option={option} label={t('indicators.compare.chartLabel', { summary })} height={300} />}
      table={() => (
        <Table withTableBorder>
          <caption>{t('indicators.compare.chartTitle')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.cycle.title')}</Table.Th>
              {RATINGS.map((r) => (
                <Table.Th key={r} scope="col" ta="right">
                  {t(`indicators.rating.${r}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.cycles.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row">{c.title}</Table.Th>
                {RATINGS.map((r) => (
                  <Table.Td key={r} ta="right">
                    {c.counts[r]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    />
  );
}

/** Every indicator's rating in each cycle side by side, and the counts by rating per cycle. */
export function ComparePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('cycles') ?? '';
  const cycles = useQuery(cycleListQuery);
  const comparison = useQuery(comparisonQuery(chosen));
  const data = comparison.data;
  const selected = chosen ? chosen.split(',') : (cycles.data?.items.map((c) => c.id) ?? []);
  const choose = (ids: string[]) => {
    const next = new URLSearchParams(params);
    const all = cycles.data?.items.map((c) => c.id) ?? [];
    if (ids.length === 0 || ids.length === all.length) next.delete('cycles');
    else next.set('cycles', all.filter((id) => ids.includes(id)).join(','));
    setParams(next);
  };

  return (
    <Stack gap="md">
      <PageHeader title={t('indicators.title')} />
      <IndicatorsTabs />
      {(cycles.data?.items.length ?? 0) > 1 && (
        <Checkbox.Group label={t('indicators.compare.cycles')} value={selected} onChange={choose}>
          <Group gap="md" mt={6}>
            {cycles.data!.items.map((c) => (
              <Checkbox key={c.id} value={c.id} label={c.title} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
      {comparison.isPending && <Skeleton height={300} />}
      {comparison.isError && <ProblemAlert error={comparison.error} onRetry={() => void comparison.refetch()} />}
      {data && data.cycles.length === 0 && <EmptyState title={t('indicators.cycle.none')} description={t('indicators.compare.none')} />}
      {data && data.cycles.length > 0 && (
        <>
          <CountsChart data={data} />
          <Table.ScrollContainer minWidth={720}>
            <Table withTableBorder withColumnBorders stickyHeader>
              <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{t('indicators.compare.tableTitle')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('indicators.grid.area')}</Table.Th>
                  <Table.Th scope="col">{t('indicators.compare.indicator')}</Table.Th>
                  {data.cycles.map((c) => (
                    <Table.Th key={c.id} scope="col">
                      {c.title}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((row) => (
                  <Table.Tr key={row.indicator.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {row.area.code}
                      </Text>
                    </Table.Td>
                    <Table.Th scope="row" fw="normal">
                      <Text size="xs" c="dimmed">
                        {t(`indicators.kind.${row.indicator.kind}`)} · {t('indicators.level', { level: row.indicator.level })}
                      </Text>
                      <Text size="sm" lang="az">
                        {row.indicator.text}
                      </Text>
                    </Table.Th>
                    {row.ratings.map((r) => (
                      <Table.Td key={r.cycleId}>
                        <Stack gap={4}>
                          <RatingBadge rating={r.rating} />
                          <ImprovementMark value={r.needsImprovement} />
                        </Stack>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
