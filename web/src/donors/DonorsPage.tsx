import { Anchor, Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../ui/DataTable';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters } from '../ui/useUrlFilters';
import { donorListQuery } from './api';
import { DonorForm } from './DonorForm';
import { useMoney } from './format';
import { DONOR_KINDS, type DonorSummary } from './types';

const FILTER_KEYS = ['q', 'kind'] as const;

/** Donors and partners: the Coordinator's office sees all; a body, those whose support concerns it. */
export function DonorsPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const query = useQuery(donorListQuery(url.filters));
  const [creating, setCreating] = useState(false);
  const money = useMoney();
  const data = query.data;

  const fields: FilterField<(typeof FILTER_KEYS)[number]>[] = [
    { key: 'q', label: t('filters.search'), type: 'text', search: true },
    { key: 'kind', label: t('donors.field.kind'), type: 'select', options: DONOR_KINDS.map((k) => ({ value: k, label: t(`donors.kind.${k}`) })) },
  ];
  const columns: Column<DonorSummary>[] = [
    {
      key: 'name',
      header: t('donors.field.name'),
      render: (d) => (
        <Anchor component={Link} to={`/donors/${d.id}`} size="sm" fw={600}>
          {d.name}
        </Anchor>
      ),
      sortValue: (d) => d.name,
    },
    { key: 'kind', header: t('donors.field.kind'), render: (d) => t(`donors.kind.${d.kind}`), sortValue: (d) => t(`donors.kind.${d.kind}`) },
    { key: 'country', header: t('donors.field.country'), render: (d) => d.country ?? '—', sortValue: (d) => d.country },
    { key: 'kinds', header: t('donors.supportKinds'), render: (d) => (d.kinds.length ? d.kinds.map((k) => t(`donors.supportKind.${k}`)).join(', ') : '—') },
    { key: 'supports', header: t('donors.supportCount'), render: (d) => d.supportCount, sortValue: (d) => d.supportCount, align: 'right' },
    { key: 'amounts', header: t('donors.support.amount'), render: (d) => money.list(d.amounts), align: 'right', nowrap: true },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('donors.title')}
        actions={
          data?.abilities.create && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('donors.create')}
            </Button>
          )
        }
      />
      <Text size="sm" c="dimmed" maw={900}>
        {t('donors.intro')}
      </Text>
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      <DataTable
        caption={t('donors.title')}
        columns={columns}
        rows={data?.items}
        rowKey={(d) => d.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={url.filtered ? t('table.noMatches') : t('donors.none')}
        emptyDescription={url.filtered ? t('table.noMatchesHint') : undefined}
        sort={url.sort}
        onSortChange={url.setSort}
      />
      {creating && <DonorForm donor={null} opened onClose={() => setCreating(false)} />}
    </Stack>
  );
}
