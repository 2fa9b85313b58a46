import { Anchor, Button, Group, Modal, Paper, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLink, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ACTIVITY_KINDS, type Activity, type ActivityKind } from '../reports/types';
import { ProblemAlert } from '../ui/ProblemAlert';
import { linkableEventsQuery } from './api';
import { KindBadge } from './EventsPage';
import { dateRange } from './format';
import type { EventSummary } from './types';

/** The report's kind for an event of the register: its group for trainings and awareness, else its own kind. */
function activityKind(event: EventSummary): ActivityKind {
  if (event.group !== 'other') return event.group;
  return (ACTIVITY_KINDS as readonly string[]).includes(event.kind) ? (event.kind as ActivityKind) : 'other';
}

interface EventLinkCellProps {
  activity: Activity;
  set: (patch: Partial<Activity>) => void;
  /** The row's accessible name ("Row 2"). */
  label: string;
}

/**
 * Links a report activity to an event already in the register (a training held with another body),
 * so that the event is not made a second time (decision 021). The activity takes the event's facts;
 * the body still gives its own participants.
 */
export function EventLinkCell({ activity, set, label }: EventLinkCellProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const linkable = useQuery({ ...linkableEventsQuery(q), enabled: opened });
  const current = linkable.data?.items.find((e) => e.id === activity.eventId);

  const choose = (event: EventSummary) => {
    set({ eventId: event.id, id: undefined, kind: activityKind(event), title: event.title, dateFrom: event.dateFrom, dateTo: event.dateTo, place: event.place });
    setOpened(false);
  };

  return (
    <>
      {activity.eventId ? (
        <Button size="compact-sm" variant="light" color="teal" leftSection={<IconLink size={14} aria-hidden />} onClick={() => setOpened(true)} aria-label={t('events.link.linkedLabel', { row: label, title: activity.title })}>
          {t('events.link.linked')}
        </Button>
      ) : (
        <Button size="compact-sm" variant="subtle" leftSection={<IconLink size={14} aria-hidden />} onClick={() => setOpened(true)} aria-label={t('events.link.buttonLabel', { row: label })}>
          {t('events.link.button')}
        </Button>
      )}
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('events.link.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="sm">
          {activity.eventId && (
            <Paper withBorder p="sm" bg="teal.0">
              <Stack gap={4}>
                <Text size="sm">{t('events.link.current')}</Text>
                <Anchor component={Link} to={`/events/${activity.eventId}`} target="_blank" size="sm" fw={600} lang="az">
                  {current?.title ?? activity.title}
                </Anchor>
                <Group>
                  <Button size="compact-sm" variant="default" onClick={() => (set({ eventId: undefined }), setOpened(false))}>
                    {t('events.link.unlink')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          )}
          <Text size="sm" c="dimmed">
            {t('events.link.intro')}
          </Text>
          <TextInput label={t('events.link.search')} leftSection={<IconSearch size={16} aria-hidden />} value={text} onChange={(e) => setText(e.currentTarget.value)} data-autofocus />
          {linkable.isError && <ProblemAlert error={linkable.error} />}
          {linkable.isPending ? (
            <Skeleton h={120} />
          ) : linkable.data?.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('events.link.none')}
            </Text>
          ) : (
            <Stack gap={6} role="list" aria-label={t('events.link.title')}>
              {linkable.data?.items.map((event) => (
                <Paper key={event.id} withBorder p="xs" role="listitem">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Group gap="xs" wrap="nowrap">
                        <KindBadge event={event} />
                        <Text size="sm" fw={600} lang="az" lineClamp={2}>
                          {event.title}
                        </Text>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {event.organiser.shortName} · {dateRange(event.dateFrom, event.dateTo)}
                        {event.place ? ` · ${event.place}` : ''}
                        {event.partners.length ? ` · ${event.partners.join(', ')}` : ''}
                      </Text>
                    </Stack>
                    <Button size="compact-sm" style={{ flexShrink: 0 }} onClick={() => choose(event)} disabled={event.id === activity.eventId} aria-label={t('events.link.chooseLabel', { title: event.title })}>
                      {t('events.link.choose')}
                    </Button>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
          <Text size="xs" c="dimmed">
            {t('events.link.note')}
          </Text>
        </Stack>
      </Modal>
    </>
  );
}
