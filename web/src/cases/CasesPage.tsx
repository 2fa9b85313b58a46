import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconKey, IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../app/session';
import { DataTable, type Column } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters } from '../ui/useUrlFilters';
import { CASE_PAGE_SIZE, caseListQuery } from './api';
import { CaseStatusBadge, TraffickingStatusBadge } from './Badges';
import { codeLabel, codeOptions } from './codes';
import type { CaseSummary } from './types';

const FILTER_KEYS = ['q', 'status', 'traffickingStatus', 'channel', 'owner'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** The cases the caller may see, newest first; names only where the caller sees identities. */
export function CasesPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const query = useQuery(caseListQuery(url.filters, url.page));
  const canSearch = useCan('cases.search');
  const data = query.data;
  const hidden = t('cases.list.hidden');

  const fields: FilterField<FilterKey>[] = [
    { key: 'q', label: t('cases.list.q'), type: 'text', search: true },
    { key: 'status', label: t('cases.field.status'), type: 'select', options: codeOptions(t, 'status') },
    { key: 'traffickingStatus', label: t('cases.field.traffickingStatus'), type: 'select', options: codeOptions(t, 'traffickingStatus') },
    { key: 'channel', label: t('cases.field.channel'), type: 'select', options: codeOptions(t, 'channel') },
    {
      key: 'owner',
      label: t('cases.list.owner'),
      type: 'select',
      options: [
        { value: 'mine', label: t('cases.list.ownerMine') },
        { value: 'others', label: t('cases.list.ownerOthers') },
      ],
    },
  ];

  const columns: Column<CaseSummary>[] = [
    {
      key: 'reference',
      header: t('cases.field.reference'),
      render: (c) => (
        <Anchor component={Link} to={`/cases/${c.id}`} size="sm" fw={600} ff="monospace">
          {c.reference}
        </Anchor>
      ),
      sortValue: (c) => c.reference,
      nowrap: true,
    },
    {
      key: 'name',
      header: t('cases.field.name'),
      render: (c) =>
        c.name ?? (
          <Text span size="sm" c="dimmed" title={hidden} aria-label={hidden}>
            —
          </Text>
        ),
      sortValue: (c) => c.name,
    },
    { key: 'sex', header: t('cases.field.sex'), render: (c) => (c.sex ? codeLabel(t, 'sex', c.sex) : '—'), sortValue: (c) => c.sex, nowrap: true },
    {
      key: 'traffickingStatus',
      header: t('cases.field.traffickingStatus'),
      render: (c) => <TraffickingStatusBadge status={c.traffickingStatus} />,
      sortValue: (c) => c.traffickingStatus,
      nowrap: true,
    },
    {
      key: 'owner',
      header: t('cases.field.owner'),
      render: (c) => <span title={c.owner.nameAz}>{c.owner.shortName}</span>,
      sortValue: (c) => c.owner.shortName,
    },
    { key: 'channel', header: t('cases.field.channel'), render: (c) => codeLabel(t, 'channel', c.identificationChannel), sortValue: (c) => c.identificationChannel },
    { key: 'firstContactOn', header: t('cases.field.firstContactOn'), render: (c) => <DateText value={c.firstContactOn} />, sortValue: (c) => c.firstContactOn, nowrap: true },
    { key: 'status', header: t('cases.field.status'), render: (c) => <CaseStatusBadge status={c.status} />, sortValue: (c) => c.status, nowrap: true },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('cases.list.title')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/cases/access" variant="default" leftSection={<IconKey size={16} aria-hidden />}>
              {t('cases.nav.access')}
            </Button>
            {(data?.abilities.search ?? canSearch) && (
              <Button component={Link} to="/cases/search" variant="default" leftSection={<IconSearch size={16} aria-hidden />}>
                {t('cases.nav.search')}
              </Button>
            )}
            {data?.abilities.create && (
              <Button component={Link} to="/cases/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('cases.nav.new')}
              </Button>
            )}
          </Group>
        }
      />
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      <DataTable
        caption={t('cases.list.caption')}
        columns={columns}
        rows={data?.items}
        rowKey={(c) => c.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={url.filtered ? t('table.noMatches') : t('cases.list.none')}
        emptyDescription={url.filtered ? t('cases.list.noMatchesHint') : data?.abilities.create ? t('cases.list.noneHint') : undefined}
        sort={url.sort}
        onSortChange={url.setSort}
        pagination={data && { page: url.page, pageSize: CASE_PAGE_SIZE, total: data.total, onPageChange: url.setPage }}
      />
    </Stack>
  );
}
