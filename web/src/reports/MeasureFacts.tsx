import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chipOfParticipant, ParticipantChips } from '../plans/ParticipantChip';
import { PeriodText } from '../plans/PeriodText';
import { trimCode } from '../plans/format';
import classes from '../plans/plans.module.css';
import { LateBadge, StateBadge } from './Badges';
import type { Entry } from './types';

/** The measure the entry reports on: section, text, period, participants; and where the entry stands. */
export function MeasureFacts({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const { measure } = entry;
  return (
    <Card withBorder padding="md" component="section" aria-label={t('reports.entry.measure')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('plans.measure.section')}: {trimCode(measure.section.code)}. {measure.section.title}
        </Text>
        <Text lang="az" className={classes.measureText}>
          <Text span fw={700}>
            {trimCode(measure.code)}.
          </Text>{' '}
          {measure.text}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('plans.measure.period')}:
          </Text>{' '}
          <PeriodText period={measure.period} />
        </Text>
        <ParticipantChips chips={measure.participants.map((p) => chipOfParticipant(p, i18n.language))} />
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {entry.organisation.shortName}
          </Text>
          <Badge variant="outline" tt="none">
            {t(`plans.role.${entry.role}`)}
          </Badge>
          <StateBadge state={entry.state} />
          {entry.late && <LateBadge />}
          {entry.submittedVersion > 0 && (
            <Text size="sm" c="dimmed">
              {t('reports.history.version', { version: entry.submittedVersion })}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
