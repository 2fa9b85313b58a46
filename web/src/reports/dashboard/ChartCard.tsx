import { Button, Group, Paper, Title } from '@mantine/core';
import { IconChartBar, IconTable } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartCardProps {
  title: string;
  /** The chart, drawn only while shown. */
  chart: () => ReactNode;
  /** The same figures as a plain table: one click away from the chart. */
  table: () => ReactNode;
}

/** A titled chart with a button that swaps it for the numbers behind it (and back). */
export function ChartCard({ title, chart, table }: ChartCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="center" mb="sm" wrap="wrap" gap="xs">
        <Title order={3} size="h5" id={id}>
          {title}
        </Title>
        <Button
          size="xs"
          variant="default"
          aria-controls={`${id}-body`}
          leftSection={view === 'chart' ? <IconTable size={14} aria-hidden /> : <IconChartBar size={14} aria-hidden />}
          onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
        >
          {view === 'chart' ? t('reports.dashboard.showNumbers') : t('reports.dashboard.showChart')}
        </Button>
      </Group>
      <div id={`${id}-body`}>{view === 'chart' ? chart() : table()}</div>
    </Paper>
  );
}
