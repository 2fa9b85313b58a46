import { Card, Group, NativeSelect, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog } from './ConflictDialog';
import { ActivitiesEditor, FiguresEditor, NeedsEditor } from './ContentEditors';
import { EntryActions } from './EntryActions';
import { statusOptions } from './format';
import { NarrativeEditor } from './NarrativeEditor';
import { RestoreDraft } from './RestoreDraft';
import { SaveStatus } from './SaveStatus';
import type { Entry, Status } from './types';
import { useEntryAutosave } from './useEntryAutosave';

/** The body's report on one measure, saved as it is written; submitted from here by the head. */
export function EntryForm({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const autosave = useEntryAutosave(entry);
  const { content, change, state } = autosave;
  const [conflictOpen, setConflictOpen] = useState(false);
  useEffect(() => setConflictOpen(state.kind === 'conflict'), [state.kind]);

  return (
    <Stack gap="md">
      <RestoreDraft autosave={autosave} />
      <Card withBorder padding="md" component="section" aria-label={t('reports.entry.report')}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" gap="sm">
            <NativeSelect
              label={t('reports.entry.status')}
              value={content.status}
              onChange={(e) => change({ status: e.currentTarget.value as Status })}
              data={statusOptions(t)}
              w={260}
            />
            <SaveStatus autosave={autosave} onResolve={() => setConflictOpen(true)} />
          </Group>
          <NarrativeEditor value={content.narrative} onChange={(narrative) => change({ narrative })} />
          <ActivitiesEditor value={content.activities} onChange={(activities) => change({ activities })} />
          <FiguresEditor value={content.figures} onChange={(figures) => change({ figures })} />
          <NeedsEditor value={content.needs} onChange={(needs) => change({ needs })} />
        </Stack>
      </Card>
      <EntryActions entry={entry} beforeSubmit={autosave.flush} />
      <ConflictDialog autosave={autosave} opened={conflictOpen} onClose={() => setConflictOpen(false)} />
    </Stack>
  );
}
