import { Alert, List, NativeSelect, SimpleGrid, Skeleton, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconInfoCircle, IconScale, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/EmptyState';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useUrlFilters } from '../ui/useUrlFilters';
import { caseStatisticsQuery, proceedingStatisticsQuery } from './api';
import { ExportButton, ExportPanel } from './ExportPanel';
import { tableTitle } from './labels';
import { StatisticsTable } from './StatisticsTable';
import { AMOUNTS, type CaseStatistics, type ProceedingStatistics, type YearRange } from './types';
import { YearBars } from './YearBars';

const FIRST_YEAR = 2000;
const thisYear = () => new Date().getFullYear();

/** The years asked for: from the URL, by default the last five (as the server's default). */
function rangeOf(filters: { from: string; to: string }): YearRange {
  const year = (text: string) => (/^\d{4}$/.test(text) ? Number(text) : undefined);
  const to = year(filters.to) ?? Math.max(thisYear(), year(filters.from) ?? 0);
  const from = Math.min(year(filters.from) ?? to - 4, to);
  return { from, to };
}

function Legend({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="indigo" icon={<IconInfoCircle aria-hidden />} title={t('statistics.legend.title')}>
      <List size="sm" spacing={2}>
        <List.Item>{t('statistics.legend.small', { label: `<${threshold}`, max: threshold - 1 })}</List.Item>
        <List.Item>{t('statistics.legend.hidden')}</List.Item>
        <List.Item>{t('statistics.legend.smallYear', { threshold })}</List.Item>
        <List.Item>{t('statistics.legend.once')}</List.Item>
        <List.Item>{t('statistics.legend.noSums')}</List.Item>
      </List>
    </Alert>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <Skeleton height={320} aria-label={t('common.loading')} />;
}

function Victims({ data }: { data: CaseStatistics }) {
  const { t } = useTranslation();
  const table = (key: CaseStatistics['tables'][number]['key']) => data.tables.find((x) => x.key === key)!;
  if (data.totals.every((row) => row.total.value === 0)) {
    return <EmptyState title={t('statistics.emptyVictims', { from: data.from, to: data.to })} />;
  }
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <YearBars title={t('statistics.chart.bySex')} table={table('sex')} threshold={data.threshold} />
        <YearBars title={t('statistics.chart.byExploitation')} table={table('exploitation')} threshold={data.threshold} />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('statistics.exploitationNote')}
      </Text>
      {(['status', 'ageGroup', 'ageBand', 'citizenship', 'transnational', 'channel'] as const).map((key) => (
        <StatisticsTable key={key} caption={tableTitle(t, key)} table={table(key)} threshold={data.threshold} />
      ))}
      {data.abilities.export && <ExportPanel />}
    </Stack>
  );
}

function Amounts({ data }: { data: ProceedingStatistics }) {
  const { t, i18n } = useTranslation();
  const money = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const years = data.amounts[0]?.rows.map((row) => row.year) ?? [];
  const sumOf = (key: (typeof AMOUNTS)[number], year: number) => data.amounts.find((a) => a.key === key)?.rows.find((row) => row.year === year)?.sum;
  const caption = t('statistics.amounts.title', { currency: data.currency });
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing="xs" fz="sm" captionSide="top" data-table="amounts">
          <Table.Caption ta="left" fw={600}>
            {caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('statistics.year')}</Table.Th>
              {AMOUNTS.map((key) => (
                <Table.Th key={key} scope="col" ta="right">
                  {t(`statistics.amounts.${key}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((year) => (
              <Table.Tr key={year}>
                <Table.Th scope="row">{year}</Table.Th>
                {AMOUNTS.map((key) => {
                  const sum = sumOf(key, year);
                  return (
                    <Table.Td key={key} ta="right" c={sum?.value === null ? 'dimmed' : undefined}>
                      {sum === undefined ? '' : sum.value === null ? sum.label : money.format(sum.value)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('statistics.amounts.note', { threshold: data.threshold, currency: data.currency })}
      </Text>
    </Stack>
  );
}

function Proceedings({ range }: { range: YearRange }) {
  const { t } = useTranslation();
  const query = useQuery(proceedingStatisticsQuery(range));
  const data = query.data;
  if (query.isError && !data) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!data) return <Loading />;
  const table = (key: ProceedingStatistics['tables'][number]['key']) => data.tables.find((x) => x.key === key)!;
  if (table('stage').rows.every((row) => row.total.value === 0)) {
    return <EmptyState title={t('statistics.emptyProceedings', { from: data.from, to: data.to })} />;
  }
  return (
    <Stack gap="md">
      <YearBars title={t('statistics.chart.prosecutedBySex')} table={table('prosecuted')} threshold={data.threshold} />
      {(['stage', 'convicted', 'sentence'] as const).map((key) => (
        <StatisticsTable key={key} caption={tableTitle(t, key)} table={table(key)} threshold={data.threshold} />
      ))}
      <Text size="xs" c="dimmed">
        {t('statistics.defendantsNote')}
      </Text>
      <Amounts data={data} />
    </Stack>
  );
}

/**
 * Statistics on victims and criminal proceedings for every role: tables and charts per year as
 * the server published them after disclosure control, the years in the URL, and the
 * de-identified export for those the server allows.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(['from', 'to'] as const);
  const tab = useUrlFilters(['view'] as const);
  const range = rangeOf(url.filters);
  const victims = useQuery(caseStatisticsQuery(range));
  const threshold = victims.data?.threshold ?? 5;
  const years = Array.from({ length: thisYear() - FIRST_YEAR + 1 }, (_, i) => String(thisYear() - i));
  const yearSelect = (key: 'from' | 'to', label: string, allowed: (year: number) => boolean) => (value: string, set: (v: string) => void) => (
    <NativeSelect
      label={label}
      value={value || String(range[key])}
      onChange={(e) => set(e.currentTarget.value)}
      data={years.filter((y) => allowed(Number(y)))}
      w={120}
    />
  );
  const fields: FilterField<'from' | 'to'>[] = [
    { key: 'from', label: t('statistics.from'), type: 'custom', render: yearSelect('from', t('statistics.from'), (y) => y <= range.to) },
    { key: 'to', label: t('statistics.to'), type: 'custom', render: yearSelect('to', t('statistics.to'), (y) => y >= range.from) },
  ];
  const view = tab.filters.view === 'proceedings' ? 'proceedings' : 'victims';

  return (
    <Stack gap="md">
      <PageHeader title={t('statistics.title')} actions={victims.data?.abilities.export ? <ExportButton /> : undefined} />
      <Text size="sm" maw={900}>
        {t('statistics.intro')}
      </Text>
      <FilterBar label={t('statistics.rangeLabel')} fields={fields} state={url} />
      <Legend threshold={threshold} />
      <Tabs value={view} onChange={(next) => tab.setFilter('view', next === 'proceedings' ? 'proceedings' : '')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="victims" leftSection={<IconUsers size={16} aria-hidden />}>
            {t('statistics.victimsTab')}
          </Tabs.Tab>
          <Tabs.Tab value="proceedings" leftSection={<IconScale size={16} aria-hidden />}>
            {t('statistics.proceedingsTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="victims" pt="md">
          {victims.isError && !victims.data ? (
            <ProblemAlert error={victims.error} onRetry={() => void victims.refetch()} />
          ) : victims.data ? (
            <Victims data={victims.data} />
          ) : (
            <Loading />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="proceedings" pt="md">
          <Proceedings range={range} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
