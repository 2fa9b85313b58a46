import { ActionIcon, Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dateRange } from '../events/format';
import { trimCode } from '../plans/format';
import { DataTable, type Column } from '../ui/DataTable';
import { useMoney } from './format';
import type { Support } from './types';

interface SupportsTableProps<T extends Support> {
  caption: string;
  rows: T[] | undefined;
  loading?: boolean;
  error?: unknown;
  /** Show the donor's name (a list of several donors' supports). */
  withDonor?: boolean;
  onEdit?: (support: T) => void;
  onDelete?: (support: T) => void;
  emptyTitle: string;
}

/** Supports: what is offered, how much, when, to which bodies and measures, and how many needs it meets. */
export function SupportsTable<T extends Support & { current?: boolean }>({ caption, rows, loading = false, error = null, withDonor = false, onEdit, onDelete, emptyTitle }: SupportsTableProps<T>) {
  const { t } = useTranslation();
  const money = useMoney();
  const columns: Column<T>[] = [
    ...(withDonor
      ? [
          {
            key: 'donor',
            header: t('donors.field.name'),
            render: (s: T) => (
              <Anchor component={Link} to={`/donors/${s.donor.id}`} size="sm" fw={600}>
                {s.donor.name}
              </Anchor>
            ),
            sortValue: (s: T) => s.donor.name,
          },
        ]
      : []),
    { key: 'kind', header: t('donors.support.kind'), render: (s) => <Badge variant="light" tt="none" style={{ maxWidth: 'none', minWidth: 'max-content' }}>{t(`donors.supportKind.${s.kind}`)}</Badge>, sortValue: (s) => t(`donors.supportKind.${s.kind}`), nowrap: true },
    { key: 'description', header: t('donors.support.description'), render: (s) => <Text size="sm" lang="az">{s.description}</Text>, sortValue: (s) => s.description },
    { key: 'amount', header: t('donors.support.amount'), render: (s) => money.one(s.amount, s.currency), sortValue: (s) => s.amount, align: 'right', nowrap: true },
    {
      key: 'period',
      header: t('donors.support.period'),
      render: (s) => (
        <span>
          {dateRange(s.startsOn, s.endsOn)}
          {s.current === false && (
            <Text span size="xs" c="dimmed">
              {' '}
              ({t('donors.support.otherPeriod')})
            </Text>
          )}
        </span>
      ),
      sortValue: (s) => s.startsOn,
      nowrap: true,
    },
    { key: 'organisations', header: t('donors.support.organisations'), render: (s) => (s.organisations.length ? s.organisations.map((o) => o.shortName).join(', ') : '—') },
    {
      key: 'measures',
      header: t('donors.support.measures'),
      render: (s) =>
        s.measures.length ? (
          <Group gap={4}>
            {s.measures.map((m) => (
              <Anchor key={m.id} component={Link} to={`/measures/${m.id}`} size="sm" title={m.text}>
                {trimCode(m.code)}
              </Anchor>
            ))}
          </Group>
        ) : (
          '—'
        ),
    },
    { key: 'matches', header: t('donors.support.matches'), render: (s) => s.matches, sortValue: (s) => s.matches, align: 'right' },
    ...(onEdit || onDelete
      ? [
          {
            key: 'actions',
            header: t('table.actions'),
            nowrap: true,
            render: (s: T) => (
              <Group gap={4} wrap="nowrap">
                {onEdit && s.abilities.edit && (
                  <Tooltip label={t('common.edit')}>
                    <ActionIcon variant="subtle" onClick={() => onEdit(s)} aria-label={t('donors.support.editNamed', { name: s.description })}>
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
                {onDelete && s.abilities.delete && (
                  <Tooltip label={t('common.delete')}>
                    <ActionIcon variant="subtle" color="red" onClick={() => onDelete(s)} aria-label={t('donors.support.deleteNamed', { name: s.description })}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            ),
          },
        ]
      : []),
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(s) => s.id} loading={loading} error={error} emptyTitle={emptyTitle} />;
}
