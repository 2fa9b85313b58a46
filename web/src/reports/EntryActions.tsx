import { Group, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton';
import { useReopenEntry, useReviewEntry, useSubmitEntry } from './api';
import type { Entry } from './types';

interface EntryActionsProps {
  entry: Entry;
  /** Runs before submitting (the form saves what is waiting); a rejection stops the submission. */
  beforeSubmit?: () => Promise<void>;
}

function CommentField({ label, value, onChange, required }: { label: string; value: string; onChange: (v: string) => void; required: boolean }) {
  return (
    <Textarea
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      autosize
      minRows={3}
      required={required}
      data-autofocus
    />
  );
}

/** Submit (the body's head), accept or return with a comment (reviewers), reopen an accepted entry with a reason. */
export function EntryActions({ entry, beforeSubmit }: EntryActionsProps) {
  const { t } = useTranslation();
  const submit = useSubmitEntry(entry.id);
  const review = useReviewEntry(entry.id);
  const reopen = useReopenEntry(entry.id);
  const [comment, setComment] = useState('');
  const { abilities } = entry;
  if (!abilities.submit && !abilities.review && !abilities.reopen) return null;

  const reset = () => setComment('');
  const noComment = !comment.trim();
  const done = (key: 'reports.entry.submitted' | 'reports.review.accepted' | 'reports.review.returned' | 'reports.review.reopened') =>
    notifications.show({ color: 'teal', message: t(key) });

  return (
    <Group gap="sm" justify="flex-end">
      {abilities.submit && (
        <ConfirmButton
          label={t('reports.entry.submit')}
          buttonProps={{ variant: 'filled' }}
          title={t('reports.entry.submitTitle')}
          confirmLabel={t('reports.entry.submit')}
          onConfirm={async () => {
            await beforeSubmit?.();
            await submit.mutateAsync();
            done('reports.entry.submitted');
          }}
        >
          <Text size="sm">{t('reports.entry.submitMessage')}</Text>
        </ConfirmButton>
      )}
      {abilities.review && (
        <>
          <ConfirmButton
            label={t('reports.review.return')}
            buttonProps={{ color: 'orange', variant: 'outline' }}
            title={t('reports.review.returnTitle')}
            confirmLabel={t('reports.review.return')}
            onOpen={reset}
            confirmDisabled={noComment}
            onConfirm={async () => {
              await review.mutateAsync({ decision: 'return', comment: comment.trim() });
              done('reports.review.returned');
            }}
            fields={['comment']}
          >
            <Text size="sm">{t('reports.review.returnMessage')}</Text>
            <CommentField label={t('reports.review.comment')} value={comment} onChange={setComment} required />
          </ConfirmButton>
          <ConfirmButton
            label={t('reports.review.accept')}
            buttonProps={{ variant: 'filled', color: 'teal' }}
            title={t('reports.review.acceptTitle')}
            confirmLabel={t('reports.review.accept')}
            onOpen={reset}
            onConfirm={async () => {
              await review.mutateAsync({ decision: 'accept', comment: comment.trim() });
              done('reports.review.accepted');
            }}
            fields={['comment']}
          >
            <CommentField label={t('reports.review.comment')} value={comment} onChange={setComment} required={false} />
          </ConfirmButton>
        </>
      )}
      {abilities.reopen && (
        <ConfirmButton
          label={t('reports.review.reopen')}
          title={t('reports.review.reopenTitle')}
          confirmLabel={t('reports.review.reopen')}
          onOpen={reset}
          confirmDisabled={noComment}
          onConfirm={async () => {
            await reopen.mutateAsync(comment.trim());
            done('reports.review.reopened');
          }}
          fields={['comment']}
        >
          <Text size="sm">{t('reports.review.reopenMessage')}</Text>
          <CommentField label={t('reports.review.reopenReason')} value={comment} onChange={setComment} required />
        </ConfirmButton>
      )}
    </Group>
  );
}
