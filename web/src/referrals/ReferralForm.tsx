import { Alert, Button, Checkbox, Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_PARTS } from '../../../common/src/case-parts';
import { REFERRAL_SERVICES, SHARING_BASES } from '../../../common/src/referrals';
import { isApiError } from '../app/api';
import { codeLabel } from '../cases/codes';
import { fieldErrors } from '../cases/formErrors';
import type { CaseDetail, CasePart } from '../cases/types';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useSendReferral } from './api';
import { referralCode } from './display';
import type { ReferralInput, ReferralService, ReferralUrgency, SharingBasis } from './types';

/** The person's latest recorded decision on sharing their data with other bodies. */
function sharingConsentOf(detail: CaseDetail): boolean | null {
  const decisions = detail.consents.filter((c) => c.purpose === 'sharing_with_bodies');
  if (decisions.length === 0) return null;
  return [...decisions].sort((a, b) => a.recordedOn.localeCompare(b.recordedOn)).at(-1)!.given;
}

const FIELDS = ['toOrgId', 'parts', 'reason', 'urgency', 'services', 'sharingBasis', 'legalGround'] as const;

/**
 * Referring a case: to which body, why, how urgently, the services asked for, the parts it will
 * see, and the basis for sharing the person's data (their recorded consent, or a legal ground).
 * A body where nobody can take the referral in the system is named back by the server; the person
 * then sends it anyway or not.
 */
export function ReferralForm({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const consent = sharingConsentOf(detail);
  const [toOrgId, setToOrgId] = useState('');
  const [parts, setParts] = useState<CasePart[]>(detail.parts.filter((p) => p === 'identity' || p === 'victim'));
  const [reason, setReason] = useState('');
  const [urgency, setUrgency] = useState<ReferralUrgency>('normal');
  const [services, setServices] = useState<ReferralService[]>([]);
  const [sharingBasis, setSharingBasis] = useState<SharingBasis | ''>(consent ? 'consent' : '');
  const [legalGround, setLegalGround] = useState('');
  const [checked, setChecked] = useState(false);
  const send = useSendReferral(detail.id);
  const unstaffed = isApiError(send.error, 'REFERRAL_RECEIVER_UNSTAFFED');

  const withoutConsent = sharingBasis !== '' && sharingBasis !== 'consent';
  const missing = new Map<string, 'required'>();
  if (checked && !toOrgId) missing.set('toOrgId', 'required');
  if (checked && parts.length === 0) missing.set('parts', 'required');
  if (checked && !reason.trim()) missing.set('reason', 'required');
  if (checked && !sharingBasis) missing.set('sharingBasis', 'required');
  if (checked && withoutConsent && !legalGround.trim()) missing.set('legalGround', 'required');
  const errors = fieldErrors(t, unstaffed ? null : send.error, missing);

  const submit = (confirmNoActiveUsers = false) => {
    setChecked(true);
    if (!toOrgId || parts.length === 0 || !reason.trim() || !sharingBasis || (withoutConsent && !legalGround.trim())) return;
    const input: ReferralInput = {
      toOrgId, parts, reason: reason.trim(), urgency, services, sharingBasis,
      legalGround: withoutConsent ? legalGround.trim() : null, confirmNoActiveUsers,
    };
    send.mutate(input, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('referrals.form.sent') });
        onClose();
      },
    });
  };

  return (
    <FormDrawer opened onClose={onClose} title={t('referrals.form.title', { reference: detail.reference })} submitLabel={t('referrals.form.send')} pending={send.isPending} onSubmit={() => submit()}>
      <Text size="sm" c="dimmed">
        {t('referrals.form.hint')}
      </Text>
      <OrganisationSelect
        label={t('referrals.field.to')}
        value={toOrgId}
        onChange={(id) => {
          setToOrgId(id);
          send.reset();
        }}
        required
        error={errors.at('toOrgId')}
      />
      <Radio.Group label={t('referrals.field.urgency')} value={urgency} onChange={(v) => setUrgency(v as ReferralUrgency)} description={t('referrals.field.urgencyHint')}>
        <Group gap="lg" mt={6}>
          <Radio value="normal" label={referralCode(t, 'urgency', 'normal')} />
          <Radio value="urgent" label={referralCode(t, 'urgency', 'urgent')} color="red" />
        </Group>
      </Radio.Group>
      <Textarea label={t('referrals.field.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required error={errors.at('reason')} autosize minRows={3} maxLength={2000} />
      <Checkbox.Group label={t('referrals.field.services')} description={t('referrals.field.servicesHint')} value={services} onChange={(v) => setServices(v as ReferralService[])} error={errors.under('services')}>
        <SimpleGrid cols={2} spacing={6} verticalSpacing={6} mt={6}>
          {REFERRAL_SERVICES.map((service) => (
            <Checkbox key={service} value={service} label={referralCode(t, 'service', service)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox.Group label={t('referrals.field.parts')} description={t('referrals.field.partsHint')} value={parts} onChange={(v) => setParts(v as CasePart[])} error={errors.under('parts')} required>
        <SimpleGrid cols={2} spacing={6} verticalSpacing={6} mt={6}>
          {CASE_PARTS.map((part) => (
            <Checkbox key={part} value={part} label={codeLabel(t, 'part', part)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Radio.Group
        label={t('referrals.field.sharingBasis')}
        description={consent ? t('referrals.field.consentRecorded') : consent === false ? t('referrals.field.consentRefused') : t('referrals.field.consentMissing')}
        value={sharingBasis}
        onChange={(v) => setSharingBasis(v as SharingBasis)}
        error={errors.at('sharingBasis')}
        required
      >
        <Stack gap={6} mt={6}>
          {SHARING_BASES.map((basis) => (
            <Radio key={basis} value={basis} label={referralCode(t, 'basis', basis)} />
          ))}
        </Stack>
      </Radio.Group>
      {withoutConsent && (
        <TextInput
          label={t('referrals.field.legalGround')}
          description={t('referrals.field.legalGroundHint')}
          value={legalGround}
          onChange={(e) => setLegalGround(e.currentTarget.value)}
          required
          error={errors.at('legalGround')}
          maxLength={500}
        />
      )}
      {unstaffed && (
        <Alert color="orange" variant="light" icon={<IconUserOff aria-hidden />} role="alert" data-testid="referral-unstaffed">
          <Stack gap="xs">
            <Text size="sm" fw={700}>
              {t('referrals.form.unstaffedTitle')}
            </Text>
            <Text size="sm">{isApiError(send.error) ? send.error.problem.detail : null}</Text>
            <Group gap="sm">
              <Button size="xs" color="orange" leftSection={<IconAlertTriangle size={14} aria-hidden />} loading={send.isPending} onClick={() => submit(true)}>
                {t('referrals.form.sendAnyway')}
              </Button>
              <Button size="xs" variant="default" onClick={() => send.reset()}>
                {t('referrals.form.chooseAnother')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {send.isError && !unstaffed && <ProblemAlert error={send.error} fields={FIELDS} />}
    </FormDrawer>
  );
}
