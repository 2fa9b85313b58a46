import { ActionIcon, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS } from '../../../common/src/roles';
import { activeOptions } from '../ui/activeOptions';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DataTable, type Column } from '../ui/DataTable';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { ActiveBadge } from '../ui/StatusBadge';
import { useUrlFilters } from '../ui/useUrlFilters';
import { organisationListQuery, PAGE_SIZE, useDeleteOrganisation, type Organisation } from './api';
import { OrganisationForm } from './OrganisationForm';

const FILTER_KEYS = ['q', 'kind', 'active'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** null: closed; 'new': creating; an organisation: editing it. */
type Editing = null | 'new' | Organisation;

export function OrganisationsPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const query = useQuery(organisationListQuery(url.filters, url.page));
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Organisation | null>(null);
  const remove = useDeleteOrganisation();
  const data = query.data;

  const fields: FilterField<FilterKey>[] = [
    { key: 'q', label: t('filters.search'), type: 'text', search: true },
    {
      key: 'kind',
      label: t('organisation.kind'),
      type: 'select',
      options: ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`orgKind.${kind}`) })),
    },
    { key: 'active', label: t('filters.status'), type: 'select', options: activeOptions(t) },
  ];

  const columns: Column<Organisation>[] = [
    {
      key: 'nameAz',
      header: t('organisation.nameAz'),
      render: (o) => (
        <Stack gap={0}>
          <Text size="sm" lang="az">
            {o.nameAz}
          </Text>
          {o.aliases.length > 0 && (
            <Text size="xs" c="dimmed" lineClamp={1} title={o.aliases.join(', ')}>
              {o.aliases.join(', ')}
            </Text>
          )}
        </Stack>
      ),
      sortValue: (o) => o.nameAz,
    },
    { key: 'shortName', header: t('organisation.shortName'), render: (o) => o.shortName, sortValue: (o) => o.shortName, nowrap: true },
    { key: 'kind', header: t('organisation.kind'), render: (o) => t(`orgKind.${o.kind}`), sortValue: (o) => t(`orgKind.${o.kind}`) },
    { key: 'userCount', header: t('organisation.userCount'), render: (o) => o.userCount, sortValue: (o) => o.userCount, align: 'right', nowrap: true },
    { key: 'active', header: t('filters.status'), render: (o) => <ActiveBadge active={o.active} />, nowrap: true },
    {
      key: 'actions',
      header: t('table.actions'),
      nowrap: true,
      render: (o) => (
        <Group gap={4} wrap="nowrap">
          {o.abilities.update && (
            <Tooltip label={t('common.edit')}>
              <ActionIcon variant="subtle" onClick={() => setEditing(o)} aria-label={t('organisations.editNamed', { name: o.shortName })}>
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )}
          {o.abilities.delete && (
            <Tooltip label={t('common.delete')}>
              <ActionIcon variant="subtle" color="red" onClick={() => setDeleting(o)} aria-label={t('organisations.deleteNamed', { name: o.shortName })}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('nav.organisations')}
        actions={
          data?.abilities.create && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('organisations.create')}
            </Button>
          )
        }
      />
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      <DataTable
        caption={t('nav.organisations')}
        columns={columns}
        rows={data?.items}
        rowKey={(o) => o.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={url.filtered ? t('table.noMatches') : t('organisations.none')}
        emptyDescription={url.filtered ? t('table.noMatchesHint') : undefined}
        sort={url.sort}
        onSortChange={url.setSort}
        pagination={data && { page: data.page, pageSize: data.pageSize || PAGE_SIZE, total: data.total, onPageChange: url.setPage }}
      />
      {editing !== null && (
        <OrganisationForm
          key={editing === 'new' ? 'new' : editing.id}
          organisation={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('organisations.deleteTitle')}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          notifications.show({ color: 'teal', message: t('organisations.deleted', { name: deleting.shortName }) });
        }}
      >
        <Text size="sm">{t('organisations.deleteMessage', { name: deleting?.nameAz ?? '' })}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
