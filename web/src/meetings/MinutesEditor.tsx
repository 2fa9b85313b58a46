import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api';
import { NarrativeEditor } from '../reports/NarrativeEditor';
import { NarrativeView } from '../reports/NarrativeView';
import { ProblemAlert } from '../ui/ProblemAlert';
import { meetingKeys, useSaveMinutes } from './api';
import type { Meeting } from './types';

/**
 * The minutes in the report entries' markup. Saved over the minutes the writer started from: if
 * someone else saved other minutes meanwhile, the writer chooses between the two texts.
 */
export function MinutesEditor({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveMinutes(meeting.id);
  const [text, setText] = useState(meeting.minutes);
  /** The saved minutes (and their revision) this draft started from. */
  const [base, setBase] = useState({ minutes: meeting.minutes, revision: meeting.revision });
  const dirty = text !== meeting.minutes;
  const conflict = isApiError(save.error, 'MEETING_CONFLICT') ? (save.error.problem as { current?: Meeting }).current : undefined;

  // Minutes saved elsewhere while nothing was typed here: show them.
  useEffect(() => {
    if (text === base.minutes && meeting.minutes !== base.minutes) {
      setText(meeting.minutes);
      setBase({ minutes: meeting.minutes, revision: meeting.revision });
    }
  }, [meeting.minutes, meeting.revision, text, base.minutes]);

  const store = (minutes: string, revision: number) =>
    save.mutate(
      { minutes, revision },
      {
        onSuccess: (saved) => {
          setBase({ minutes: saved.minutes, revision: saved.revision });
          notifications.show({ color: 'teal', message: t('meetings.minutes.saved') });
        },
      },
    );

  // Other parts of the meeting may have been saved since (a new revision): that is no conflict for the minutes.
  const submit = () => store(text, meeting.minutes === base.minutes ? meeting.revision : base.revision);

  const resolve = (choice: 'mine' | 'theirs') => {
    if (!conflict) return;
    queryClient.setQueryData(meetingKeys.detail(meeting.id), conflict);
    setBase({ minutes: conflict.minutes, revision: conflict.revision });
    if (choice === 'mine') {
      store(text, conflict.revision);
    } else {
      setText(conflict.minutes);
      save.reset();
    }
  };

  if (!meeting.abilities.edit) return <NarrativeView text={meeting.minutes} empty={t('meetings.minutes.empty')} />;

  return (
    <Stack gap="sm">
      <NarrativeEditor label={t('meetings.minutes.label')} value={text} onChange={setText} />
      {conflict ? (
        <Alert color="orange" variant="light" title={t('meetings.minutes.conflictTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('meetings.minutes.conflict')}</Text>
            <NarrativeView text={conflict.minutes} empty={t('meetings.minutes.empty')} />
            <Group gap="sm">
              <Button size="xs" variant="default" onClick={() => resolve('theirs')}>
                {t('meetings.minutes.takeSaved')}
              </Button>
              <Button size="xs" onClick={() => resolve('mine')}>
                {t('meetings.minutes.keepMine')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        save.isError && <ProblemAlert error={save.error} />
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {dirty ? t('meetings.minutes.unsaved') : ''}
        </Text>
        <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={submit} loading={save.isPending} disabled={!dirty && !conflict}>
          {t('meetings.minutes.save')}
        </Button>
      </Group>
    </Stack>
  );
}
