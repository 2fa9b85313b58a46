import { Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api';
import { formatDate } from '../../../common/src/dates';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useFormState } from '../ui/useFormState';
import { useUpdateHeader } from './api';
import { codeLabel } from './codes';
import { fieldErrors, loosePartOf } from './formErrors';
import { CodeSelect, DateField } from './inputs';
import { ConflictNotice } from './layout';
import type { CaseDetail, CaseStatus, Channel } from './types';
import { useConflictReload } from './useConflictReload';

const closing = (status: CaseStatus) => status === 'closed' || status === 'closed_referred';

/** The case's own facts: status (with the reason when closing), channel and first contact. */
export function HeaderForm({ detail, opened, onClose }: { detail: CaseDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set } = useFormState({
    status: detail.status as CaseStatus,
    closureReason: detail.closureReason ?? '',
    identificationChannel: detail.identificationChannel as Channel,
    firstContactOn: detail.firstContactOn,
  });
  const [checked, setChecked] = useState(false);
  const update = useUpdateHeader(detail.id);
  const reload = useConflictReload(detail.id, (fresh) => fresh.revision, detail.revision);
  const missing = new Map<string, 'required'>();
  if (checked && !values.firstContactOn) missing.set('firstContactOn', 'required');
  const errors = fieldErrors(t, update.error, missing);

  const submit = () => {
    setChecked(true);
    if (!values.firstContactOn) return;
    update.mutate(
      {
        revision: reload.revision,
        status: values.status,
        closureReason: closing(values.status) ? values.closureReason.trim() || null : null,
        identificationChannel: values.identificationChannel,
        firstContactOn: values.firstContactOn,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cases.saved') });
          onClose();
        },
        onError: async (error) => {
          if (await reload.handle(error)) update.reset();
        },
      },
    );
  };

  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('cases.header.editTitle')} submitLabel={t('common.save')} pending={update.isPending} onSubmit={submit}>
      {reload.conflict && (
        <ConflictNotice>
          <Text size="sm" mt={6}>
            {t('cases.header.currentVersion', {
              status: codeLabel(t, 'status', detail.status),
              channel: codeLabel(t, 'channel', detail.identificationChannel),
              date: formatDate(detail.firstContactOn),
            })}
          </Text>
        </ConflictNotice>
      )}
      <CodeSelect group="status" label={t('cases.field.status')} value={values.status} onChange={(v) => v && set('status', v)} required error={errors.at('status')} />
      {closing(values.status) && (
        <Textarea
          label={t('cases.field.closureReason')}
          value={values.closureReason}
          onChange={(e) => set('closureReason', e.currentTarget.value)}
          error={errors.at('closureReason')}
          autosize
          minRows={2}
          maxLength={2000}
        />
      )}
      <CodeSelect
        group="channel"
        label={t('cases.field.channel')}
        value={values.identificationChannel}
        onChange={(v) => v && set('identificationChannel', v)}
        required
        error={errors.at('identificationChannel')}
      />
      <DateField label={t('cases.field.firstContactOn')} value={values.firstContactOn} onChange={(v) => set('firstContactOn', v)} required error={errors.at('firstContactOn')} />
      {update.isError && !isApiError(update.error, 'CASE_CONFLICT') && <ProblemAlert error={loosePartOf(update.error, t('cases.form.fixMarked'))} />}
    </FormDrawer>
  );
}
