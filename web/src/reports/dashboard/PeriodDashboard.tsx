import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { EChartsOption } from 'echarts';
import type { TFunction } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trimCode } from '../../plans/format';
import { DataTable, type Column } from '../../ui/DataTable';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { dashboardQuery } from './api';
import { periodTabSearch } from './tabs';
import { NEED_KINDS, type NeedKind } from '../types';
import type { CountsWithTotal, Dashboard, StateCounts } from './types';

const STATES = ['draft', 'submitted', 'returned', 'accepted'] as const;
type State = (typeof STATES)[number];
const STATE_COLOR: Record<State, string> = { draft: '#adb5bd', submitted: '#228be6', returned: '#fd7e14', accepted: '#12b886' };

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/** A row of a stacked bar chart: a body or a section, and its entries by state. */
interface CountsRow {
  key: string;
  label: string;
  title: string;
  counts: CountsWithTotal;
}

function StateDonut({ byState }: { byState: StateCounts }) {
  const { t } = useTranslation();
  const total = STATES.reduce((sum, s) => sum + byState[s], 0);
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '70%'],
          label: { formatter: '{b}: {c}' },
          data: STATES.map((s) => ({ name: t(`reports.state.${s}`), value: byState[s], itemStyle: { color: STATE_COLOR[s] } })),
        },
      ],
    }),
    [byState, t],
  );
  const label = t('reports.dashboard.stateChartLabel', {
    total,
    summary: STATES.map((s) => `${t(`reports.state.${s}`)} ${byState[s]}`).join(', '),
  });
  return (
    <ChartCard
      title={t('reports.dashboard.byState')}
      chart={() => <EChart option={option} label={label} height={280} />}
      table={() => (
        <Table striped withTableBorder>
          <Table.Caption>{t('reports.dashboard.byState')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.entry.state')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.dashboard.count')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.dashboard.share')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {STATES.map((s) => (
              <Table.Tr key={s}>
                <Table.Th scope="row">{t(`reports.state.${s}`)}</Table.Th>
                <Table.Td ta="right">{byState[s]}</Table.Td>
                <Table.Td ta="right">{percent(byState[s], total)}%</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">{t('reports.period.late')}</Table.Th>
              <Table.Td ta="right">{byState.late}</Table.Td>
              <Table.Td ta="right">{percent(byState.late, total)}%</Table.Td>
            </Table.Tr>
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('reports.progress.total')}</Table.Th>
              <Table.Td ta="right">{total}</Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    />
  );
}

function countColumns(t: TFunction, first: Column<CountsRow>): Column<CountsRow>[] {
  const count = (key: keyof CountsWithTotal): Column<CountsRow> => ({
    key,
    header: key === 'total' ? t('reports.progress.total') : key === 'late' ? t('reports.period.late') : t(`reports.state.${key}`),
    render: (r) => r.counts[key],
    sortValue: (r) => r.counts[key],
    align: 'right',
  });
  return [first, count('total'), ...STATES.map(count), count('late')];
}

function StackedStates({ title, firstHeader, rows }: { title: string; firstHeader: string; rows: CountsRow[] }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label) },
      series: STATES.map((s) => ({
        name: t(`reports.state.${s}`),
        type: 'bar',
        stack: 'entries',
        itemStyle: { color: STATE_COLOR[s] },
        data: rows.map((r) => r.counts[s]),
      })),
    }),
    [rows, t],
  );
  const columns = countColumns(t, {
    key: 'label',
    header: firstHeader,
    render: (r) => <span title={r.title}>{r.label}</span>,
    sortValue: (r) => r.label,
  });
  return (
    <ChartCard
      title={title}
      chart={() => <EChart option={option} label={t('reports.dashboard.stackedLabel', { title, rows: rows.length })} height={Math.max(220, rows.length * 26 + 70)} />}
      table={() => <DataTable caption={title} columns={columns} rows={rows} rowKey={(r) => r.key} loading={false} error={null} emptyTitle={t('reports.progress.none')} />}
    />
  );
}

