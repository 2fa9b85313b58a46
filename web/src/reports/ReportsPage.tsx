import { Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters } from '../ui/useUrlFilters';
import { periodListQuery } from './api';
import { AcceptedProgress, LateCount } from './Badges';
import { periodLabel } from './format';
import { PeriodForm } from './PeriodForm';
import type { ReportPeriod } from './types';

const NO_FILTERS = [] as const;

export function PeriodStatusBadge({ status }: { status: ReportPeriod['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'open' ? 'teal' : 'gray'} variant={status === 'open' ? 'light' : 'outline'} tt="none">
      {t(`reports.periodStatus.${status}`)}
    </Badge>
  );
}

/** Reporting periods of every plan, newest first as the server sends them. */
export function ReportsPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(NO_FILTERS);
  const query = useQuery(periodListQuery);
  const [creating, { open, close }] = useDisclosure(false);
  const data = query.data;

  const columns: Column<ReportPeriod>[] = [
    {
      key: 'period',
      header: t('reports.period.label'),
      render: (p) => (
        <Anchor component={Link} to={`/reports/${p.id}`} size="sm" fw={600}>
          {periodLabel(t, p)}
        </Anchor>
      ),
      sortValue: (p) => `${p.year}-${p.half ?? 0}`,
      nowrap: true,
    },
    { key: 'plan', header: t('reports.period.plan'), render: (p) => <span lang="az">{p.plan.title}</span>, sortValue: (p) => p.plan.title },
    { key: 'dueOn', header: t('reports.period.dueOn'), render: (p) => <DateText value={p.dueOn} />, sortValue: (p) => p.dueOn, nowrap: true },
    { key: 'status', header: t('reports.period.status'), render: (p) => <PeriodStatusBadge status={p.status} />, sortValue: (p) => p.status },
    {
      key: 'progress',
      header: t('reports.period.progress'),
      render: (p) => <AcceptedProgress accepted={p.counts.accepted} total={p.counts.total} />,
      sortValue: (p) => (p.counts.total ? p.counts.accepted / p.counts.total : 0),
    },
    { key: 'late', header: t('reports.period.late'), render: (p) => <LateCount count={p.counts.late} />, sortValue: (p) => p.counts.late, align: 'right' },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('nav.reports')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/reports/search" variant="default" leftSection={<IconSearch size={16} aria-hidden />}>
              {t('reports.search.title')}
            </Button>
            {data?.abilities.create && (
              <Button leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={open}>
                {t('reports.period.create')}
              </Button>
            )}
          </Group>
        }
      />
      <DataTable
        caption={t('reports.period.caption')}
        columns={columns}
        rows={data?.items}
        rowKey={(p) => p.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={t('reports.period.none')}
        emptyDescription={data?.abilities.create ? t('reports.period.noneHint') : undefined}
        sort={url.sort}
        onSortChange={url.setSort}
      />
      {creating && <PeriodForm opened onClose={close} />}
    </Stack>
  );
}
