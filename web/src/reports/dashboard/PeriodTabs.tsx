import { Skeleton, Tabs } from '@mantine/core';
import { IconChartBar, IconList, IconListDetails } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PeriodOverview } from '../PeriodOverview';
import type { PeriodDetail } from '../types';
import { periodTabOf, periodTabSearch } from './tabs';

/** Loaded (with ECharts) only when a reviewer opens the dashboard or the needs. */
const PeriodDashboard = lazy(() => import('./PeriodDashboard'));
const NeedsView = lazy(() => import('./NeedsView'));

/** For reviewers: the period's progress and entries, the dashboard and the needs beside them. */
export function PeriodTabs({ period }: { period: PeriodDetail }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = periodTabOf(params.get('tab'));
  // Each tab has its own filters in the URL: another tab starts without them.
  const open = (next: string | null) => {
    if (next && next !== tab) setParams(new URLSearchParams(periodTabSearch(periodTabOf(next))));
  };
  return (
    <Tabs value={tab} onChange={open} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="overview" leftSection={<IconList size={16} aria-hidden />}>
          {t('reports.dashboard.overviewTab')}
        </Tabs.Tab>
        <Tabs.Tab value="dashboard" leftSection={<IconChartBar size={16} aria-hidden />}>
          {t('reports.dashboard.tab')}
        </Tabs.Tab>
        <Tabs.Tab value="needs" leftSection={<IconListDetails size={16} aria-hidden />}>
          {t('reports.needsView.tab')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="overview" pt="md">
        <PeriodOverview period={period} />
      </Tabs.Panel>
      <Tabs.Panel value="dashboard" pt="md">
        <Suspense fallback={<Skeleton height={320} />}>
          <PeriodDashboard periodId={period.id} />
        </Suspense>
      </Tabs.Panel>
      <Tabs.Panel value="needs" pt="md">
        <Suspense fallback={<Skeleton height={320} />}>
          <NeedsView periodId={period.id} />
        </Suspense>
      </Tabs.Panel>
    </Tabs>
  );
}
