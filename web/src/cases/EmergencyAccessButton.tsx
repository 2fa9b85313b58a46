import { Alert, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertOctagon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton';
import { fieldErrors } from './formErrors';
import { useEmergencyAccess } from './api';

const MIN_REASON = 10;

/**
 * A supervisor of the special police unit opens every part of a case at once, for a day, with a
 * reason; it is recorded and the owning body reviews it.
 */
export function EmergencyAccessButton({ caseId, reference }: { caseId: string; reference: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const access = useEmergencyAccess(caseId);
  const errors = fieldErrors(t, access.error, null);
  const short = reason.trim().length < MIN_REASON;
  return (
    <ConfirmButton
      label={t('cases.emergency.button')}
      title={t('cases.emergency.title', { reference })}
      confirmLabel={t('cases.emergency.confirm')}
      danger
      confirmDisabled={short}
      fields={['reason']}
      buttonProps={{ leftSection: <IconAlertOctagon size={16} aria-hidden /> }}
      onOpen={() => {
        setReason('');
        access.reset();
      }}
      onConfirm={async () => {
        await access.mutateAsync(reason.trim());
        notifications.show({ color: 'orange', message: t('cases.emergency.granted', { reference }) });
      }}
    >
      <Alert color="red" variant="light" icon={<IconAlertOctagon aria-hidden />}>
        <Text size="sm">{t('cases.emergency.explanation')}</Text>
      </Alert>
      <Textarea
        label={t('cases.emergency.reason')}
        description={t('cases.emergency.reasonHint', { min: String(MIN_REASON) })}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        required
        autosize
        minRows={3}
        maxLength={1000}
        error={errors.at('reason')}
        data-autofocus
      />
    </ConfirmButton>
  );
}
