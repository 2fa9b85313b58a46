import { NativeSelect, Paper, SimpleGrid, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { EChartsOption } from 'echarts';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../common/src/dates';
import { ChartCard } from '../reports/dashboard/ChartCard';
import { EChart } from '../reports/dashboard/EChart';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useUrlFilters } from '../ui/useUrlFilters';
import { metricsQuery } from './api';
import { HOTLINE_CODES, hotlineLabel } from './codes';
import type { Metrics } from './types';

const FILTER_KEYS = ['from', 'to', 'by'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Breakdown = 'channel' | 'category';

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" component="p" m={0}>
        {label}
      </Text>
      <Text size="xl" fw={700} component="p" m={0}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" component="p" m={0}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** Contacts per day, stacked by channel or by category; only the codes that occur are drawn. */
function PerDay({ metrics, by }: { metrics: Metrics; by: Breakdown }) {
  const { t, i18n } = useTranslation();
  const codes = (by === 'channel' ? HOTLINE_CODES.channel : HOTLINE_CODES.category).filter((code) =>
    metrics.days.some((d) => (by === 'channel' ? d.byChannel : d.byCategory)[code]),
  );
  const valueOf = (day: Metrics['days'][number], code: string) => (by === 'channel' ? day.byChannel : day.byCategory)[code] ?? 0;
  const group = by === 'channel' ? 'channel' : 'category';
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: metrics.days.map((d) => formatDate(d.day).slice(0, 5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: codes.map((code) => ({ name: hotlineLabel(t, group, code), type: 'bar', stack: 'contacts', data: metrics.days.map((d) => valueOf(d, code)) })),
    }),
    // Labels follow the language.
    [metrics, by, i18n.language],
  );
  const title = by === 'channel' ? t('hotline.metrics.perDayChannel') : t('hotline.metrics.perDayCategory');
  const summary = t('hotline.metrics.chartLabel', { title, total: String(metrics.totals.contacts), from: formatDate(metrics.from), to: formatDate(metrics.to) });
  return (
    <ChartCard
      title={title}
      chart={() => <EChart option={option} label={summary} height={320} />}
      table={() => (
        <Table.ScrollContainer minWidth={400}>
          <Table fz="sm" verticalSpacing={4} aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('hotline.metrics.day')}</Table.Th>
                {codes.map((code) => (
                  <Table.Th key={code} style={{ textAlign: 'right' }}>
                    {hotlineLabel(t, group, code)}
                  </Table.Th>
                ))}
                <Table.Th style={{ textAlign: 'right' }}>{t('hotline.metrics.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {metrics.days.map((d) => (
                <Table.Tr key={d.day}>
                  <Table.Th scope="row" fw={400}>
                    {formatDate(d.day)}
                  </Table.Th>
                  {codes.map((code) => (
                    <Table.Td key={code} style={{ textAlign: 'right' }}>
                      {valueOf(d, code)}
                    </Table.Td>
                  ))}
                  <Table.Td style={{ textAlign: 'right' }} fw={600}>
                    {d.total}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    />
  );
}

function TimeToReferral({ metrics }: { metrics: Metrics }) {
  const { t, i18n } = useTranslation();
  const title = t('hotline.metrics.timeToReferral');
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: metrics.timeToReferral.buckets.map((b) => hotlineLabel(t, 'bucket', b.key)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: title, type: 'bar', data: metrics.timeToReferral.buckets.map((b) => b.count), itemStyle: { color: '#c92a2a' } }],
    }),
    [metrics, i18n.language],
  );
  const summary = metrics.timeToReferral.buckets.map((b) => `${hotlineLabel(t, 'bucket', b.key)}: ${b.count}`).join(', ');
  return (
    <ChartCard
      title={title}
      chart={() => <EChart option={option} label={`${title}: ${summary}`} height={240} />}
      table={() => (
        <Table fz="sm" verticalSpacing={4} aria-label={title}>
          <Table.Tbody>
            {metrics.timeToReferral.buckets.map((b) => (
              <Table.Tr key={b.key}>
                <Table.Th scope="row" fw={400}>
                  {hotlineLabel(t, 'bucket', b.key)}
                </Table.Th>
                <Table.Td style={{ textAlign: 'right' }}>{b.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    />
  );
}

function minutesText(t: TFunction, minutes: number | null): string {
  if (minutes === null) return '—';
  return minutes < 90 ? t('hotline.metrics.minutes', { n: String(Math.round(minutes)) }) : t('hotline.metrics.hours', { n: (minutes / 60).toFixed(1) });
}

/** The hotline's metrics for a range of days in the address: contacts per day, time to referral, referrals made. */
export function MetricsPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const by: Breakdown = url.filters.by === 'category' ? 'category' : 'channel';
  const query = useQuery(metricsQuery(url.filters.from, url.filters.to));
  const m = query.data;
  const fields: FilterField<FilterKey>[] = [
    { key: 'from', label: t('hotline.list.from'), type: 'date' },
    { key: 'to', label: t('hotline.list.to'), type: 'date' },
    {
      key: 'by',
      label: t('hotline.metrics.by'),
      type: 'custom',
      render: (value, onChange) => (
        <NativeSelect
          label={t('hotline.metrics.by')}
          value={value === 'category' ? 'category' : 'channel'}
          onChange={(e) => onChange(e.currentTarget.value === 'channel' ? '' : e.currentTarget.value)}
          data={[
            { value: 'channel', label: t('hotline.field.channel') },
            { value: 'category', label: t('hotline.field.category') },
          ]}
          w={200}
        />
      ),
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader title={t('hotline.metrics.title')} />
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {!m && !query.isError && <Skeleton height={360} />}
      {m && (
        <>
          <Text size="sm" c="dimmed">
            {t('hotline.metrics.range', { from: formatDate(m.from), to: formatDate(m.to) })}
          </Text>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            <Stat label={t('hotline.metrics.contacts')} value={String(m.totals.contacts)} hint={t('hotline.metrics.substantive', { count: String(m.totals.substantive) })} />
            <Stat label={t('hotline.metrics.referrals')} value={String(m.totals.referrals)} hint={t('hotline.metrics.referredContacts', { count: String(m.totals.referredContacts) })} />
            <Stat label={t('hotline.metrics.median')} value={minutesText(t, m.timeToReferral.medianMinutes)} />
            <Stat label={t('hotline.metrics.average')} value={minutesText(t, m.timeToReferral.averageMinutes)} />
          </SimpleGrid>
          <PerDay metrics={m} by={by} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TimeToReferral metrics={m} />
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="referrals-by-body">
              <Text component="h3" fw={700} size="md" id="referrals-by-body" mt={0} mb="sm">
                {t('hotline.metrics.byBody')}
              </Text>
              {m.referralsByBody.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('hotline.referrals.none')}
                </Text>
              ) : (
                <Table fz="sm" verticalSpacing={4} aria-labelledby="referrals-by-body">
                  <Table.Tbody>
                    {m.referralsByBody.map((b) => (
                      <Table.Tr key={b.orgId}>
                        <Table.Th scope="row" fw={400}>
                          {b.shortName}
                        </Table.Th>
                        <Table.Td style={{ textAlign: 'right' }}>{b.count}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
