import { Group, NativeSelect, TextInput } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { parseDisplayDate } from '../../../common/src/dates';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useFormState } from '../ui/useFormState';
import { useCreateMeeting, useSaveDetails } from './api';
import { kindOptions } from './format';
import type { Meeting, MeetingKind } from './types';

const FIELDS = ['kind', 'title', 'heldOn', 'startsAt', 'place', 'onlineUrl'] as const;

/** The Coordinator's office calls a meeting, or corrects its details: kind, title, date and time, place or link. */
export function MeetingForm({ meeting, opened, onClose }: { meeting?: Meeting; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { values, set } = useFormState({
    kind: (meeting?.kind ?? 'commission') as MeetingKind,
    title: meeting?.title ?? '',
    heldOn: meeting?.heldOn ?? '',
    startsAt: meeting?.startsAt ?? '',
    place: meeting?.place ?? '',
    onlineUrl: meeting?.onlineUrl ?? '',
  });
  const [checked, setChecked] = useState(false);
  const create = useCreateMeeting();
  const save = useSaveDetails(meeting?.id ?? '');
  const mutation = meeting ? save : create;
  const server = fieldErrors(mutation.error);
  const required = (value: string) => (checked && value.trim() === '' ? t('form.required') : undefined);

  const submit = () => {
    setChecked(true);
    if (!values.title.trim() || !values.heldOn) return;
    const input = {
      kind: values.kind,
      title: values.title.trim(),
      heldOn: values.heldOn,
      startsAt: values.startsAt || null,
      place: values.place.trim() || null,
      onlineUrl: values.onlineUrl.trim() || null,
    };
    if (meeting) {
      save.mutate({ ...input, revision: meeting.revision }, { onSuccess: () => onClose() });
    } else {
      create.mutate(input, {
        onSuccess: (created) => {
          notifications.show({ color: 'teal', message: t('meetings.created', { title: created.title }) });
          onClose();
          void navigate(`/meetings/${created.id}`);
        },
      });
    }
  };

  return (
    <FormDrawer
      opened={opened}
      onClose={onClose}
      title={meeting ? t('meetings.editTitle') : t('meetings.createTitle')}
      submitLabel={meeting ? t('common.save') : t('meetings.create')}
      pending={mutation.isPending}
      onSubmit={submit}
    >
      <NativeSelect label={t('meetings.kind.label')} value={values.kind} onChange={(e) => set('kind', e.currentTarget.value as MeetingKind)} data={kindOptions(t)} required error={server.kind} />
      <TextInput label={t('meetings.field.title')} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} required data-autofocus lang="az" error={required(values.title) ?? server.title} />
      <Group grow align="flex-start">
        <DateInput
          label={t('meetings.field.heldOn')}
          value={values.heldOn || null}
          onChange={(v) => set('heldOn', v ?? '')}
          valueFormat="DD.MM.YYYY"
          dateParser={(text) => parseDisplayDate(text)}
          placeholder={t('filters.datePlaceholder')}
          required
          error={required(values.heldOn) ?? server.heldOn}
        />
        <TimeInput label={t('meetings.field.startsAt')} value={values.startsAt} onChange={(e) => set('startsAt', e.currentTarget.value)} error={server.startsAt} />
      </Group>
      <TextInput label={t('meetings.field.place')} value={values.place} onChange={(e) => set('place', e.currentTarget.value)} lang="az" error={server.place} />
      <TextInput
        label={t('meetings.field.onlineUrl')}
        description={t('meetings.field.onlineUrlHint')}
        type="url"
        value={values.onlineUrl}
        onChange={(e) => set('onlineUrl', e.currentTarget.value)}
        error={server.onlineUrl}
      />
      {mutation.isError && <ProblemAlert error={mutation.error} fields={FIELDS} />}
    </FormDrawer>
  );
}
