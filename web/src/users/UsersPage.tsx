import { ActionIcon, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../common/src/roles';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { activeOptions } from '../ui/activeOptions';
import { DataTable, type Column } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { ActiveBadge } from '../ui/StatusBadge';
import { useUrlFilters } from '../ui/useUrlFilters';
import { isLocked, PAGE_SIZE, userListQuery, type User } from './api';
import { UserForm } from './UserForm';

const FILTER_KEYS = ['q', 'organisationId', 'role', 'active'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** null: closed; 'new': creating; a user: editing them. */
type Editing = null | 'new' | User;

function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <ActiveBadge active={user.active} />
      {isLocked(user) && (
        <Badge color="red" variant="filled" size="sm">
          {t('status.locked')}
        </Badge>
      )}
      <Badge color={user.totpEnabled ? 'indigo' : 'gray'} variant="outline" size="sm">
        {user.totpEnabled ? t('status.totpOn') : t('status.totpOff')}
      </Badge>
    </Group>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const query = useQuery(userListQuery(url.filters, url.page));
  const [editing, setEditing] = useState<Editing>(null);
  const data = query.data;

  const fields: FilterField<FilterKey>[] = [
    { key: 'q', label: t('filters.search'), type: 'text', search: true },
    {
      key: 'organisationId',
      label: t('user.organisation'),
      type: 'custom',
      render: (value, onChange) => (
        <OrganisationSelect label={t('user.organisation')} value={value} onChange={onChange} clearable w={260} />
      ),
    },
    { key: 'role', label: t('user.role'), type: 'select', options: ROLES.map((role) => ({ value: role, label: t(`role.${role}`) })) },
    { key: 'active', label: t('filters.status'), type: 'select', options: activeOptions(t) },
  ];

  const columns: Column<User>[] = [
    { key: 'fullName', header: t('user.fullName'), render: (u) => u.fullName, sortValue: (u) => u.fullName },
    { key: 'login', header: t('user.login'), render: (u) => <Text size="sm" ff="monospace">{u.login}</Text>, sortValue: (u) => u.login },
    {
      key: 'organisation',
      header: t('user.organisation'),
      render: (u) => <span title={u.organisation.nameAz}>{u.organisation.shortName}</span>,
      sortValue: (u) => u.organisation.shortName,
    },
    { key: 'role', header: t('user.role'), render: (u) => t(`role.${u.role}`), sortValue: (u) => t(`role.${u.role}`) },
    { key: 'status', header: t('filters.status'), render: (u) => <UserStatus user={u} />, nowrap: true },
    {
      key: 'lastLoginAt',
      header: t('user.lastLogin'),
      render: (u) => <DateText value={u.lastLoginAt} withTime />,
      sortValue: (u) => u.lastLoginAt,
      nowrap: true,
    },
    {
      key: 'actions',
      header: t('table.actions'),
      nowrap: true,
      render: (u) =>
        u.abilities.update && (
          <Tooltip label={t('common.edit')}>
            <ActionIcon variant="subtle" onClick={() => setEditing(u)} aria-label={t('users.editNamed', { name: u.fullName })}>
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        ),
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('nav.users')}
        actions={
          data?.abilities.create && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('users.create')}
            </Button>
          )
        }
      />
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      <DataTable
        caption={t('nav.users')}
        columns={columns}
        rows={data?.items}
        rowKey={(u) => u.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={url.filtered ? t('table.noMatches') : t('users.none')}
        emptyDescription={url.filtered ? t('table.noMatchesHint') : undefined}
        sort={url.sort}
        onSortChange={url.setSort}
        pagination={data && { page: data.page, pageSize: data.pageSize || PAGE_SIZE, total: data.total, onPageChange: url.setPage }}
      />
      {editing !== null && (
        <UserForm key={editing === 'new' ? 'new' : editing.id} user={editing === 'new' ? null : editing} opened onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
