import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters } from '../ui/useUrlFilters';
import { runsMeetings } from './access';
import { actionItemPageQuery } from './api';
import { ActionItemsTable } from './ActionItemsTable';
import { statusOptions } from './format';

const FILTERS = ['status', 'overdue', 'organisationId'] as const;

/**
 * Action items given by meetings' decisions: a body's own (what it is to do, and reports progress
 * on), or every body's for the Coordinator's office. Pending ones first, soonest due first.
 */
export function ActionItemsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const office = runsMeetings(user.role);
  const url = useUrlFilters(FILTERS);
  const { status, overdue, organisationId } = url.filters;
  const query = useQuery(actionItemPageQuery({ status, overdue: overdue === 'true' || undefined, organisationId: office ? organisationId : undefined }, url.page));
  const data = query.data;

  const fields: FilterField<(typeof FILTERS)[number]>[] = [
    { key: 'status', label: t('meetings.actionItems.status'), type: 'select', options: statusOptions(t) },
    { key: 'overdue', label: t('meetings.actionItems.overdue'), type: 'select', options: [{ value: 'true', label: t('meetings.actionItems.overdueOnly') }] },
  ];
  if (office) {
    fields.push({
      key: 'organisationId',
      label: t('meetings.actionItems.body'),
      type: 'custom',
      render: (value, onChange) => <OrganisationSelect label={t('meetings.actionItems.body')} value={value} onChange={onChange} clearable w={280} />,
    });
  }

  return (
    <Stack gap="md">
      <PageHeader title={office ? t('nav.actionItems') : t('meetings.actionItems.mine')} />
      {!office && (
        <Text size="sm" c="dimmed">
          {t('meetings.actionItems.mineHint')}
        </Text>
      )}
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      <ActionItemsTable
        caption={t('nav.actionItems')}
        rows={data?.items}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={url.filtered ? t('table.noMatches') : office ? t('meetings.actionItems.none') : t('meetings.actionItems.noneMine')}
        withSource
        sort={url.sort}
        onSortChange={url.setSort}
        pagination={data ? { page: url.page, pageSize: data.pageSize, total: data.total, onPageChange: url.setPage } : undefined}
      />
    </Stack>
  );
}
