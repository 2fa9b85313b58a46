import { Anchor, Breadcrumbs, Stack, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { Highlighted } from '../plans/Highlighted';
import { planQuery } from '../plans/api';
import { trimCode } from '../plans/format';
import { DataTable, type Column } from '../ui/DataTable';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters } from '../ui/useUrlFilters';
import { ENTRY_PAGE_SIZE, entrySearchQuery, periodListQuery } from './api';
import { StateBadge } from './Badges';
import { periodLabel } from './format';
import type { EntrySummary } from './types';

const FILTER_KEYS = ['q', 'organisationId', 'section', 'year'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** Every period's narratives searched at once (all words, ignoring case and diacritics), filters in the URL. */
export function ReportSearchPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const periods = useQuery(periodListQuery);
  const planIds = [...new Set((periods.data?.items ?? []).map((p) => p.plan.id))];
  const plans = useQueries({ queries: planIds.map((id) => planQuery(id)) });
  const query = useQuery(entrySearchQuery(url.filters, url.page));
  const data = query.data;
  const periodById = new Map((periods.data?.items ?? []).map((p) => [p.id, p]));

  const years = [...new Set((periods.data?.items ?? []).map((p) => p.year))].sort((a, b) => b - a);
  const sections = new Map<string, string>();
  for (const plan of plans) for (const s of plan.data?.sections ?? []) if (!sections.has(s.code)) sections.set(s.code, s.title);

  const fields: FilterField<FilterKey>[] = [
    { key: 'q', label: t('reports.search.words'), type: 'text', search: true },
    {
      key: 'organisationId',
      label: t('reports.entry.organisation'),
      type: 'custom',
      render: (value, onChange) => <OrganisationSelect label={t('reports.entry.organisation')} value={value} onChange={onChange} clearable w={260} />,
    },
    { key: 'section', label: t('reports.entry.section'), type: 'select', options: [...sections].map(([code, title]) => ({ value: code, label: `${trimCode(code)}. ${title}` })) },
    { key: 'year', label: t('reports.search.year'), type: 'select', options: years.map((y) => ({ value: String(y), label: String(y) })) },
  ];

  const columns: Column<EntrySummary>[] = [
    {
      key: 'period',
      header: t('reports.period.label'),
      render: (e) => {
        const period = periodById.get(e.periodId);
        return period ? periodLabel(t, period) : '…';
      },
      nowrap: true,
    },
    {
      key: 'code',
      header: t('reports.entry.code'),
      render: (e) => (
        <Anchor component={Link} to={`/report-entries/${e.id}`} size="sm" fw={600} title={e.measure.text} aria-label={t('reports.entry.open', { code: trimCode(e.measure.code), organisation: e.organisation.shortName })}>
          {trimCode(e.measure.code)}
        </Anchor>
      ),
      nowrap: true,
    },
    { key: 'organisation', header: t('reports.entry.organisation'), render: (e) => <span title={e.organisation.nameAz}>{e.organisation.shortName}</span> },
    { key: 'state', header: t('reports.entry.state'), render: (e) => <StateBadge state={e.state} />, nowrap: true },
    {
      key: 'excerpt',
      header: t('reports.search.excerpt'),
      render: (e) => (
        <Text size="sm" lang="az">
          <Highlighted text={e.excerpt ?? e.narrative.slice(0, 200)} query={url.filters.q || undefined} />
        </Text>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/reports" size="sm">
          {t('nav.reports')}
        </Anchor>
      </Breadcrumbs>
      <PageHeader title={t('reports.search.title')} />
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      <DataTable
        caption={t('reports.search.title')}
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
  );
}
