import { Anchor, Badge, Button, Stack } from '@mantine/core';
import { IconFileImport, IconUserQuestion } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../app/session';
import { DataTable, type Column } from '../ui/DataTable';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters } from '../ui/useUrlFilters';
import { planListQuery } from './api';
import { ActText, PlanPeriodText } from './PlanFacts';
import type { PlanSummary } from './types';

const NO_FILTERS = [] as const;

function CountBadge({ count, color, label }: { count: number; color: string; label: string }) {
  if (count === 0) return <span>0</span>;
  return (
    <Badge color={color} variant="light" tt="none" title={label}>
      {count}
    </Badge>
  );
}

export function PlansPage() {
  const { t } = useTranslation();
  const canMapNames = useCan('organisations.manage');
  const url = useUrlFilters(NO_FILTERS);
  const query = useQuery(planListQuery);
  const data = query.data;

  const columns: Column<PlanSummary>[] = [
    {
      key: 'title',
      header: t('plans.plan.title'),
      render: (p) => (
        <Anchor component={Link} to={`/plans/${p.id}`} size="sm" fw={600} lang="az">
          {p.title}
        </Anchor>
      ),
      sortValue: (p) => p.title,
    },
    { key: 'act', header: t('plans.plan.act'), render: (p) => <ActText act={p.act} />, sortValue: (p) => p.act?.date },
    { key: 'period', header: t('plans.plan.period'), render: (p) => <PlanPeriodText period={p.period} />, sortValue: (p) => p.period?.from, nowrap: true },
    { key: 'measureCount', header: t('plans.plan.measureCount'), render: (p) => p.measureCount, sortValue: (p) => p.measureCount, align: 'right', nowrap: true },
    {
      key: 'openVariants',
      header: t('plans.plan.openVariants'),
      render: (p) => <CountBadge count={p.openVariants} color="grape" label={t('plans.plan.openVariants')} />,
      sortValue: (p) => p.openVariants,
      align: 'right',
    },
    {
      key: 'unmatchedNames',
      header: t('plans.plan.unmatchedNames'),
      render: (p) =>
        canMapNames && p.unmatchedNames > 0 ? (
          <Anchor component={Link} to="/plans/unmatched-names" aria-label={t('plans.unmatched.openNamed', { count: p.unmatchedNames })}>
            <CountBadge count={p.unmatchedNames} color="orange" label={t('plans.plan.unmatchedNames')} />
          </Anchor>
        ) : (
          <CountBadge count={p.unmatchedNames} color="orange" label={t('plans.plan.unmatchedNames')} />
        ),
      sortValue: (p) => p.unmatchedNames,
      align: 'right',
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('nav.plans')}
        actions={
          <>
            {canMapNames && (
              <Button component={Link} to="/plans/unmatched-names" variant="default" leftSection={<IconUserQuestion size={16} aria-hidden />}>
                {t('plans.unmatched.title')}
              </Button>
            )}
            {data?.abilities.import && (
              <Button component={Link} to="/plans/import" leftSection={<IconFileImport size={16} aria-hidden />}>
                {t('plans.import.title')}
              </Button>
            )}
          </>
        }
      />
      <DataTable
        caption={t('nav.plans')}
        columns={columns}
        rows={data?.items}
        rowKey={(p) => p.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={t('plans.none')}
        emptyDescription={data?.abilities.import ? t('plans.noneHint') : undefined}
        sort={url.sort}
        onSortChange={url.setSort}
      />
    </Stack>
  );
}
