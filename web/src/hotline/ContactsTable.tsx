import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column, type PaginationState } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import type { SortState } from '../ui/useUrlFilters';
import { formatDuration, hotlineLabel } from './codes';
import type { ContactSummary } from './types';

interface ContactsTableProps {
  caption: string;
  rows: ContactSummary[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
  emptyTitle: string;
  emptyDescription?: string;
  pagination?: PaginationState;
  sort?: SortState | null;
  onSortChange?: (sort: SortState | null) => void;
}

export function RiskBadges({ flags }: { flags: string[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Group gap={4}>
      {flags.map((flag) => (
        <Badge key={flag} size="xs" color="red" variant="light" tt="none">
          {hotlineLabel(t, 'riskFlag', flag)}
        </Badge>
      ))}
    </Group>
  );
}

export function OutcomeText({ outcome }: { outcome: string | null }) {
  const { t } = useTranslation();
  return outcome ? (
    <>{hotlineLabel(t, 'outcome', outcome)}</>
  ) : (
    <Badge size="sm" color="orange" variant="light" tt="none">
      {t('hotline.list.open')}
    </Badge>
  );
}

/** Contacts as the console and the handover list them: what, when, who, how it ended — no notes. */
export function ContactsTable({ caption, rows, loading, error, onRetry, emptyTitle, emptyDescription, pagination, sort, onSortChange }: ContactsTableProps) {
  const { t } = useTranslation();
  const columns: Column<ContactSummary>[] = [
    {
      key: 'reference',
      header: t('hotline.field.reference'),
      render: (c) => (
        <Anchor component={Link} to={`/hotline/contacts/${c.id}`} size="sm" fw={600} ff="monospace">
          {c.reference}
        </Anchor>
      ),
      sortValue: (c) => c.reference,
      nowrap: true,
    },
    { key: 'startedAt', header: t('hotline.form.startedAt'), render: (c) => <DateText value={c.startedAt} withTime />, sortValue: (c) => c.startedAt, nowrap: true },
    {
      key: 'duration',
      header: t('hotline.form.duration'),
      render: (c) => (c.durationSeconds === null ? '—' : formatDuration(c.durationSeconds)),
      sortValue: (c) => c.durationSeconds,
      nowrap: true,
      align: 'right',
    },
    { key: 'channel', header: t('hotline.field.channel'), render: (c) => hotlineLabel(t, 'channel', c.channel), sortValue: (c) => c.channel },
    {
      key: 'category',
      header: t('hotline.field.category'),
      render: (c) => (
        <>
          <Text size="sm">{hotlineLabel(t, 'category', c.category)}</Text>
          <RiskBadges flags={c.riskFlags} />
        </>
      ),
      sortValue: (c) => c.category,
    },
    { key: 'callerType', header: t('hotline.field.callerType'), render: (c) => hotlineLabel(t, 'callerType', c.callerType), sortValue: (c) => c.callerType },
    { key: 'outcome', header: t('hotline.field.outcome'), render: (c) => <OutcomeText outcome={c.outcome} />, sortValue: (c) => c.outcome ?? '' },
    {
      key: 'case',
      header: t('hotline.field.case'),
      render: (c) =>
        c.case ? (
          <Anchor component={Link} to={`/cases/${c.case.id}`} size="sm" ff="monospace">
            {c.case.reference}
          </Anchor>
        ) : (
          '—'
        ),
      sortValue: (c) => c.case?.reference,
      nowrap: true,
    },
    { key: 'operator', header: t('hotline.field.operator'), render: (c) => c.operator.fullName, sortValue: (c) => c.operator.fullName },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(c) => c.id}
      loading={loading}
      error={error}
      onRetry={onRetry}
      emptyTitle={emptyTitle}
      emptyDescription={emptyDescription}
      pagination={pagination}
      sort={sort}
      onSortChange={onSortChange}
    />
  );
}
