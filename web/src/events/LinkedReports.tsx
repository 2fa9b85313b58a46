import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trimCode } from '../plans/format';
import type { EventDetail } from './types';

/** The other bodies that report this event by a link from their report entries (decision 021). */
export function LinkedReports({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  if (!event.linkedReports.length) return null;
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {t('events.linkedReports.title')}
      </Text>
      {event.linkedReports.map((r) => {
        const text = t('events.linkedReports.item', { body: r.organisation.shortName, code: trimCode(r.measureCode) });
        return r.entry.visible ? (
          <Anchor key={r.entry.id} component={Link} to={`/report-entries/${r.entry.id}`} size="sm" title={r.organisation.nameAz}>
            {text}
          </Anchor>
        ) : (
          <Text key={r.entry.id} size="sm" title={r.organisation.nameAz}>
            {text}
          </Text>
        );
      })}
      <Text size="xs" c="dimmed">
        {t('events.linkedReports.hint')}
      </Text>
    </Stack>
  );
}
