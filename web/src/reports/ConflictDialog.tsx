import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../common/src/dates';
import { contentOf } from './content';
import { ChangesView } from './ChangesView';
import type { EntryAutosave } from './useEntryAutosave';

/**
 * Someone saved the entry while it was being edited here: both versions side by side (theirs
 * struck through where they differ, yours underlined), then take theirs or keep yours over it.
 */
export function ConflictDialog({ autosave, opened, onClose }: { autosave: EntryAutosave; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { state } = autosave;
  if (state.kind !== 'conflict') return null;
  const current = state.current;
  const decide = (choice: 'theirs' | 'mine') => {
    if (choice === 'theirs') autosave.takeTheirs(current);
    else autosave.keepMine(current);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('reports.conflict.title')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('reports.conflict.message', { time: formatDateTime(current.updatedAt) })}</Text>
        <ChangesView
          before={contentOf(current)}
          after={autosave.content}
          beforeTitle={t('reports.conflict.theirs')}
          afterTitle={t('reports.conflict.yours')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => decide('theirs')}>
            {t('reports.conflict.takeTheirs')}
          </Button>
          <Button onClick={() => decide('mine')} data-autofocus>
            {t('reports.conflict.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
