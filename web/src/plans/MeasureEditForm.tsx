import { Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationOptionsQuery } from '../organisations/api';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useFormState } from '../ui/useFormState';
import { useSaveMeasure } from './api';
import { trimCode } from './format';
import { newParticipantKey, ParticipantsEditor, type ParticipantDraft } from './ParticipantsEditor';
import { PeriodFields, type PeriodDraft } from './PeriodFields';
import type { MeasureDetail, MeasureInput } from './types';

const FIELDS = ['text', 'period', 'participants', 'reason'] as const;

interface MeasureEditFormProps {
  measure: MeasureDetail;
  opened: boolean;
  onClose: () => void;
}

function initialPeriod(measure: MeasureDetail): PeriodDraft {
  const p = measure.period;
  return p ? { kind: p.kind, from: p.from ?? '', to: p.to ?? '', text: p.text } : { kind: '', from: '', to: '', text: '' };
}

/** The secretariat's correction of a measure; the reason is required and stays in the history. */
export function MeasureEditForm({ measure, opened, onClose }: MeasureEditFormProps) {
  const { t } = useTranslation();
  const organisations = useQuery(organisationOptionsQuery);
  const { values, set } = useFormState({
    text: measure.text,
    period: initialPeriod(measure),
    participants: measure.participants.map<ParticipantDraft>((p) => ({
      key: newParticipantKey(),
      role: p.role,
      name: p.name,
      organisationId: p.organisation?.id ?? '',
    })),
    reason: '',
  });
  const [checked, setChecked] = useState(false);
  const save = useSaveMeasure(measure.id);
  const server = fieldErrors(save.error);
  const missing = (v: string) => checked && !v.trim();
  const nameOf = (p: ParticipantDraft) => p.name.trim() || organisations.data?.find((o) => o.id === p.organisationId)?.nameAz || '';

  const submit = () => {
    setChecked(true);
    const { period } = values;
    const invalid =
      !values.text.trim() ||
      !values.reason.trim() ||
      (period.kind !== '' && !period.text.trim()) ||
      values.participants.some((p) => !nameOf(p));
    if (invalid) return;
    const input: MeasureInput = {
      text: values.text.trim(),
      period: period.kind ? { kind: period.kind, from: period.from || null, to: period.to || null, text: period.text.trim() } : null,
      participants: values.participants.map((p) => ({ role: p.role, name: nameOf(p), organisationId: p.organisationId || null })),
      reason: values.reason.trim(),
    };
    save.mutate(input, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('plans.edit.saved', { code: trimCode(measure.code) }) });
        onClose();
      },
    });
  };

  return (
    <FormDrawer
      opened={opened}
      onClose={onClose}
      title={t('plans.edit.title', { code: trimCode(measure.code) })}
      submitLabel={t('common.save')}
      pending={save.isPending}
      onSubmit={submit}
    >
      <Textarea
        label={t('plans.measure.text')}
        value={values.text}
        onChange={(e) => set('text', e.currentTarget.value)}
        autosize
        minRows={4}
        maxRows={14}
        required
        lang="az"
        data-autofocus
        error={missing(values.text) ? t('form.required') : server.text}
      />
      <PeriodFields
        value={values.period}
        onChange={(period) => set('period', period)}
        errors={{ text: values.period.kind && missing(values.period.text) ? t('form.required') : undefined, period: server.period }}
      />
      <ParticipantsEditor value={values.participants} onChange={(participants) => set('participants', participants)} checked={checked} />
      <Textarea
        label={t('plans.edit.reason')}
        description={t('plans.edit.reasonHint')}
        value={values.reason}
        onChange={(e) => set('reason', e.currentTarget.value)}
        autosize
        minRows={2}
        required
        error={missing(values.reason) ? t('form.required') : server.reason}
      />
      {save.isError && <ProblemAlert error={save.error} fields={FIELDS} />}
    </FormDrawer>
  );
}
