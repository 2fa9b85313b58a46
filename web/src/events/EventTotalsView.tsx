import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { EChartsOption } from 'echarts';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../reports/dashboard/ChartCard';
import { EChart } from '../reports/dashboard/EChart';
import { ProblemAlert } from '../ui/ProblemAlert';
import { eventTotalsQuery } from './api';
import { EvaluationTable } from './EvaluationTable';
import { decimal, percent } from './format';
import type { EventFilters, EventTotals, FilterKey, Figures } from './types';

const COLORS = { training: '#4263eb', awareness: '#0ca678', other: '#868e96' };

interface Row {
  key: string;
  label: string;
  figures: Figures;
  /** The register filter that lists this row's events. */
  filter?: [FilterKey, string];
}

interface FiguresTableProps {
  caption: string;
  head: string;
  rows: Row[];
  total?: Figures;
  onFilter: (key: FilterKey, value: string) => void;
  /** Show people reached (awareness) as a column. */
  reach?: boolean;
}

/** The numbers behind a chart: each row a link to the register filtered to it. */
function FiguresTable({ caption, head, rows, total, onFilter, reach = true }: FiguresTableProps) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const cells = (f: Figures) => (
    <>
      <Table.Td ta="right">{n(f.events)}</Table.Td>
      <Table.Td ta="right">{n(f.trainings)}</Table.Td>
      <Table.Td ta="right">{n(f.awareness)}</Table.Td>
      <Table.Td ta="right">{n(f.participants)}</Table.Td>
      <Table.Td ta="right">{n(f.women)}</Table.Td>
      <Table.Td ta="right">{n(f.men)}</Table.Td>
      {reach && <Table.Td ta="right">{n(f.reach)}</Table.Td>}
    </>
  );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{head}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('events.totals.events')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('events.group.training')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('events.group.awareness')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('events.field.participants')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('events.field.women')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('events.field.men')}
            </Table.Th>
            {reach && (
              <Table.Th scope="col" ta="right">
                {t('events.field.reach')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {row.filter && row.figures.events > 0 ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => onFilter(...row.filter!)} title={t('events.totals.openInRegister')}>
                    {row.label}
                  </Anchor>
                ) : (
                  row.label
                )}
              </Table.Th>
              {cells(row.figures)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {total && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('events.totals.total')}</Table.Th>
              {cells(total)}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}

/** Bars of events per row, split into trainings, awareness and the rest. */
function barsOption(rows: Row[], t: (key: 'events.group.training' | 'events.group.awareness' | 'events.group.other') => string, horizontal: boolean): EChartsOption {
  const categories = rows.map((r) => r.label);
  const series = (['training', 'awareness', 'other'] as const).map((group) => ({
    name: t(`events.group.${group}`),
    type: 'bar' as const,
    stack: 'events',
    itemStyle: { color: COLORS[group] },
    data: rows.map((r) => (group === 'training' ? r.figures.trainings : group === 'awareness' ? r.figures.awareness : r.figures.events - r.figures.trainings - r.figures.awareness)),
  }));
  const category = { type: 'category' as const, data: categories, axisLabel: { interval: 0, width: 140, overflow: 'truncate' as const } };
  const value = { type: 'value' as const, minInterval: 1 };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series,
  };
}

interface BreakdownProps {
  title: string;
  head: string;
  rows: Row[];
  total?: Figures;
  horizontal?: boolean;
  onFilter: (key: FilterKey, value: string) => void;
  note?: ReactNode;
}

