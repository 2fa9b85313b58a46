import { Anchor, Badge, Button, CloseButton, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { IconChartBar, IconList, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan, useSession } from '../app/session';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { trimCode } from '../plans/format';
import { DataTable, type Column } from '../ui/DataTable';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters } from '../ui/useUrlFilters';
import { eventListQuery, PAGE_SIZE } from './api';
import { EventForm } from './EventForm';
import { dash, dateRange } from './format';
import { AUDIENCES, EVENT_GROUPS, EVENT_KINDS, FILTER_KEYS, type EventSummary, type FilterKey } from './types';

/** Loaded (with ECharts) only when the totals are opened. */
const EventTotalsView = lazy(() => import('./EventTotalsView'));

const FIRST_YEAR = 2004;

export function KindBadge({ event }: { event: Pick<EventSummary, 'kind' | 'group'> }) {
  const { t } = useTranslation();
  const color = event.group === 'training' ? 'indigo' : event.group === 'awareness' ? 'teal' : 'gray';
  return (
    <Badge variant="light" color={color} tt="none" style={{ flexShrink: 0, maxWidth: 'none', minWidth: 'max-content' }}>
      {t(`events.kind.${event.kind}`)}
    </Badge>
  );
}

/** The register of events and its totals, with the same filters (in the URL) for both. */
export function EventsPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'totals' ? 'totals' : 'register';
  const query = useQuery({ ...eventListQuery(url.filters, url.page), enabled: tab === 'register' });
  const [creating, setCreating] = useState(false);
  const data = query.data;
  const { user } = useSession();
  const canCreate = useCan('reports.write') || user.role === 'national_coordinator' || user.role === 'secretariat';
  const thisYear = new Date().getFullYear();

  const openTab = (next: string | null) => {
    if (!next || next === tab) return;
    const search = new URLSearchParams(window.location.search);
    if (next === 'totals') search.set('tab', 'totals');
    else search.delete('tab');
    search.delete('page');
    setParams(search);
  };

  const fields: FilterField<FilterKey>[] = [
    { key: 'q', label: t('filters.search'), type: 'text', search: true },
    {
      key: 'year',
      label: t('events.field.year'),
      type: 'select',
      options: Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => String(thisYear + 1 - i)).map((y) => ({ value: y, label: y })),
    },
    { key: 'group', label: t('events.field.group'), type: 'select', options: EVENT_GROUPS.map((g) => ({ value: g, label: t(`events.group.${g}`) })) },
    { key: 'kind', label: t('events.field.kind'), type: 'select', options: EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) })) },
    { key: 'audience', label: t('events.field.audience'), type: 'select', options: AUDIENCES.map((a) => ({ value: a, label: t(`events.audience.${a}`) })) },
    {
      key: 'organiserId',
      label: t('events.field.organiser'),
      type: 'custom',
      render: (value, onChange) => <OrganisationSelect label={t('events.field.organiser')} value={value} onChange={onChange} clearable w={240} />,
    },
    { key: 'section', label: t('events.field.section'), type: 'text' },
  ];

  const columns: Column<EventSummary>[] = [
    { key: 'dates', header: t('events.field.dates'), render: (e) => dateRange(e.dateFrom, e.dateTo), sortValue: (e) => e.dateFrom ?? String(e.year), nowrap: true },
    {
      key: 'title',
      header: t('events.field.title'),
      render: (e) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/events/${e.id}`} size="sm" fw={600} lang="az">
            {e.title}
          </Anchor>
          {e.place && (
            <Text size="xs" c="dimmed" lang="az">
              {e.place}
            </Text>
          )}
        </Stack>
      ),
      sortValue: (e) => e.title,
    },
    { key: 'kind', header: t('events.field.kind'), render: (e) => <KindBadge event={e} />, sortValue: (e) => t(`events.kind.${e.kind}`), nowrap: true },
    { key: 'organiser', header: t('events.field.organiser'), render: (e) => <span title={e.organiser.nameAz}>{e.organiser.shortName}</span>, sortValue: (e) => e.organiser.shortName },
    {
      key: 'audiences',
      header: t('events.field.audiences'),
      render: (e) => (e.audiences.length ? e.audiences.map((a) => t(`events.audience.${a}`)).join(', ') : '—'),
    },
    {
      key: 'participants',
      header: t('events.field.participants'),
      render: (e) => (
        <span>
          {dash(e.participants)}
          {(e.women !== null || e.men !== null) && (
            <Text span size="xs" c="dimmed">
              {' '}
              ({t('events.womenMen', { women: dash(e.women), men: dash(e.men) })})
            </Text>
          )}
        </span>
      ),
      sortValue: (e) => e.participants,
      align: 'right',
      nowrap: true,
    },
    { key: 'measures', header: t('events.field.measures'), render: (e) => (e.measures.length ? e.measures.map((m) => trimCode(m.code)).join(', ') : '—'), nowrap: true },
    {
      key: 'origin',
      header: t('events.field.origin'),
      render: (e) => (
        <Badge variant="outline" color={e.origin === 'report' && e.entry ? 'grape' : 'gray'} tt="none" style={{ maxWidth: 'none', minWidth: 'max-content' }}>
          {e.entry ? t('events.origin.report', { year: e.entry.year }) : t('events.origin.register')}
        </Badge>
      ),
      nowrap: true,
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('events.title')}
        actions={
          canCreate && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('events.create')}
            </Button>
          )
        }
      />
      <Text size="sm" c="dimmed" maw={900}>
        {t('events.intro')}
      </Text>
      <FilterBar label={t('events.filters')} fields={fields} state={url} />
      {url.filters.measureId && (
        <Group gap={4}>
          <Badge variant="light" size="lg" tt="none" rightSection={<CloseButton size="xs" aria-label={t('filters.clearField')} onClick={() => url.setFilter('measureId', '')} />}>
            {t('events.measureFilter')}
          </Badge>
        </Group>
      )}
      <Tabs value={tab} onChange={openTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="register" leftSection={<IconList size={16} aria-hidden />}>
            {t('events.tab.register')}
          </Tabs.Tab>
          <Tabs.Tab value="totals" leftSection={<IconChartBar size={16} aria-hidden />}>
            {t('events.tab.totals')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register" pt="md">
          <DataTable
            caption={t('events.tab.register')}
            columns={columns}
            rows={data?.items}
            rowKey={(e) => e.id}
            loading={query.isFetching}
            error={query.error}
            onRetry={() => void query.refetch()}
            emptyTitle={url.filtered ? t('table.noMatches') : t('events.none')}
            emptyDescription={url.filtered ? t('table.noMatchesHint') : t('events.noneHint')}
            sort={url.sort}
            onSortChange={url.setSort}
            pagination={data && { page: data.page, pageSize: data.pageSize || PAGE_SIZE, total: data.total, onPageChange: url.setPage }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="totals" pt="md">
          <Suspense fallback={<Skeleton height={320} />}>
            <EventTotalsView filters={url.filters} onFilter={(key, value) => {
              const search = new URLSearchParams(window.location.search);
              search.set(key, value);
              search.delete('tab');
              search.delete('page');
              setParams(search);
            }} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
      {creating && <EventForm event={null} opened onClose={() => setCreating(false)} />}
    </Stack>
  );
}
