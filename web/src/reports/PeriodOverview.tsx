import { Anchor, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trimCode } from '../plans/format';
import { planQuery } from '../plans/api';
import { DataTable, type Column } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { useUrlFilters, type UrlFilters } from '../ui/useUrlFilters';
import { ENTRY_PAGE_SIZE, entryPageQuery } from './api';
import { AcceptedProgress, LateBadge, LateCount, StateBadge, StatusBadge } from './Badges';
import { stateOptions } from './format';
import type { EntrySummary, PeriodDetail, PeriodOrganisation } from './types';

const FILTER_KEYS = ['state', 'organisationId', 'section'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

function OrganisationProgress({ period, url }: { period: PeriodDetail; url: UrlFilters<FilterKey> }) {
  const { t } = useTranslation();
  const count = (key: keyof PeriodOrganisation['counts']) => ({
    key,
    header: key === 'total' ? t('reports.progress.total') : key === 'late' ? t('reports.period.late') : t(`reports.state.${key}`),
    render: (o: PeriodOrganisation) => (key === 'late' ? <LateCount count={o.counts.late} /> : o.counts[key]),
    sortValue: (o: PeriodOrganisation) => o.counts[key],
    align: 'right' as const,
  });
  const columns: Column<PeriodOrganisation>[] = [
    {
      key: 'organisation',
      header: t('reports.entry.organisation'),
      render: (o) => (
        <UnstyledButton onClick={() => url.setFilter('organisationId', o.id)} title={o.nameAz} fz="sm" fw={600} td="underline" c="indigo.9">
          {o.shortName}
        </UnstyledButton>
      ),
      sortValue: (o) => o.shortName,
    },
    count('total'),
    count('draft'),
    count('submitted'),
    count('returned'),
    count('accepted'),
    count('late'),
    { key: 'progress', header: t('reports.period.progress'), render: (o) => <AcceptedProgress accepted={o.counts.accepted} total={o.counts.total} /> },
  ];
  return (
    <DataTable
      caption={t('reports.progress.title')}
      columns={columns}
      rows={period.organisations}
      rowKey={(o) => o.id}
      loading={false}
      error={null}
      emptyTitle={t('reports.progress.none')}
    />
  );
}

/** Progress of every body, and the entries of the period filtered by state, body and section (in the URL). */
export function PeriodOverview({ period }: { period: PeriodDetail }) {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const plan = useQuery(planQuery(period.plan.id));
  const query = useQuery(entryPageQuery({ periodId: period.id, ...url.filters }, url.page));
  const data = query.data;

  const fields: FilterField<FilterKey>[] = [
    { key: 'state', label: t('reports.entry.state'), type: 'select', options: stateOptions(t) },
    { key: 'organisationId', label: t('reports.entry.organisation'), type: 'select', options: period.organisations.map((o) => ({ value: o.id, label: o.shortName })) },
    {
      key: 'section',
      label: t('reports.entry.section'),
      type: 'select',
      options: (plan.data?.sections ?? []).map((s) => ({ value: s.code, label: `${trimCode(s.code)}. ${s.title}` })),
    },
  ];
  const columns: Column<EntrySummary>[] = [
    {
      key: 'code',
      header: t('reports.entry.code'),
      render: (e) => (
        <Anchor component={Link} to={`/report-entries/${e.id}`} size="sm" fw={600} aria-label={t('reports.entry.open', { code: trimCode(e.measure.code), organisation: e.organisation.shortName })}>
          {trimCode(e.measure.code)}
        </Anchor>
      ),
      nowrap: true,
    },
    {
      key: 'measure',
      header: t('reports.entry.measure'),
      render: (e) => (
        <Text size="sm" lineClamp={2} lang="az" title={e.measure.text}>
          {e.measure.text}
        </Text>
      ),
    },
    { key: 'organisation', header: t('reports.entry.organisation'), render: (e) => <span title={e.organisation.nameAz}>{e.organisation.shortName}</span> },
    { key: 'role', header: t('reports.entry.role'), render: (e) => t(`plans.role.${e.role}`) },
    { key: 'state', header: t('reports.entry.state'), render: (e) => <StateBadge state={e.state} />, nowrap: true },
    { key: 'status', header: t('reports.entry.status'), render: (e) => <StatusBadge status={e.status} />, nowrap: true },
    { key: 'late', header: t('reports.period.late'), render: (e) => (e.late ? <LateBadge /> : null) },
    { key: 'updatedAt', header: t('reports.entry.updatedAt'), render: (e) => <DateText value={e.updatedAt} withTime />, nowrap: true },
  ];

  return (
    <Stack gap="md">
      <section aria-labelledby="period-progress">
        <Title order={2} size="h4" id="period-progress" mb="xs">
          {t('reports.progress.title')}
        </Title>
        <OrganisationProgress period={period} url={url} />
      </section>
      <section aria-labelledby="period-entries">
        <Title order={2} size="h4" id="period-entries" mb="xs">
          {t('reports.entries.title')}
        </Title>
        <Stack gap="sm">
          <FilterBar label={t('filters.label')} fields={fields} state={url} />
          <DataTable
            caption={t('reports.entries.title')}
            columns={columns}
            rows={data?.items}
            rowKey={(e) => e.id}
            loading={query.isFetching}
            error={query.error}
            onRetry={() => void query.refetch()}
            emptyTitle={url.filtered ? t('table.noMatches') : t('reports.entries.none')}
            emptyDescription={url.filtered ? t('table.noMatchesHint') : undefined}
            pagination={data ? { page: data.page, pageSize: data.pageSize || ENTRY_PAGE_SIZE, total: data.total, onPageChange: url.setPage } : undefined}
          />
        </Stack>
      </section>
    </Stack>
  );
}
