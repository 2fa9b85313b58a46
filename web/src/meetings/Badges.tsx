import { Badge } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionItemStatus, Standing } from './types';

const STATUS_COLOR: Record<ActionItemStatus, string> = { open: 'blue', in_progress: 'indigo', done: 'teal', cancelled: 'gray' };

/** Where an action item stands: open, in progress, done, cancelled. */
export function ActionStatusBadge({ status }: { status: ActionItemStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant={status === 'cancelled' ? 'outline' : 'light'} tt="none" miw="max-content" data-status={status}>
      {t(`meetings.status.${status}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="light" tt="none" miw="max-content" leftSection={<IconClockExclamation size={12} aria-hidden />}>
      {t('meetings.actionItems.overdue')}
    </Badge>
  );
}

export function StandingBadge({ standing }: { standing: Standing }) {
  const { t } = useTranslation();
  return (
    <Badge color={standing === 'member' ? 'indigo' : 'grape'} variant="outline" tt="none" miw="max-content">
      {t(`meetings.standing.${standing}`)}
    </Badge>
  );
}
