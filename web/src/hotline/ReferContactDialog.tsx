import { Alert, Button, Checkbox, Group, Modal, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_PARTS, SEXES } from '../../../common/src/case-parts';
import type { ReferralTargetKind } from '../../../common/src/hotline';
import { isApiError } from '../app/api';
import { codeLabel } from '../cases/codes';
import { fieldErrors } from '../cases/formErrors';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useReferContact } from './api';
import { SHARING_BASES, URGENT_FLAGS, hotlineLabel, hotlineList, type CaseReferralBasis } from './codes';
import type { SavedContact } from './ContactForm';
import type { ContactReferralInput, ReferralResult, ReferralTarget } from './types';

/** The parts a body of each kind is usually sent: what it needs for its work, and no more. */
const PARTS_FOR: Record<ReferralTargetKind, ContactReferralInput['parts']> = {
  police: ['identity', 'victim'],
  shelter: ['identity', 'services', 'safety'],
  ngo: ['identity', 'services'],
  other: ['identity'],
};

interface ReferContactDialogProps {
  saved: SavedContact;
  targets: ReferralTarget[];
  /** Whether the contact already belongs to a case (then no new case is made). */
  hasCase: boolean;
  onClose: () => void;
  onReferred: (result: ReferralResult, target: ReferralTarget) => void;
}

/**
 * One step from a contact to a referral: to the special police unit unless another body is
 * chosen. The case is created from the contact when it has none; only the person as far as known,
 * the reason written for the receiver and the parts chosen travel — never the contact's notes.
 */
