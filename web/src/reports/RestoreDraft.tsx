import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../common/src/dates';
import type { EntryAutosave } from './useEntryAutosave';

/** Offers the unsaved edits this device kept (closed tab, lost connection or session) for the entry. */
export function RestoreDraft({ autosave }: { autosave: EntryAutosave }) {
  const { t } = useTranslation();
  const { offer } = autosave;
  if (!offer) return null;
  return (
    <Alert color="indigo" variant="light" icon={<IconDeviceFloppy aria-hidden />} data-testid="restore-draft">
      <Stack gap="xs">
        <Text size="sm" fw={700}>
          {t('reports.draft.found', { time: formatDateTime(offer.savedAt) })}
        </Text>
        {offer.stale && <Text size="sm">{t('reports.draft.stale')}</Text>}
        <Group gap="sm">
          <Button size="xs" onClick={autosave.restore}>
            {t('reports.draft.restore')}
          </Button>
          <Button size="xs" variant="default" onClick={autosave.discardOffer}>
            {t('reports.draft.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
