import { ActionIcon, Anchor, Button, Group, Indicator, Popover, Stack, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../common/src/dates';
import { api } from '../app/api';
import { DateText } from '../ui/DateText';

interface Notification {
  id: string;
  kind: 'report_due_soon' | 'report_late' | 'entry_returned' | 'referral_received' | 'referral_declined' | 'referral_overdue';
  params: Record<string, string | number>;
  createdAt: string;
  read: boolean;
}

const notificationsQuery = queryOptions({
  queryKey: ['notifications'] as const,
  queryFn: ({ signal }) => api.get<{ items: Notification[]; unread: number }>('/api/notifications', signal),
  // Reminders arrive in the background: look again now and then.
  refetchInterval: 5 * 60_000,
});

/** Where a notification leads: the returned entry, the period to report on, or the referral's case. */
function targetOf(n: Notification): string {
  if (n.kind === 'entry_returned') return `/report-entries/${n.params.entryId}`;
  if (n.kind.startsWith('referral_')) return `/cases/${n.params.caseId}?tab=referrals`;
  return `/reports/${n.params.periodId}`;
}

/** The bell in the header: the user's own notifications, newest first, with the unread count. */
export function NotificationBell() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(notificationsQuery);
  const markAll = useMutation({
    mutationFn: () => api.post('/api/notifications/read', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey }),
  });
  const unread = query.data?.unread ?? 0;
  const items = query.data?.items ?? [];

  return (
    <Popover width={380} position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <Indicator label={unread} size={16} disabled={unread === 0} color="red" offset={4}>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('notifications.open', { count: unread })}>
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={700} size="sm">
              {t('notifications.title')}
            </Text>
            {unread > 0 && (
              <Button size="compact-xs" variant="subtle" onClick={() => markAll.mutate()} loading={markAll.isPending}>
                {t('notifications.markAllRead')}
              </Button>
            )}
          </Group>
          {items.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('notifications.none')}
            </Text>
          )}
          {items.slice(0, 10).map((n) => (
            <Stack key={n.id} gap={0}>
              <Anchor component={Link} to={targetOf(n)} size="sm" fw={n.read ? 400 : 700}>
                {t(`notifications.kind.${n.kind}`, {
                  period: String(n.params.period ?? ''), dueOn: formatDate(String(n.params.dueOn ?? '')), open: String(n.params.open ?? ''), measure: String(n.params.measure ?? ''),
                  reference: String(n.params.reference ?? ''), fromOrg: String(n.params.fromOrg ?? ''), toOrg: String(n.params.toOrg ?? ''), hours: String(n.params.hours ?? ''),
                  urgent: n.params.urgency === 'urgent' ? t('notifications.urgentMark') : '',
                })}
              </Anchor>
              <Text size="xs" c="dimmed">
                <DateText value={n.createdAt} withTime />
              </Text>
            </Stack>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
