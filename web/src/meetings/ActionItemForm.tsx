import { NativeSelect, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDisplayDate } from '../../../common/src/dates';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useFormState } from '../ui/useFormState';
import { useCreateActionItem, useEditActionItem } from './api';
import { statusOptions } from './format';
import type { ActionItem, ActionItemStatus, Decision } from './types';

const FIELDS = ['organisationId', 'task', 'dueOn', 'status', 'note'] as const;

/** The office gives a decision's action item to a body, or corrects one (body, task, due date, status, note). */
export function ActionItemForm({ decision, item, opened, onClose }: { decision: Pick<Decision, 'id' | 'number'>; item?: ActionItem; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set } = useFormState({
    organisationId: item?.organisation.id ?? '',
    task: item?.task ?? '',
    dueOn: item?.dueOn ?? '',
    status: (item?.status ?? 'open') as ActionItemStatus,
    note: item?.note ?? '',
  });
  const [checked, setChecked] = useState(false);
  const create = useCreateActionItem();
  const edit = useEditActionItem();
  const mutation = item ? edit : create;
  const server = fieldErrors(mutation.error);
  const required = (value: string) => (checked && !value ? t('form.required') : undefined);

  const submit = () => {
    setChecked(true);
    if (!values.organisationId || !values.dueOn) return;
    const input = { organisationId: values.organisationId, task: values.task.trim(), dueOn: values.dueOn };
    if (item) edit.mutate({ id: item.id, ...input, status: values.status, note: values.note.trim(), revision: item.revision }, { onSuccess: () => onClose() });
    else create.mutate({ decisionId: decision.id, ...input }, { onSuccess: () => onClose() });
  };

  return (
    <FormDrawer
      opened={opened}
      onClose={onClose}
      title={item ? t('meetings.actionItems.editTitle') : t('meetings.actionItems.addTitle', { number: decision.number })}
      submitLabel={item ? t('common.save') : t('meetings.actionItems.add')}
      pending={mutation.isPending}
      onSubmit={submit}
    >
      <OrganisationSelect
        label={t('meetings.actionItems.body')}
        value={values.organisationId}
        onChange={(id) => set('organisationId', id)}
        required
        error={required(values.organisationId) ?? server.organisationId}
      />
      <Textarea
        label={t('meetings.actionItems.task')}
        description={t('meetings.actionItems.taskHint')}
        value={values.task}
        onChange={(e) => set('task', e.currentTarget.value)}
        autosize
        minRows={2}
        lang="az"
        error={server.task}
      />
      <DateInput
        label={t('meetings.actionItems.dueOn')}
        value={values.dueOn || null}
        onChange={(v) => set('dueOn', v ?? '')}
        valueFormat="DD.MM.YYYY"
        dateParser={(text) => parseDisplayDate(text)}
        placeholder={t('filters.datePlaceholder')}
        required
        error={required(values.dueOn) ?? server.dueOn}
      />
      {item && (
        <>
          <NativeSelect label={t('meetings.actionItems.status')} value={values.status} onChange={(e) => set('status', e.currentTarget.value as ActionItemStatus)} data={statusOptions(t)} error={server.status} />
          <Textarea label={t('meetings.actionItems.note')} value={values.note} onChange={(e) => set('note', e.currentTarget.value)} autosize minRows={2} lang="az" error={server.note} />
        </>
      )}
      {mutation.isError && <ProblemAlert error={mutation.error} fields={FIELDS} />}
    </FormDrawer>
  );
}
