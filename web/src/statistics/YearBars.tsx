import { Text } from '@mantine/core';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../reports/dashboard/ChartCard';
import { EChart } from '../reports/dashboard/EChart';
import { columnLabel } from './labels';
import { StatisticsTable } from './StatisticsTable';
import type { CountTable } from './types';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

interface YearBarsProps {
  title: string;
  table: CountTable;
  threshold: number;
}

/**
 * Bars by year, one per column, side by side. A hidden value is not drawn (a gap), never as a
 * number: the note under the chart names each gap, the tooltip shows the labels as published, and
 * the table with the same figures is one click away.
 */
export function YearBars({ title, table, threshold }: YearBarsProps) {
  const { t, i18n } = useTranslation();
  const label = (column: string) => columnLabel(i18n.language, table.key, column);
  // Columns that are zero in every year would only crowd the legend.
  const shown = useMemo(
    () => table.columns.map((column, i) => ({ column, i })).filter(({ i }) => table.rows.some((row) => row.cells !== null && row.cells[i]!.value !== 0)),
    [table],
  );

  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const first = ([params].flat() as { dataIndex: number }[])[0];
          const row = first ? table.rows[first.dataIndex] : undefined;
          if (!row) return '';
          const lines = row.cells
            ? shown.map(({ column, i }) => `${escape(label(column))}: <b>${escape(row.cells![i]!.label)}</b>`)
            : [escape(t('statistics.notBrokenDown', { threshold }))];
          return [`<b>${row.year}</b> — ${escape(t('statistics.total'))}: <b>${escape(row.total.label)}</b>`, ...lines].join('<br/>');
        },
      },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: table.rows.map((row) => String(row.year)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: shown.map(({ column, i }) => ({
        name: label(column),
        type: 'bar',
        // '-' is ECharts' "no value": a hidden count is left out, not drawn as some number.
        data: table.rows.map((row) => row.cells?.[i]?.value ?? '-'),
      })),
    }),
    // `label` follows the language, which `t` changes with.
    [table, shown, threshold, t, i18n.language],
  );

  const gaps = table.rows.flatMap((row) =>
    row.cells === null
      ? row.total.value === 0
        ? []
        : [t('statistics.chart.gapYear', { year: row.year, total: row.total.label })]
      : shown.flatMap(({ column, i }) => (row.cells![i]!.value === null ? [`${row.year} ${label(column)}: ${row.cells![i]!.label}`] : [])),
  );
  const summary = table.rows.map((row) => `${row.year}: ${row.total.label}`).join(', ');

  return (
    <ChartCard
      title={title}
      chart={() => (
        <>
          <EChart option={option} label={t('statistics.chart.label', { title, summary })} height={300} />
          {gaps.length > 0 && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('statistics.chart.gaps', { list: gaps.join('; ') })}
            </Text>
          )}
        </>
      )}
      table={() => <StatisticsTable caption={title} table={table} threshold={threshold} />}
    />
  );
}
