import { Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chipOfParticipant, ParticipantChip } from './ParticipantChip';
import { PARTICIPANT_ROLES, type Participant } from './types';

/** A measure's participants under one heading per role: executors, involved parties, recommended, generic. */
export function MeasureParticipants({ participants }: { participants: Participant[] }) {
  const { t, i18n } = useTranslation();
  if (participants.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('plans.measure.noParticipants')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {PARTICIPANT_ROLES.map((role) => {
        const inRole = participants.filter((p) => p.role === role);
        if (inRole.length === 0) return null;
        return (
          <div key={role}>
            <Title order={3} size="h6" mb={4}>
              {t(`plans.roleGroup.${role}`)}
            </Title>
            <List size="sm" spacing={4} listStyleType="none">
              {inRole.map((p, i) => {
                const chip = chipOfParticipant(p, i18n.language);
                return (
                  <List.Item key={`${p.name}:${i}`}>
                    <Group gap="xs" wrap="nowrap">
                      <ParticipantChip chip={chip} />
                      <Text size="sm" lang={p.organisation ? undefined : 'az'}>
                        {chip.fullName}
                        {p.organisation && p.name !== p.organisation.nameAz && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            ({t('plans.participant.asWritten', { name: p.name })})
                          </Text>
                        )}
                      </Text>
                    </Group>
                  </List.Item>
                );
              })}
            </List>
          </div>
        );
      })}
    </Stack>
  );
}
