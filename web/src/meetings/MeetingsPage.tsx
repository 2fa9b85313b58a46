import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus, IconChecklist, IconWorld } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../ui/DataTable';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters } from '../ui/useUrlFilters';
import { meetingListQuery } from './api';
import { StandingBadge } from './Badges';
import { kindOptions, meetingWhen } from './format';
import { MeetingForm } from './MeetingForm';
import type { MeetingSummary } from './types';

const FILTERS = ['kind', 'year', 'q'] as const;
/** Years a meeting may be looked for in: the plans' years up to next year. */
const YEARS = Array.from({ length: new Date().getFullYear() + 2 - 2018 }, (_, i) => String(new Date().getFullYear() + 1 - i));

/** The meetings the reader's body was invited to (all of them for the Coordinator's office), newest first. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTERS);
  const query = useQuery(meetingListQuery(url.filters, url.page));
  const [creating, { open, close }] = useDisclosure(false);
  const data = query.data;

  const fields: FilterField<(typeof FILTERS)[number]>[] = [
    { key: 'q', label: t('meetings.field.search'), type: 'text', search: true },
    { key: 'kind', label: t('meetings.kind.label'), type: 'select', options: kindOptions(t) },
    { key: 'year', label: t('meetings.field.year'), type: 'select', options: YEARS.map((y) => ({ value: y, label: y })) },
  ];

  const columns: Column<MeetingSummary>[] = [
    { key: 'when', header: t('meetings.column.when'), render: (m) => <time dateTime={m.heldOn}>{meetingWhen(m)}</time>, sortValue: (m) => `${m.heldOn} ${m.startsAt ?? ''}`, nowrap: true },
    {
      key: 'title',
      header: t('meetings.field.title'),
      render: (m) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/meetings/${m.id}`} size="sm" fw={600} lang="az">
            {m.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t(`meetings.kind.${m.kind}`)}
          </Text>
        </Stack>
      ),
      sortValue: (m) => m.title,
    },
    {
      key: 'place',
      header: t('meetings.field.place'),
      render: (m) => (
        <Group gap={4} wrap="nowrap">
          {m.place && <span lang="az">{m.place}</span>}
          {m.onlineUrl && (
            <Badge variant="light" color="cyan" tt="none" leftSection={<IconWorld size={12} aria-hidden />}>
              {t('meetings.online')}
            </Badge>
          )}
          {!m.place && !m.onlineUrl && '—'}
        </Group>
      ),
    },
    {
      key: 'bodies',
      header: t('meetings.column.bodies'),
      render: (m) => t('meetings.bodiesPresent', { present: m.presentCount, total: m.bodyCount }),
      sortValue: (m) => m.bodyCount,
      nowrap: true,
    },
    { key: 'decisions', header: t('meetings.column.decisions'), render: (m) => m.decisionCount, sortValue: (m) => m.decisionCount, align: 'right' },
    { key: 'standing', header: t('meetings.ownStanding'), render: (m) => (m.ownStanding ? <StandingBadge standing={m.ownStanding} /> : '—') },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('meetings.title')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/action-items" variant="default" leftSection={<IconChecklist size={16} aria-hidden />}>
              {t('nav.actionItems')}
            </Button>
            {data?.abilities.create && (
              <Button leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={open}>
                {t('meetings.create')}
              </Button>
            )}
          </Group>
        }
      />
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      <DataTable
        caption={t('meetings.title')}
        columns={columns}
        rows={data?.items}
        rowKey={(m) => m.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={url.filtered ? t('table.noMatches') : t('meetings.none')}
        emptyDescription={data?.abilities.create && !url.filtered ? t('meetings.noneHint') : undefined}
        sort={url.sort}
        onSortChange={url.setSort}
        pagination={data ? { page: url.page, pageSize: data.pageSize, total: data.total, onPageChange: url.setPage } : undefined}
      />
      {creating && <MeetingForm opened onClose={close} />}
    </Stack>
  );
}
