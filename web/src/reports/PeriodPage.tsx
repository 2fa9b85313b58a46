import { Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../app/session';
import { ConfirmButton } from '../ui/ConfirmButton';
import { DateText } from '../ui/DateText';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { periodQuery, useClosePeriod } from './api';
import { periodLabel } from './format';
import { MyTasks } from './MyTasks';
import { PeriodOverview } from './PeriodOverview';
import { PeriodTabs } from './dashboard/PeriodTabs';
import { PeriodStatusBadge } from './ReportsPage';
import { ReportDownloads } from './ReportDownloads';
import type { PeriodDetail } from './types';

function ClosePeriodButton({ period }: { period: PeriodDetail }) {
  const { t } = useTranslation();
  const close = useClosePeriod(period.id);
  return (
    <ConfirmButton
      label={t('reports.period.close')}
      title={t('reports.period.closeTitle', { period: periodLabel(t, period) })}
      confirmLabel={t('reports.period.close')}
      danger
      onConfirm={async () => {
        await close.mutateAsync();
        notifications.show({ color: 'teal', message: t('reports.period.closed') });
      }}
    >
      <Text size="sm">{t('reports.period.closeMessage', { submitted: period.counts.submitted, total: period.counts.total })}</Text>
    </ConfirmButton>
  );
}

/** One reporting period: the body's own tasks, and for reviewers and readers the progress of every body. */
export function PeriodPage() {
  const { t } = useTranslation();
  const { periodId = '' } = useParams();
  const canWrite = useCan('reports.write');
  const canReview = useCan('reports.review');
  const query = useQuery(periodQuery(periodId));
  const period = query.data;

  if (query.isError && !period) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const label = period ? periodLabel(t, period) : '';
  const open = period?.status === 'open';

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/reports" size="sm">
          {t('nav.reports')}
        </Anchor>
        <Text size="sm">{label || t('common.loading')}</Text>
      </Breadcrumbs>
      {period ? (
        <PageHeader
          title={t('reports.period.title', { period: label })}
          actions={
            <>
              {canWrite && open && (
                <Button component={Link} to={`/reports/${period.id}/import`} variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
                  {t('reports.import.button')}
                </Button>
              )}
              <ReportDownloads period={period} />
              {period.abilities.close && open && <ClosePeriodButton period={period} />}
            </>
          }
        />
      ) : (
        <Skeleton height={32} width="40%" />
      )}
      {period && (
        <Group gap="lg" wrap="wrap">
          <Text size="sm" lang="az">
            {period.plan.title}
          </Text>
          <Text size="sm">
            {t('reports.period.covers')}: <DateText value={period.startsOn} /> – <DateText value={period.endsOn} />
          </Text>
          <Text size="sm">
            {t('reports.period.dueOn')}: <DateText value={period.dueOn} />
          </Text>
          <PeriodStatusBadge status={period.status} />
        </Group>
      )}
      {period && canWrite && <MyTasks period={period} />}
      {period && canReview && <PeriodTabs period={period} />}
      {period && !canReview && (period.abilities.review || !canWrite) && <PeriodOverview period={period} />}
    </Stack>
  );
}
