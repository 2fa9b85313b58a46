import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bakuToday } from '../../../common/src/dates';
import { fieldErrors } from '../cases/formErrors';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useAddCallback } from './api';

const MINUTE = 60_000;
const PRESETS = ['15m', '1h', '2h', '4h', 'tomorrow', 'custom'] as const;
type Preset = (typeof PRESETS)[number];

/** The due time of a preset; a typed one is Baku time (UTC+4, no daylight saving), whatever the computer's zone. */
function dueAt(preset: Preset, custom: string, now = Date.now()): string | null {
  switch (preset) {
    case '15m':
      return new Date(now + 15 * MINUTE).toISOString();
    case '1h':
      return new Date(now + 60 * MINUTE).toISOString();
    case '2h':
      return new Date(now + 120 * MINUTE).toISOString();
    case '4h':
      return new Date(now + 240 * MINUTE).toISOString();
    case 'tomorrow': {
      const tomorrow = bakuToday(new Date(now + 24 * 60 * MINUTE));
      return new Date(`${tomorrow}T10:00:00+04:00`).toISOString();
    }
    case 'custom':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(custom) ? new Date(`${custom}:00+04:00`).toISOString() : null;
  }
}

interface CallbackDialogProps {
  contactId: string;
  reference: string;
  operators: { id: string; fullName: string }[];
  onClose: () => void;
}

/** A callback: a task with a due time, for one operator or for whoever is on duty. */
export function CallbackDialog({ contactId, reference, operators, onClose }: CallbackDialogProps) {
  const { t } = useTranslation();
  const add = useAddCallback(contactId);
  const [preset, setPreset] = useState<Preset>('1h');
  const [custom, setCustom] = useState('');
  const [assignedTo, setAssignedTo] = useState('');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const due = dueAt(preset, custom);
  const missing = new Map<string, 'required'>();
  if (checked && !due) missing.set('dueAt', 'required');
  const errors = fieldErrors(t, add.error, missing);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!due) return;
    add.mutate(
      { dueAt: due, assignedTo: assignedTo || null, note: note.trim() || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('hotline.callback.added', { reference }) });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('hotline.callback.title', { reference })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NativeSelect
            label={t('hotline.callback.due')}
            value={preset}
            onChange={(e) => setPreset(e.currentTarget.value as Preset)}
            data={PRESETS.map((p) => ({ value: p, label: t(`hotline.callback.preset.${p}`) }))}
            error={preset !== 'custom' ? errors.at('dueAt') : undefined}
            data-autofocus
          />
          {preset === 'custom' && (
            <TextInput type="datetime-local" label={t('hotline.callback.customDue')} description={t('hotline.callback.bakuTime')} value={custom} onChange={(e) => setCustom(e.currentTarget.value)} required error={errors.at('dueAt')} />
          )}
          <NativeSelect
            label={t('hotline.callback.assignee')}
            value={assignedTo}
            onChange={(e) => setAssignedTo(e.currentTarget.value)}
            data={[{ value: '', label: t('hotline.callback.anyone') }, ...operators.map((o) => ({ value: o.id, label: o.fullName }))]}
            error={errors.at('assignedTo')}
          />
          <TextInput label={t('hotline.callback.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} error={errors.at('note')} />
          {add.isError && <ProblemAlert error={add.error} fields={['dueAt', 'assignedTo', 'note']} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('hotline.callback.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
