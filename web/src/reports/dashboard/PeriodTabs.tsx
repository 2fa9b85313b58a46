import { Skeleton, Tabs } from '@mantine/core';
import { IconChartBar, IconList } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodOverview } from '../PeriodOverview';
import type { PeriodDetail } from '../types';

/** Loaded (with ECharts) only when a reviewer opens the dashboard. */
const PeriodDashboard = lazy(() => import('./PeriodDashboard'));

/** For reviewers: the period's progress and entries, and the dashboard beside them. */
export function PeriodTabs({ period }: { period: PeriodDetail }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('overview');
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="overview" leftSection={<IconList size={16} aria-hidden />}>
          {t('reports.dashboard.overviewTab')}
        </Tabs.Tab>
        <Tabs.Tab value="dashboard" leftSection={<IconChartBar size={16} aria-hidden />}>
          {t('reports.dashboard.tab')}
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
    </Tabs>
  );
}