export function ReferContactDialog({ saved, targets, hasCase, onClose, onReferred }: ReferContactDialogProps) {
  const { t } = useTranslation();
  const refer = useReferContact();
  const { values } = saved;
  const first = targets[0];
  const [toOrgId, setToOrgId] = useState(first?.id ?? '');
  const target = targets.find((x) => x.id === toOrgId);
  const [parts, setParts] = useState<ContactReferralInput['parts']>(PARTS_FOR[first?.kind ?? 'police']);
  const urgentByDefault = values.category === 'trafficking_crisis' || values.riskFlags.some((f) => (URGENT_FLAGS as readonly string[]).includes(f));
  const [urgent, setUrgent] = useState(urgentByDefault);
  const [reason, setReason] = useState(() => {
    const flags = values.riskFlags.length ? ` ${t('hotline.refer.risks')}: ${hotlineList(t, 'riskFlag', values.riskFlags)}.` : '';
    return `${t('hotline.refer.fromContact', { reference: saved.reference })} ${hotlineLabel(t, 'category', values.category)}.${flags}`;
  });
  const ownCall = values.callerType === 'person_concerned';
  const [name, setName] = useState(ownCall && values.consent ? values.callerName : '');
  const [sex, setSex] = useState<ContactReferralInput['person']['sex']>('unknown');
  const [age, setAge] = useState<number | ''>('');
  const [presumed, setPresumed] = useState(false);
  const [sharing, setSharing] = useState<'yes' | 'no' | 'not_asked'>(ownCall ? 'yes' : 'not_asked');
  const [basis, setBasis] = useState<CaseReferralBasis>('vital_interests');
  const [legalGround, setLegalGround] = useState('');
  const [confirmUnstaffed, setConfirmUnstaffed] = useState(false);
  const [checked, setChecked] = useState(false);

  const byKind = useMemo(() => {
    const groups = new Map<ReferralTargetKind, ReferralTarget[]>();
    for (const x of targets) groups.set(x.kind, [...(groups.get(x.kind) ?? []), x]);
    return [...groups].map(([kind, list]) => ({ group: hotlineLabel(t, 'targetKind', kind), items: list.map((x) => ({ value: x.id, label: `${x.shortName} — ${x.nameAz}` })) }));
  }, [targets, t]);

  const consentBasis = sharing === 'yes';
  const missing = new Map<string, 'required'>();
  if (checked && !toOrgId) missing.set('toOrgId', 'required');
  if (checked && parts.length === 0) missing.set('parts', 'required');
  if (checked && !reason.trim()) missing.set('reason', 'required');
  if (checked && !consentBasis && !legalGround.trim()) missing.set('legalGround', 'required');
  const errors = fieldErrors(t, refer.error, missing);
  const unstaffed = isApiError(refer.error, 'REFERRAL_RECEIVER_UNSTAFFED');

  const chooseTarget = (id: string) => {
    setToOrgId(id);
    const kind = targets.find((x) => x.id === id)?.kind;
    if (kind) setParts(PARTS_FOR[kind]);
    setConfirmUnstaffed(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!toOrgId || parts.length === 0 || !reason.trim() || (!consentBasis && !legalGround.trim())) return;
    const input: ContactReferralInput = {
      revision: saved.revision,
      toOrgId,
      parts,
      reason: reason.trim(),
      person: { name: name.trim() || null, sex, estimatedAge: age === '' ? null : age, citizenship: null },
      traffickingStatus: presumed ? 'presumed' : 'potential',
      sharingConsent: sharing === 'yes' ? true : sharing === 'no' ? false : null,
      urgency: urgent ? 'urgent' : 'normal',
      sharingBasis: consentBasis ? 'consent' : basis,
      legalGround: consentBasis ? null : legalGround.trim(),
      confirmNoActiveUsers: confirmUnstaffed,
    };
    refer.mutate({ id: saved.id, input }, { onSuccess: (result) => target && onReferred(result, target) });
  };

  return (
    <Modal opened onClose={onClose} title={t('hotline.refer.title', { reference: saved.reference })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {hasCase ? t('hotline.refer.hintCase') : t('hotline.refer.hintNew')}
          </Text>
          <NativeSelect label={t('hotline.refer.to')} value={toOrgId} onChange={(e) => chooseTarget(e.currentTarget.value)} data={byKind} required error={errors.at('toOrgId')} />
          <Checkbox.Group label={t('hotline.refer.parts')} description={t('hotline.refer.partsHint')} value={parts} onChange={(v) => setParts(v as typeof parts)} error={errors.under('parts')}>
            <SimpleGrid cols={3} spacing={6} verticalSpacing={6} mt={6}>
              {CASE_PARTS.map((part) => (
                <Checkbox key={part} value={part} label={codeLabel(t, 'part', part)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Checkbox label={t('hotline.refer.urgent')} checked={urgent} onChange={(e) => setUrgent(e.currentTarget.checked)} />
          <Textarea label={t('hotline.refer.reason')} description={t('hotline.refer.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={3} maxLength={2000} required error={errors.at('reason')} />
          {!hasCase && (
            <>
              <Text size="sm" fw={700}>
                {t('hotline.refer.person')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput label={t('hotline.refer.personName')} description={t('hotline.refer.personNameHint')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} error={errors.at('person.name')} />
                <NativeSelect label={t('cases.field.sex')} value={sex} onChange={(e) => setSex(e.currentTarget.value as typeof sex)} data={SEXES.map((s) => ({ value: s, label: codeLabel(t, 'sex', s) }))} />
                <NumberInput label={t('cases.field.estimatedAge')} value={age} onChange={(v) => setAge(typeof v === 'number' ? v : '')} min={0} max={120} allowDecimal={false} error={errors.at('person.estimatedAge')} />
              </SimpleGrid>
              <Checkbox label={t('hotline.refer.presumed')} checked={presumed} onChange={(e) => setPresumed(e.currentTarget.checked)} />
            </>
          )}
          <Radio.Group label={t('hotline.refer.sharing')} value={sharing} onChange={(v) => setSharing(v as typeof sharing)} error={errors.at('sharingBasis')}>
            <Group gap="md" mt={6}>
              <Radio value="yes" label={t('hotline.refer.sharingYes')} />
              <Radio value="no" label={t('hotline.refer.sharingNo')} />
              <Radio value="not_asked" label={t('hotline.refer.sharingNotAsked')} />
            </Group>
          </Radio.Group>
          {!consentBasis && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect
                label={t('hotline.refer.basis')}
                value={basis}
                onChange={(e) => setBasis(e.currentTarget.value as CaseReferralBasis)}
                data={SHARING_BASES.filter((b) => b !== 'consent').map((b) => ({ value: b, label: hotlineLabel(t, 'sharingBasis', b) }))}
              />
              <TextInput label={t('hotline.refer.legalGround')} value={legalGround} onChange={(e) => setLegalGround(e.currentTarget.value)} maxLength={500} required error={errors.at('legalGround')} />
            </SimpleGrid>
          )}
          {unstaffed && (
            <Alert color="orange" variant="light">
              <Checkbox label={t('hotline.refer.sendAnyway')} checked={confirmUnstaffed} onChange={(e) => setConfirmUnstaffed(e.currentTarget.checked)} />
            </Alert>
          )}
          {refer.isError && !unstaffed && <ProblemAlert error={refer.error} fields={['toOrgId', 'parts', 'reason', 'legalGround', 'person']} />}
          {refer.isError && unstaffed && <ProblemAlert error={refer.error} />}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={refer.isPending} leftSection={<IconSend size={16} aria-hidden />}>
              {t('hotline.refer.send', { body: target?.shortName ?? '' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
