import { Anchor, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trimCode } from '../../plans/format';
import { DataTable, type Column } from '../../ui/DataTable';
import { FilterBar, type FilterField } from '../../ui/FilterBar';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useUrlFilters } from '../../ui/useUrlFilters';
import { StateBadge } from '../Badges';
import { NEED_KINDS, type NeedKind } from '../types';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { needsQuery } from './api';
import type { Amount, NeedRow, Needs } from './types';

const FILTER_KEYS = ['organisationId', 'kind', 'section'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const KIND_COLOR: Record<NeedKind, string> = { funding: '#1c7ed6', equipment: '#0ca678', training: '#f59f00', legal_change: '#ae3ec9', other: '#868e96' };

const isKind = (kind: string): kind is NeedKind => (NEED_KINDS as readonly string[]).includes(kind);

function useAmountText() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    const one = (amount: number, currency: string | null) => `${number.format(amount)} ${currency ?? ''}`.trim();
    return { one, list: (amounts: Amount[]) => (amounts.length ? amounts.map((a) => one(a.amount, a.currency)).join('; ') : '—') };
  }, [i18n.language]);
}

function KindTotals({ totals }: { totals: Needs['totals'] }) {
  const { t } = useTranslation();
  const money = useAmountText();
  const kindLabel = (kind: NeedKind) => t(`reports.needKind.${kind}`);
  const option = useMemo<EChartsOption>(() => {
    const kindLabel = (kind: NeedKind) => t(`reports.needKind.${kind}`);
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const { dataIndex } = params as unknown as { dataIndex: number };
          const total = totals.byKind[dataIndex];
          if (!total) return '';
          return t('reports.needsView.chartTooltip', { kind: kindLabel(total.kind), count: total.count, amounts: money.list(total.amounts) });
        },
      },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: totals.byKind.map((k) => kindLabel(k.kind)), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('reports.needsView.count'),
          data: totals.byKind.map((k) => ({ value: k.count, itemStyle: { color: KIND_COLOR[k.kind] } })),
          label: { show: true, position: 'top' },
        },
      ],
    };
  }, [totals, t, money]);
  const title = t('reports.needsView.byKind');
  return (
    <ChartCard
      title={title}
      chart={() => (
        <EChart
          option={option}
          label={t('reports.needsView.chartLabel', { summary: totals.byKind.map((k) => `${kindLabel(k.kind)} ${k.count}`).join(', ') })}
          height={280}
        />
      )}
      table={() => (
        <Table striped withTableBorder>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.need.kind')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.needsView.count')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.needsView.withAmount')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.need.amount')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {totals.byKind.map((k) => (
              <Table.Tr key={k.kind}>
                <Table.Th scope="row">{kindLabel(k.kind)}</Table.Th>
                <Table.Td ta="right">{k.count}</Table.Td>
                <Table.Td ta="right">{k.withAmount}</Table.Td>
                <Table.Td ta="right">{money.list(k.amounts)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('reports.progress.total')}</Table.Th>
              <Table.Td ta="right">{totals.count}</Table.Td>
              <Table.Td ta="right">{totals.byKind.reduce((sum, k) => sum + k.withAmount, 0)}</Table.Td>
              <Table.Td ta="right">{money.list(totals.amounts)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    />
  );
}

/**
 * Every need the bodies named in a period: a sortable table filtered by body, kind and section
 * (all in the URL), with the count and amounts of each kind as a chart and as numbers.
 */
export default function NeedsView({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const query = useQuery(needsQuery(periodId, url.filters));
  const data = query.data;
  const money = useAmountText();

  const fields: FilterField<FilterKey>[] = [
    {
      key: 'organisationId',
      label: t('reports.entry.organisation'),
      type: 'select',
      options: (data?.options.organisations ?? []).map((o) => ({ value: o.id, label: o.shortName })),
    },
    { key: 'kind', label: t('reports.need.kind'), type: 'select', options: NEED_KINDS.map((k) => ({ value: k, label: t(`reports.needKind.${k}`) })) },
    {
      key: 'section',
      label: t('reports.entry.section'),
      type: 'select',
      options: (data?.options.sections ?? []).map((s) => ({ value: s.code, label: `${trimCode(s.code)}. ${s.title}` })),
    },
  ];

  const columns: Column<NeedRow>[] = [
    {
      key: 'organisation',
      header: t('reports.entry.organisation'),
      render: (n) => <span title={n.organisation.nameAz}>{n.organisation.shortName}</span>,
      sortValue: (n) => n.organisation.shortName,
    },
    {
      key: 'measure',
      header: t('reports.entry.code'),
      render: (n) => (
        <Anchor component={Link} to={`/report-entries/${n.entryId}`} size="sm" fw={600} title={n.measure.text}>
          {trimCode(n.measure.code)}
        </Anchor>
      ),
      sortValue: (n) => n.measure.code,
      nowrap: true,
    },
    { key: 'kind', header: t('reports.need.kind'), render: (n) => (isKind(n.kind) ? t(`reports.needKind.${n.kind}`) : n.kind), sortValue: (n) => (isKind(n.kind) ? t(`reports.needKind.${n.kind}`) : n.kind) },
    {
      key: 'description',
      header: t('reports.need.description'),
      render: (n) => (
        <Text size="sm" lang="az">
          {n.description}
        </Text>
      ),
      sortValue: (n) => n.description,
    },
    { key: 'amount', header: t('reports.need.amount'), render: (n) => (n.amount === null ? '—' : money.one(n.amount, n.currency)), sortValue: (n) => n.amount, align: 'right', nowrap: true },
    { key: 'state', header: t('reports.entry.state'), render: (n) => <StateBadge state={n.state} />, sortValue: (n) => t(`reports.state.${n.state}`) },
  ];

  if (query.isError && !data) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <Stack gap="md">
      <FilterBar label={t('reports.needsView.filters')} fields={fields} state={url} />
      {data ? (
        <Group gap="lg" wrap="wrap" aria-live="polite">
          <Text size="sm">
            {t('reports.needsView.count')}: <b>{data.totals.count}</b>
          </Text>
          <Text size="sm">
            {t('reports.needsView.amounts')}: <b>{money.list(data.totals.amounts)}</b>
          </Text>
        </Group>
      ) : (
        <Skeleton height={20} width="40%" />
      )}
      {data && <KindTotals totals={data.totals} />}
      <DataTable
        caption={t('reports.needsView.title')}
        columns={columns}
        rows={data?.items}
        rowKey={(n) => n.key}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={url.filtered ? t('reports.needsView.noneFiltered') : t('reports.dashboard.noneNeeds')}
        sort={url.sort}
        onSortChange={url.setSort}
      />
    </Stack>
  );
}
