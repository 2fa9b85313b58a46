import { Code, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCan } from '../app/session';
import { translateIfKnown } from '../i18n/dynamic';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { DataTable, type Column } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters } from '../ui/useUrlFilters';
import { UserSelect } from '../users/UserSelect';
import { actionKey, auditListQuery, KNOWN_ACTIONS, PAGE_SIZE, type AuditEntry } from './api';

const FILTER_KEYS = ['from', 'to', 'userId', 'organisationId', 'action', 'resource', 'recordId'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const actionLabel = (action: string) => translateIfKnown(actionKey(action)) ?? action;

function Details({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const hasDetails = Object.keys(entry.details ?? {}).length > 0;
  return (
    <Stack gap={6} py={4}>
      <Group gap="lg">
        <Text size="xs">
          {t('audit.field.seq')}: <Code>{entry.seq}</Code>
        </Text>
        <Text size="xs">
          {t('audit.field.action')}: <Code>{entry.action}</Code>
        </Text>
        {entry.recordId && (
          <Text size="xs">
            {t('audit.field.recordId')}: <Code>{entry.recordId}</Code>
          </Text>
        )}
        {entry.requestId && (
          <Text size="xs">
            {t('problem.requestId')}: <Code>{entry.requestId}</Code>
          </Text>
        )}
      </Group>
      {hasDetails ? (
        <Code block fz="xs" aria-label={t('audit.field.details')}>
          {JSON.stringify(entry.details, null, 2)}
        </Code>
      ) : (
        <Text size="xs" c="dimmed">
          {t('audit.noDetails')}
        </Text>
      )}
    </Stack>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const canReadUsers = useCan('users.read');
  const url = useUrlFilters(FILTER_KEYS);
  const query = useQuery(auditListQuery(url.filters, url.page));
  const data = query.data;

  const userField: FilterField<FilterKey> = canReadUsers
    ? {
        key: 'userId',
        label: t('audit.field.user'),
        type: 'custom',
        render: (value, onChange) => <UserSelect label={t('audit.field.user')} value={value} onChange={onChange} w={240} />,
      }
    : { key: 'userId', label: t('audit.field.userId'), type: 'text' };

  const fields: FilterField<FilterKey>[] = [
    { key: 'from', label: t('audit.field.from'), type: 'date' },
    { key: 'to', label: t('audit.field.to'), type: 'date' },
    userField,
    {
      key: 'organisationId',
      label: t('audit.field.organisation'),
      type: 'custom',
      render: (value, onChange) => <OrganisationSelect label={t('audit.field.organisation')} value={value} onChange={onChange} clearable w={240} />,
    },
    {
      key: 'action',
      label: t('audit.field.action'),
      type: 'suggest',
      options: KNOWN_ACTIONS.map((action) => ({ value: action, label: actionLabel(action) })),
    },
    { key: 'resource', label: t('audit.field.resource'), type: 'text' },
    { key: 'recordId', label: t('audit.field.recordId'), type: 'text' },
  ];

  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit.field.at'), render: (e) => <DateText value={e.at} withTime />, sortValue: (e) => e.at, nowrap: true },
    {
      key: 'user',
      header: t('audit.field.user'),
      render: (e) =>
        e.user ? (
          <span title={e.user.login}>{e.user.fullName}</span>
        ) : (
          <Text size="sm" c="dimmed" component="span">
            {t('audit.system')}
          </Text>
        ),
      sortValue: (e) => e.user?.fullName,
    },
    { key: 'organisation', header: t('audit.field.organisation'), render: (e) => e.organisation?.shortName ?? '—', sortValue: (e) => e.organisation?.shortName },
    {
      key: 'role',
      header: t('audit.field.role'),
      render: (e) => (e.role ? (translateIfKnown(`role.${e.role}`) ?? e.role) : '—'),
    },
    { key: 'action', header: t('audit.field.action'), render: (e) => <span title={e.action}>{actionLabel(e.action)}</span>, sortValue: (e) => actionLabel(e.action) },
    { key: 'resource', header: t('audit.field.resource'), render: (e) => e.resource || '—', sortValue: (e) => e.resource },
    {
      key: 'recordId',
      header: t('audit.field.recordId'),
      // Ids are long; the first characters tell rows apart, the details show the whole id.
      render: (e) =>
        e.recordId ? (
          <Text size="xs" ff="monospace" component="span" title={e.recordId}>
            {e.recordId.length > 12 ? `${e.recordId.slice(0, 8)}…` : e.recordId}
          </Text>
        ) : (
          '—'
        ),
      nowrap: true,
    },
    { key: 'ip', header: t('audit.field.ip'), render: (e) => <Text size="xs" ff="monospace" component="span">{e.ip ?? '—'}</Text>, nowrap: true },
  ];

  return (
    <Stack gap="md">
      <PageHeader title={t('nav.audit')} />
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      <DataTable
        caption={t('nav.audit')}
        columns={columns}
        rows={data?.items}
        rowKey={(e) => e.seq}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={url.filtered ? t('table.noMatches') : t('audit.none')}
        emptyDescription={url.filtered ? t('table.noMatchesHint') : undefined}
        sort={url.sort}
        onSortChange={url.setSort}
        pagination={data && { page: data.page, pageSize: data.pageSize || PAGE_SIZE, total: data.total, onPageChange: url.setPage }}
        renderExpanded={(e) => <Details entry={e} />}
      />
    </Stack>
  );
}
