import { NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useCorrectDecision, useRecordDecision } from './api';
import type { Decision, Meeting } from './types';

const FIELDS = ['text', 'agendaItemId'] as const;

/** A decision of the meeting (numbered by the server in the order recorded), optionally on one agenda item. */
export function DecisionForm({ meeting, decision, opened, onClose }: { meeting: Meeting; decision?: Decision; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(decision?.text ?? '');
  const [agendaItemId, setAgendaItemId] = useState(decision?.agendaItemId ?? '');
  const [checked, setChecked] = useState(false);
  const record = useRecordDecision(meeting.id);
  const correct = useCorrectDecision();
  const mutation = decision ? correct : record;
  const server = fieldErrors(mutation.error);

  const submit = () => {
    setChecked(true);
    if (!text.trim()) return;
    const input = { text: text.trim(), agendaItemId: agendaItemId || null };
    if (decision) correct.mutate({ id: decision.id, ...input }, { onSuccess: () => onClose() });
    else record.mutate(input, { onSuccess: () => onClose() });
  };

  return (
    <FormDrawer
      opened={opened}
      onClose={onClose}
      title={decision ? t('meetings.decisions.number', { number: decision.number }) : t('meetings.decisions.addTitle')}
      submitLabel={decision ? t('common.save') : t('meetings.decisions.add')}
      pending={mutation.isPending}
      onSubmit={submit}
    >
      <Textarea
        label={t('meetings.decisions.text')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={4}
        required
        data-autofocus
        lang="az"
        error={(checked && !text.trim() ? t('form.required') : undefined) ?? server.text}
      />
      <NativeSelect
        label={t('meetings.decisions.agendaItem')}
        value={agendaItemId}
        onChange={(e) => setAgendaItemId(e.currentTarget.value)}
        data={[{ value: '', label: t('meetings.decisions.noAgendaItem') }, ...meeting.agenda.map((a, i) => ({ value: a.id, label: `${i + 1}. ${a.title}` }))]}
        error={server.agendaItemId}
      />
      {mutation.isError && <ProblemAlert error={mutation.error} fields={FIELDS} />}
    </FormDrawer>
  );
}
