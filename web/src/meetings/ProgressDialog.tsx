import { NativeSelect, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useReportProgress } from './api';
import { statusOptions } from './format';
import type { ActionItem, ActionItemStatus } from './types';

/** The responsible body moves its action item on: status and a short note. */
export function ProgressDialog({ item, opened, onClose }: { item: ActionItem; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ActionItemStatus>(item.status);
  const [note, setNote] = useState(item.note);
  const progress = useReportProgress();
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={t('meetings.actionItems.progressTitle')}
      confirmLabel={t('common.save')}
      onConfirm={() => progress.mutateAsync({ id: item.id, revision: item.revision, status, note: note.trim() })}
      fields={['status', 'note']}
    >
      <Text size="sm" lang="az">
        {item.task || item.decision.text}
      </Text>
      <NativeSelect label={t('meetings.actionItems.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value as ActionItemStatus)} data={statusOptions(t)} />
      <Textarea label={t('meetings.actionItems.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={2000} lang="az" />
    </ConfirmDialog>
  );
}
