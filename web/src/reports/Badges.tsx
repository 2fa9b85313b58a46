import { Badge, Group, Progress, Text, VisuallyHidden } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EntryState, Status } from './types';

const STATE_COLOR: Record<EntryState, string> = { draft: 'gray', submitted: 'blue', accepted: 'teal', returned: 'orange' };
const STATUS_COLOR: Record<Status, string> = { not_started: 'gray', in_progress: 'indigo', done: 'teal', continuing: 'grape' };

/** Where an entry is in the workflow: draft, submitted, accepted, returned. */
export function StateBadge({ state }: { state: EntryState }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOR[state]} variant={state === 'draft' ? 'outline' : 'light'} tt="none" miw="max-content" data-state={state}>
      {t(`reports.state.${state}`)}
    </Badge>
  );
}

/** How far the measure is implemented, in the body's own words. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="dot" tt="none" miw="max-content">
      {t(`reports.status.${status}`)}
    </Badge>
  );
}

export function LateBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="light" tt="none" miw="max-content" leftSection={<IconClockExclamation size={12} aria-hidden />}>
      {t('reports.entry.late')}
    </Badge>
  );
}

/** Number of late entries: a red badge when any. */
export function LateCount({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return <span>0</span>;
  return (
    <Badge color="red" variant="filled" tt="none" title={t('reports.period.late')}>
      {count}
    </Badge>
  );
}

/** Accepted out of all, as a bar with its numbers. */
export function AcceptedProgress({ accepted, total }: { accepted: number; total: number }) {
  const { t } = useTranslation();
  const percent = total > 0 ? Math.round((accepted / total) * 100) : 0;
  const text = t('reports.period.progressValue', { accepted, total });
  return (
    <Group gap="xs" wrap="nowrap" miw={160}>
      <Progress value={percent} color="teal" size="lg" style={{ flex: 1 }} aria-hidden />
      <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
        <span aria-hidden>
          {accepted}/{total}
        </span>
        <VisuallyHidden>{text}</VisuallyHidden>
      </Text>
    </Group>
  );
}
