import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '../ui/DateText';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useAddNote } from './api';
import { codeLabel } from './codes';
import { fieldErrors } from './formErrors';
import { SubTitle } from './layout';
import type { Note, NotePart } from './types';

const NOTE_MAX_CHARS = 10_000;

/** A part's notes, oldest first, and a new one when the caller may add it. */
export function NotesBlock({ caseId, part, notes, canAdd }: { caseId: string; part: NotePart; notes: Note[]; canAdd: boolean }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [checked, setChecked] = useState(false);
  const add = useAddNote(caseId);
  const partName = codeLabel(t, 'part', part);
  const errors = fieldErrors(t, add.error, checked && !body.trim() ? new Map([['body', 'required' as const]]) : null);

  const submit = () => {
    setChecked(true);
    if (!body.trim()) return;
    add.mutate(
      { part, body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          setChecked(false);
          notifications.show({ color: 'teal', message: t('cases.note.added') });
        },
      },
    );
  };

  return (
    <Stack gap="xs">
      <SubTitle>{t('cases.note.title')}</SubTitle>
      {notes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.note.none')}
        </Text>
      ) : (
        <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {notes.map((note) => (
            <Paper key={note.id} component="li" withBorder p="xs" radius="sm">
              <Text size="xs" c="dimmed">
                {note.author} ({note.authorOrg}), <DateText value={note.createdAt} withTime />
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {note.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {canAdd && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap={6}>
            <Textarea
              label={t('cases.note.newOf', { part: partName })}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={errors.at('body')}
              autosize
              minRows={2}
              maxRows={10}
              maxLength={NOTE_MAX_CHARS}
            />
            {add.isError && <ProblemAlert error={add.error} fields={['body', 'part']} />}
            <Group justify="flex-end">
              <Button type="submit" size="xs" variant="default" loading={add.isPending}>
                {t('cases.note.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