function AcceptedHeatmap({ heatmap }: { heatmap: Dashboard['heatmap'] }) {
  const { t } = useTranslation();
  const { organisations, sections, cells } = heatmap;
  const cellOf = useMemo(() => new Map(cells.map((c) => [`${c.organisationId}/${c.section}`, c])), [cells]);
  const option = useMemo<EChartsOption>(() => {
    const data = cells.map((c) => [
      sections.findIndex((s) => s.code === c.section),
      organisations.findIndex((o) => o.id === c.organisationId),
      percent(c.accepted, c.total),
    ]);
    return {
      tooltip: {
        formatter: (params) => {
          const [x, y] = (params as unknown as { value: number[] }).value;
          const organisation = organisations[y ?? -1];
          const section = sections[x ?? -1];
          const cell = organisation && section ? cellOf.get(`${organisation.id}/${section.code}`) : undefined;
          if (!organisation || !section || !cell) return '';
          return t('reports.dashboard.heatmapCell', {
            organisation: organisation.shortName,
            section: `${trimCode(section.code)}. ${section.title}`,
            accepted: cell.accepted,
            total: cell.total,
          });
        },
      },
      grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: sections.map((s) => trimCode(s.code)), splitArea: { show: true } },
      yAxis: { type: 'category', inverse: true, data: organisations.map((o) => o.shortName), splitArea: { show: true } },
      visualMap: { min: 0, max: 100, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, text: ['100%', '0%'], inRange: { color: ['#fff4e6', '#12b886'] } },
      series: [{ type: 'heatmap', data, label: { show: true, formatter: (p) => `${(p.value as number[])[2]}%` } }],
    };
  }, [cells, cellOf, organisations, sections, t]);
  const title = t('reports.dashboard.heatmap');
  return (
    <ChartCard
      title={title}
      chart={() => (
        <EChart option={option} label={t('reports.dashboard.heatmapLabel', { organisations: organisations.length, sections: sections.length })} height={Math.max(240, organisations.length * 26 + 100)} />
      )}
      table={() => (
        <Table.ScrollContainer minWidth={Math.max(400, sections.length * 72 + 120)}>
          <Table striped withTableBorder withColumnBorders>
            <Table.Caption>{t('reports.dashboard.heatmapCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.entry.organisation')}</Table.Th>
                {sections.map((s) => (
                  <Table.Th key={s.code} scope="col" ta="right" title={s.title}>
                    {trimCode(s.code)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organisations.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Th scope="row">{o.shortName}</Table.Th>
                  {sections.map((s) => {
                    const cell = cellOf.get(`${o.id}/${s.code}`);
                    return (
                      <Table.Td key={s.code} ta="right">
                        {cell ? t('reports.dashboard.acceptedOf', { accepted: cell.accepted, total: cell.total, percent: percent(cell.accepted, cell.total) }) : '—'}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    />
  );
}

function ListCard({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="center" mb="sm" gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

function Lists({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const money = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  type Late = Dashboard['lateOrganisations'][number];
  type Ended = Dashboard['endedWithoutDone'][number];
  type Need = Dashboard['largestNeeds'][number];
  const lateColumns: Column<Late>[] = [
    { key: 'organisation', header: t('reports.entry.organisation'), render: (o) => o.shortName, sortValue: (o) => o.shortName },
    { key: 'late', header: t('reports.dashboard.submittedLate'), render: (o) => o.late, sortValue: (o) => o.late, align: 'right' },
    { key: 'missing', header: t('reports.dashboard.missing'), render: (o) => o.missing, sortValue: (o) => o.missing, align: 'right' },
  ];
  const endedColumns: Column<Ended>[] = [
    {
      key: 'code',
      header: t('reports.entry.code'),
      render: (m) => (
        <Anchor component={Link} to={`/measures/${m.measure.id}`} size="sm" fw={600}>
          {trimCode(m.measure.code)}
        </Anchor>
      ),
      nowrap: true,
    },
    {
      key: 'measure',
      header: t('reports.entry.measure'),
      render: (m) => (
        <Text size="sm" lineClamp={2} lang="az" title={m.measure.text}>
          {m.measure.text}
        </Text>
      ),
    },
    { key: 'organisations', header: t('reports.dashboard.notDoneBy'), render: (m) => m.organisations.join(', ') },
  ];
  const needColumns: Column<Need>[] = [
    { key: 'organisation', header: t('reports.entry.organisation'), render: (n) => n.organisation },
    { key: 'measure', header: t('reports.entry.code'), render: (n) => trimCode(n.measure), nowrap: true },
    { key: 'kind', header: t('reports.need.kind'), render: (n) => ((NEED_KINDS as readonly string[]).includes(n.kind) ? t(`reports.needKind.${n.kind as NeedKind}`) : n.kind) },
    {
      key: 'description',
      header: t('reports.need.description'),
      render: (n) => (
        <Text size="sm" lineClamp={3} lang="az" title={n.description}>
          {n.description}
        </Text>
      ),
    },
    { key: 'amount', header: t('reports.need.amount'), render: (n) => (n.amount === null ? '—' : `${money.format(n.amount)} ${n.currency ?? ''}`.trim()), align: 'right', nowrap: true },
  ];
  return (
    <Stack gap="md">
      <ListCard title={t('reports.dashboard.lateOrganisations')}>
        <DataTable
          caption={t('reports.dashboard.lateOrganisations')}
          columns={lateColumns}
          rows={dashboard.lateOrganisations}
          rowKey={(o) => o.id}
          loading={false}
          error={null}
          emptyTitle={t('reports.dashboard.noneLate')}
        />
      </ListCard>
      <ListCard title={t('reports.dashboard.endedWithoutDone')}>
        <DataTable
          caption={t('reports.dashboard.endedWithoutDone')}
          columns={endedColumns}
          rows={dashboard.endedWithoutDone}
          rowKey={(m) => m.measure.id}
          loading={false}
          error={null}
          emptyTitle={t('reports.dashboard.noneEnded')}
        />
      </ListCard>
      <ListCard
        title={t('reports.dashboard.largestNeeds')}
        action={
          <Anchor component={Link} to={{ search: periodTabSearch('needs') }} size="sm">
            {t('reports.needsView.all')}
          </Anchor>
        }
      >
        <DataTable
          caption={t('reports.dashboard.largestNeeds')}
          columns={needColumns}
          rows={dashboard.largestNeeds}
          rowKey={(n) => `${n.organisation}/${n.measure}/${n.description}/${n.amount}`}
          loading={false}
          error={null}
          emptyTitle={t('reports.dashboard.noneNeeds')}
        />
      </ListCard>
    </Stack>
  );
}

/** The Coordinator's view of one period: charts of where the reports stand, each with its numbers one click away. */
export default function PeriodDashboard({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const query = useQuery(dashboardQuery(periodId));
  const dashboard = query.data;
  const organisations = useMemo<CountsRow[]>(
    () => (dashboard?.byOrganisation ?? []).map(({ organisation, ...counts }) => ({ key: organisation.id, label: organisation.shortName, title: organisation.nameAz, counts })),
    [dashboard],
  );
  const sections = useMemo<CountsRow[]>(
    () => (dashboard?.bySection ?? []).map(({ section, ...counts }) => ({ key: section.code, label: `${trimCode(section.code)}. ${section.title}`, title: section.title, counts })),
    [dashboard],
  );

  if (query.isError && !dashboard) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!dashboard) return <Skeleton height={320} aria-label={t('common.loading')} />;

  return (
    <Stack gap="md">
      <Group gap="lg" wrap="wrap">
        {(['submitted', 'accepted', 'returned', 'draft', 'late'] as const).map((key) => (
          <Text key={key} size="sm">
            {key === 'late' ? t('reports.period.late') : t(`reports.state.${key}`)}: <b>{dashboard.byState[key]}</b>
          </Text>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <StateDonut byState={dashboard.byState} />
        <StackedStates title={t('reports.dashboard.bySection')} firstHeader={t('reports.entry.section')} rows={sections} />
      </SimpleGrid>
      <StackedStates title={t('reports.dashboard.byOrganisation')} firstHeader={t('reports.entry.organisation')} rows={organisations} />
      <AcceptedHeatmap heatmap={dashboard.heatmap} />
      <Lists dashboard={dashboard} />
    </Stack>
  );
}
