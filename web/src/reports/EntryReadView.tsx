import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../common/src/dates';
import { ContentLists } from './ContentTables';
import { StatusBadge } from './Badges';
import { contentOf } from './content';
import { clearDraft, draftToOffer, readDraft } from './draftStorage';
import { EntryActions } from './EntryActions';
import { NarrativeView } from './NarrativeView';
import type { Entry } from './types';

/** Edits kept on this device that never reached the server before the entry was locked: shown, not lost. */
function LockedDraft({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftToOffer(readDraft(entry.id), entry));
  const [shown, setShown] = useState(false);
  if (!draft) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconDeviceFloppy aria-hidden />}>
      <Stack gap="xs">
        <Text size="sm">{t('reports.draft.locked', { time: formatDateTime(draft.savedAt) })}</Text>
        {shown && <NarrativeView text={draft.content.narrative} />}
        <Group gap="sm">
          <Button size="xs" variant="default" onClick={() => setShown((s) => !s)} aria-expanded={shown}>
            {t('reports.draft.show')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              clearDraft(entry.id);
              setDraft(null);
            }}
          >
            {t('reports.draft.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** The entry as submitted or accepted (or as a reader sees it): no inputs. */
export function EntryReadView({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const content = contentOf(entry);
  return (
    <Stack gap="md">
      <LockedDraft entry={entry} />
      <Card withBorder padding="md" component="section" aria-label={t('reports.entry.report')}>
        <Stack gap="md">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('reports.entry.status')}:
            </Text>
            <StatusBadge status={content.status} />
          </Group>
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('reports.entry.narrative')}
            </Title>
            <NarrativeView text={content.narrative} empty={t('reports.editor.empty')} />
          </div>
          <ContentLists activities={content.activities} figures={content.figures} needs={content.needs} />
        </Stack>
      </Card>
      <EntryActions entry={entry} />
    </Stack>
  );
}
