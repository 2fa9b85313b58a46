import { ActionIcon, Anchor, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconProgressCheck, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../common/src/dates';
import { trimCode } from '../plans/format';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DataTable, type Column, type PaginationState } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import type { SortState } from '../ui/useUrlFilters';
import { useDeleteActionItem } from './api';
import { ActionItemForm } from './ActionItemForm';
import { ActionStatusBadge, OverdueBadge } from './Badges';
import { ProgressDialog } from './ProgressDialog';
import type { ActionItem } from './types';

/** What the reader may do with one action item: report progress (its body), correct or remove it (the office). */
export function ActionItemActions({ item }: { item: ActionItem }) {
  const { t } = useTranslation();
  const [progressing, progress] = useDisclosure(false);
  const [editing, edit] = useDisclosure(false);
  const [deleting, remove] = useDisclosure(false);
  const del = useDeleteActionItem();
  const name = item.organisation.shortName;
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {item.abilities.reportProgress && (
        <Button size="xs" variant="light" leftSection={<IconProgressCheck size={14} aria-hidden />} onClick={progress.open} aria-label={t('meetings.actionItems.progressFor', { body: name })}>
          {t('meetings.actionItems.progress')}
        </Button>
      )}
      {item.abilities.edit && (
        <Tooltip label={t('common.edit')}>
          <ActionIcon variant="subtle" aria-label={t('meetings.actionItems.editFor', { body: name })} onClick={edit.open}>
            <IconPencil size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
      {item.abilities.delete && (
        <Tooltip label={t('common.delete')}>
          <ActionIcon variant="subtle" color="red" aria-label={t('meetings.actionItems.deleteFor', { body: name })} onClick={remove.open}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
      {progressing && <ProgressDialog item={item} opened onClose={progress.close} />}
      {editing && <ActionItemForm decision={item.decision} item={item} opened onClose={edit.close} />}
      <ConfirmDialog opened={deleting} onClose={remove.close} title={t('meetings.actionItems.deleteTitle')} confirmLabel={t('common.delete')} danger onConfirm={() => del.mutateAsync(item.id)}>
        <Text size="sm">{t('meetings.actionItems.deleteMessage', { body: name, date: formatDate(item.dueOn) })}</Text>
      </ConfirmDialog>
    </Group>
  );
}

interface ActionItemsTableProps {
  caption: string;
  rows: ActionItem[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
  emptyTitle: string;
  /** Show the meeting and decision each item comes from (lists across meetings). */
  withSource?: boolean;
  sort?: SortState | null;
  onSortChange?: (sort: SortState | null) => void;
  pagination?: PaginationState;
}

export function ActionItemsTable({ caption, rows, loading, error, onRetry, emptyTitle, withSource = false, sort, onSortChange, pagination }: ActionItemsTableProps) {
  const { t } = useTranslation();
  const columns: Column<ActionItem>[] = [
    {
      key: 'body',
      header: t('meetings.actionItems.body'),
      render: (i) => (
        <Text size="sm" fw={600} title={i.organisation.nameAz} span>
          {i.organisation.shortName}
        </Text>
      ),
      sortValue: (i) => i.organisation.shortName,
      nowrap: true,
    },
    {
      key: 'task',
      header: t('meetings.actionItems.task'),
      render: (i) => (
        <Stack gap={2}>
          <Text size="sm" lang="az">
            {i.task || i.decision.text}
          </Text>
          {withSource && (
            <Text size="xs" c="dimmed">
              {t('meetings.decisions.number', { number: i.decision.number })} ·{' '}
              {i.meeting.visible ? (
                <Anchor component={Link} to={`/meetings/${i.meeting.id}`} inherit lang="az">
                  {i.meeting.title}
                </Anchor>
              ) : (
                <span lang="az">{i.meeting.title}</span>
              )}
              , <DateText value={i.meeting.heldOn} />
            </Text>
          )}
          {withSource && i.measures.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('meetings.actionItems.measures')}:{' '}
              {i.measures.map((m, n) => (
                <span key={m.id}>
                  {n > 0 && ', '}
                  <Anchor component={Link} to={`/measures/${m.id}`} inherit>
                    {trimCode(m.code)}
                  </Anchor>
                </span>
              ))}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'dueOn',
      header: t('meetings.actionItems.dueOn'),
      render: (i) => (
        <Stack gap={2} align="flex-start">
          <DateText value={i.dueOn} />
          {i.overdue && <OverdueBadge />}
        </Stack>
      ),
      sortValue: (i) => i.dueOn,
      nowrap: true,
    },
    {
      key: 'status',
      header: t('meetings.actionItems.status'),
      render: (i) => (
        <Stack gap={2} align="flex-start">
          <ActionStatusBadge status={i.status} />
          {i.note && (
            <Text size="xs" c="dimmed" lang="az">
              {i.note}
            </Text>
          )}
        </Stack>
      ),
      sortValue: (i) => i.status,
    },
    { key: 'actions', header: t('meetings.actionItems.actions'), render: (i) => <ActionItemActions item={i} />, align: 'right' },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(i) => i.id}
      loading={loading}
      error={error}
      onRetry={onRetry}
      emptyTitle={emptyTitle}
      sort={sort}
      onSortChange={onSortChange}
      pagination={pagination}
    />
  );
}
