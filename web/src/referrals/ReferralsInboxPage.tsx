import { Anchor, Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconInbox, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REFERRAL_STATUSES, REFERRAL_URGENCIES } from '../../../common/src/referrals';
import { ReferralStatusBadge } from '../cases/Badges';
import { DataTable, type Column } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters } from '../ui/useUrlFilters';
import { INBOX_PAGE_SIZE, inboxQuery } from './api';
import { formatMinutes, referralCode, servicesText, Steps, Timing, UrgencyBadge } from './display';
import { ReferralActions } from './ReferralActions';
import type { ReferralRecord } from './types';

const FILTER_KEYS = ['status', 'urgency', 'overdue', 'q'] as const;
const BOX_KEYS = ['box'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

function CaseReference({ referral }: { referral: ReferralRecord }) {
  const { t } = useTranslation();
  // A receiver's access to the case ends with the referral: the reference stays, the link goes.
  if (!referral.caseVisible) {
    return (
      <Text span size="sm" ff="monospace" title={t('referrals.inbox.caseClosedToYou')}>
        {referral.caseReference}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/cases/${referral.caseId}?tab=referrals`} size="sm" fw={600} ff="monospace">
      {referral.caseReference}
    </Anchor>
  );
}

/**
 * The referral inbox of the caller's body: what it received (waiting first, urgent first) and what
 * it sent, with the filters in the URL; each row's steps, times and what the body may do next.
 */
export function ReferralsInboxPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const boxParam = useUrlFilters(BOX_KEYS);
  const box = boxParam.filters.box === 'outgoing' ? 'outgoing' : 'incoming';
  const query = useQuery(inboxQuery({ ...url.filters, box }, url.page));
  const data = query.data;
  const incoming = box === 'incoming';

  const fields: FilterField<FilterKey>[] = [
    { key: 'q', label: t('referrals.inbox.q'), type: 'text', search: true },
    {
      key: 'status',
      label: t('referrals.field.status'),
      type: 'select',
      options: [{ value: 'open', label: t('referrals.inbox.open') }, ...REFERRAL_STATUSES.map((s) => ({ value: s, label: referralCode(t, 'status', s) }))],
    },
    { key: 'urgency', label: t('referrals.field.urgency'), type: 'select', options: REFERRAL_URGENCIES.map((u) => ({ value: u, label: referralCode(t, 'urgency', u) })) },
    {
      key: 'overdue',
      label: t('referrals.inbox.overdue'),
      type: 'select',
      options: [
        { value: 'true', label: t('referrals.inbox.overdueYes') },
        { value: 'false', label: t('referrals.inbox.overdueNo') },
      ],
    },
  ];

  const columns: Column<ReferralRecord>[] = [
    { key: 'case', header: t('referrals.field.case'), render: (r) => <CaseReference referral={r} />, sortValue: (r) => r.caseReference, nowrap: true },
    {
      key: 'body',
      header: incoming ? t('referrals.field.from') : t('referrals.field.to'),
      render: (r) => {
        const body = incoming ? r.from : r.to;
        return (
          <Stack gap={0}>
            <Text size="sm" fw={600} title={body.nameAz}>
              {body.shortName}
            </Text>
            {incoming && (
              <Text size="xs" c="dimmed">
                {r.sentBy}
              </Text>
            )}
          </Stack>
        );
      },
      sortValue: (r) => (incoming ? r.from.shortName : r.to.shortName),
    },
    {
      key: 'asked',
      header: t('referrals.field.asked'),
      render: (r) => (
        <Stack gap={4}>
          <UrgencyBadge urgency={r.urgency} />
          <Text size="xs">{servicesText(t, r.services)}</Text>
          <Text size="xs" c="dimmed" lineClamp={2} title={r.reason}>
            {r.reason}
          </Text>
        </Stack>
      ),
      sortValue: (r) => (r.urgency === 'urgent' ? 0 : 1),
    },
    { key: 'sentAt', header: t('referrals.field.sentAt'), render: (r) => <DateText value={r.sentAt} withTime />, sortValue: (r) => r.sentAt, nowrap: true },
    {
      key: 'status',
      header: t('referrals.field.status'),
      render: (r) => (
        <Stack gap={2}>
          <Group gap={4}>
            <ReferralStatusBadge status={r.status} />
          </Group>
          <Timing referral={r} />
          <Steps referral={r} />
          {r.declineReason && (
            <Text size="xs" c="red.9">
              {r.declineReason}
            </Text>
          )}
        </Stack>
      ),
      sortValue: (r) => r.status,
    },
    { key: 'actions', header: t('table.actions'), render: (r) => <ReferralActions referral={r} other={incoming ? r.from.shortName : r.to.shortName} /> },
  ];

  const median = data?.timeToAcceptance.medianMinutes;
  return (
    <Stack gap="md">
      <PageHeader title={t('referrals.inbox.title')} />
      <Tabs value={box} onChange={(value) => boxParam.setFilter('box', value === 'outgoing' ? 'outgoing' : '')}>
        <Tabs.List>
          <Tabs.Tab
            value="incoming"
            leftSection={<IconInbox size={16} aria-hidden />}
            rightSection={data?.counts.incomingWaiting ? <Badge size="xs" color={data.counts.incomingOverdue ? 'red' : 'indigo'}>{data.counts.incomingWaiting}</Badge> : undefined}
          >
            {referralCode(t, 'box', 'incoming')}
          </Tabs.Tab>
          <Tabs.Tab
            value="outgoing"
            leftSection={<IconSend size={16} aria-hidden />}
            rightSection={data?.counts.outgoingWaiting ? <Badge size="xs" variant="light">{data.counts.outgoingWaiting}</Badge> : undefined}
          >
            {referralCode(t, 'box', 'outgoing')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      {data && (
        <Group gap="lg" data-testid="inbox-summary">
          <Text size="sm">
            {median === null || median === undefined
              ? t('referrals.inbox.noAcceptances')
              : t('referrals.inbox.medianTime', { duration: formatMinutes(t, median), count: data.timeToAcceptance.accepted })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('referrals.inbox.limits', { hours: String(data.limits.acceptHours), urgentHours: String(data.limits.urgentAcceptHours) })}
          </Text>
        </Group>
      )}
      <DataTable
        caption={incoming ? t('referrals.inbox.captionIncoming') : t('referrals.inbox.captionOutgoing')}
        columns={columns}
        rows={data?.items}
        rowKey={(r) => r.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={url.filtered ? t('table.noMatches') : incoming ? t('referrals.inbox.noneIncoming') : t('referrals.inbox.noneOutgoing')}
        sort={url.sort}
        onSortChange={url.setSort}
        pagination={data && { page: url.page, pageSize: INBOX_PAGE_SIZE, total: data.total, onPageChange: url.setPage }}
      />
    </Stack>
  );
}
