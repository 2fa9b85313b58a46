import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '../ui/DateText';
import { ChangesView } from './ChangesView';
import { lastTwoSubmissions } from './content';
import type { Entry, EventKind } from './types';

const COLOR: Record<EventKind, string> = { submitted: 'blue', accepted: 'teal', returned: 'orange', reopened: 'grape' };

/** Submissions, acceptances, returns and reopenings, oldest first, with their comments. */
export function EntryHistory({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const events = [...entry.events].sort((a, b) => a.at.localeCompare(b.at));
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.history.none')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} active={events.length}>
      {events.map((event) => (
        <Timeline.Item
          key={event.id}
          color={COLOR[event.kind]}
          title={
            <Group gap="xs">
              <Badge color={COLOR[event.kind]} variant="light" tt="none">
                {t(`reports.history.event.${event.kind}`)}
              </Badge>
              <Text size="sm" fw={600}>
                <DateText value={event.at} withTime />
              </Text>
              <Text size="sm" c="dimmed">
                {event.by ?? t('audit.system')} · {t('reports.history.version', { version: event.version })}
              </Text>
            </Group>
          }
        >
          {event.comment && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
              <Text span fw={600}>
                {t('reports.review.comment')}:
              </Text>{' '}
              {event.comment}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** For reviewers: what changed between the last two submitted versions. */
export function SubmittedChanges({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const pair = lastTwoSubmissions(entry);
  if (!pair) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.changes.first')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <ChangesView before={pair[0]} after={pair[1]} beforeTitle={t('reports.changes.previous')} afterTitle={t('reports.changes.last')} />
    </Stack>
  );
}