function Breakdown({ title, head, rows, total, horizontal = false, onFilter, note }: BreakdownProps) {
  const { t } = useTranslation();
  const shown = rows.filter((r) => r.figures.events > 0);
  const option = useMemo(() => barsOption(shown, t, horizontal), [shown, t, horizontal]);
  const summary = shown.map((r) => `${r.label}: ${r.figures.events}`).join(', ');
  const height = horizontal ? Math.max(200, 40 + shown.length * 28) : 300;
  return (
    <ChartCard
      title={title}
      chart={() =>
        shown.length ? (
          <>
            <EChart option={option} label={t('events.totals.chartLabel', { title, summary })} height={height} />
            {note && (
              <Text size="xs" c="dimmed" mt="xs">
                {note}
              </Text>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('events.totals.nothing')}
          </Text>
        )
      }
      table={() => <FiguresTable caption={title} head={head} rows={rows} total={total} onFilter={onFilter} />}
    />
  );
}

function Headline({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

function Totals({ totals, onFilter }: { totals: EventTotals; onFilter: (key: FilterKey, value: string) => void }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const years: Row[] = totals.byYear.map((y) => ({ key: String(y.year), label: String(y.year), figures: y, filter: ['year', String(y.year)] }));
  const audiences: Row[] = [
    ...totals.byAudience.map((a) => ({ key: a.audience, label: t(`events.audience.${a.audience}`), figures: a, filter: ['audience', a.audience] as [FilterKey, string] })),
    { key: 'none', label: t('events.totals.noAudience'), figures: totals.withoutAudience },
  ];
  const bodies: Row[] = totals.byOrganiser.map((o) => ({ key: o.organisation.id, label: o.organisation.shortName, figures: o, filter: ['organiserId', o.organisation.id] }));
  const kinds: Row[] = totals.byKind.map((k) => ({ key: k.kind, label: t(`events.kind.${k.kind}`), figures: k, filter: ['kind', k.kind] }));
  const evaluation = totals.evaluation;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} aria-live="polite">
        <Headline label={t('events.totals.events')} value={n(totals.all.events)} hint={t('events.totals.split', { trainings: totals.all.trainings, awareness: totals.all.awareness })} />
        <Headline
          label={t('events.field.participants')}
          value={n(totals.all.participants)}
          hint={totals.all.withoutParticipants ? t('events.totals.withoutParticipants', { n: totals.all.withoutParticipants }) : undefined}
        />
        <Headline label={t('events.totals.womenMen')} value={`${n(totals.all.women)} / ${n(totals.all.men)}`} />
        <Headline label={t('events.field.reach')} value={n(totals.all.reach)} />
        <Headline
          label={t('events.totals.knowledgeGain')}
          value={percent(totals.knowledge.meanNormalisedGain, i18n.language)}
          hint={t('events.totals.knowledgeHint', { trainings: totals.knowledge.trainings, tested: totals.knowledge.tested })}
        />
        <Headline label={t('events.totals.evaluation')} value={decimal(evaluation.mean, i18n.language)} hint={t('events.totals.evaluationHint', { n: evaluation.responses })} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Breakdown title={t('events.totals.byYear')} head={t('events.field.year')} rows={years} total={totals.all} onFilter={onFilter} />
        <Breakdown title={t('events.totals.byKind')} head={t('events.field.kind')} rows={kinds} total={totals.all} horizontal onFilter={onFilter} />
        <Breakdown title={t('events.totals.byAudience')} head={t('events.field.audience')} rows={audiences} horizontal onFilter={onFilter} note={t('events.totals.audienceNote')} />
        <Breakdown title={t('events.totals.byOrganiser')} head={t('events.field.organiser')} rows={bodies} total={totals.all} horizontal onFilter={onFilter} />
      </SimpleGrid>
      {evaluation.responses > 0 && (
        <Paper withBorder p="md" radius="md" component="section">
          <Group justify="space-between" mb="sm">
            <Text fw={600}>{t('events.evaluation.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('events.evaluation.responses', { n: evaluation.responses, organisers: evaluation.organisers, participants: evaluation.participants })}
            </Text>
          </Group>
          <EvaluationTable summary={evaluation} />
        </Paper>
      )}
    </Stack>
  );
}

/** Totals of the register by year, kind, audience and body, as charts with their numbers one click away. */
export default function EventTotalsView({ filters, onFilter }: { filters: EventFilters; onFilter: (key: FilterKey, value: string) => void }) {
  const query = useQuery(eventTotalsQuery(filters));
  if (query.isError && !query.data) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton height={320} />;
  return <Totals totals={query.data} onFilter={onFilter} />;
}
