import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toProblem } from '../ui/problem';
import { timeOf } from './format';
import type { EntryAutosave } from './useEntryAutosave';

/** "Saved at 14:05" / "Saving…" / "Not saved — retry", announced politely. */
export function SaveStatus({ autosave, onResolve }: { autosave: EntryAutosave; onResolve: () => void }) {
  const { t } = useTranslation();
  const { state } = autosave;
  let body = null;
  switch (state.kind) {
    case 'pending':
    case 'saving':
      body = (
        <Group gap={6}>
          <Loader size={14} aria-hidden />
          <Text size="sm">{t('reports.save.saving')}</Text>
        </Group>
      );
      break;
    case 'saved':
      body = (
        <Group gap={6}>
          <IconCheck size={16} color="var(--mantine-color-teal-9)" aria-hidden />
          <Text size="sm">{t('reports.save.savedAt', { time: timeOf(state.at) })}</Text>
        </Group>
      );
      break;
    case 'incomplete':
      body = (
        <Text size="sm" c="orange.9">
          {t('reports.save.incomplete')}
        </Text>
      );
      break;
    case 'failed':
      body = (
        <Group gap={6}>
          <IconAlertTriangle size={16} color="var(--mantine-color-red-9)" aria-hidden />
          <Text size="sm" c="red.9" title={toProblem(state.error).detail ?? undefined}>
            {t('reports.save.failed')}
          </Text>
          <Button size="compact-sm" variant="default" onClick={autosave.retry}>
            {t('common.retry')}
          </Button>
        </Group>
      );
      break;
    case 'conflict':
      body = (
        <Group gap={6}>
          <IconAlertTriangle size={16} color="var(--mantine-color-orange-9)" aria-hidden />
          <Text size="sm" c="orange.9">
            {t('reports.save.conflict')}
          </Text>
          <Button size="compact-sm" variant="default" onClick={onResolve}>
            {t('reports.conflict.resolve')}
          </Button>
        </Group>
      );
      break;
    case 'locked':
      body = (
        <Alert color="orange" variant="light" icon={<IconLock aria-hidden />} p="xs">
          <Text size="sm">{t('reports.save.locked')}</Text>
        </Alert>
      );
      break;
  }
  return (
    <div role="status" aria-live="polite" data-testid="save-status" data-state={state.kind} style={{ minHeight: 28 }}>
      {body}
    </div>
  );
}
