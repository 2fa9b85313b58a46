import { Badge, Button, Group, NativeSelect, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCash, IconGavel, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bakuToday } from '../../../common/src/dates';
import { AMOUNT_PATTERN, COMPENSATION_DECISIONS, COMPENSATION_SOURCES, type CompensationDecision, type CompensationSource, type CompensationStatus } from '../../../common/src/repatriation';
import { fieldErrors } from '../cases/formErrors';
import { DateField } from '../cases/inputs';
import { Section } from '../cases/layout';
import type { CaseDetail } from '../cases/types';
import { DateText } from '../ui/DateText';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { compensationQuery, useAddClaim, useAddPayment, useDecideClaim, type Compensation, type CompensationClaim } from './api';
import { formatManat } from './money';

const STATUS_COLOURS: Record<CompensationStatus, string> = { claimed: 'blue', awarded: 'indigo', refused: 'gray', partly_paid: 'orange', paid: 'teal' };
type T = ReturnType<typeof useTranslation>['t'];
const label = (t: T, group: string, code: string) => t(`compensation.${group}.${code}` as never, { defaultValue: code } as never) as unknown as string;

/** An amount field: manats with a decimal point or comma, checked here as the server checks it. */
function AmountField({ label: text, value, onChange, error, required }: { label: string; value: string; onChange: (v: string) => void; error?: string; required?: boolean }) {
  const { t } = useTranslation();
  return <TextInput label={text} description={t('compensation.amountHint')} value={value} onChange={(e) => onChange(e.currentTarget.value)} inputMode="decimal" rightSection={<Text size="xs" c="dimmed">AZN</Text>} rightSectionWidth={44} w={220} required={required} error={error} />;
}

/** "1 500,5" → "1500.5": spaces and a comma as decimal mark, as people type them. */
const normalise = (value: string) => value.replace(/[\s\u00a0]/g, '').replace(',', '.');
const amountProblem = (value: string) => (AMOUNT_PATTERN.test(normalise(value)) && Number(normalise(value)) > 0 ? null : 'amount');

function ClaimForm({ caseId, data, onClose }: { caseId: string; data: Compensation; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddClaim(caseId);
  const [source, setSource] = useState<CompensationSource | ''>('');
  const [proceedingId, setProceedingId] = useState('');
  const [claimedOn, setClaimedOn] = useState(bakuToday());
  const [amount, setAmount] = useState('');
  const [checked, setChecked] = useState(false);
  const missing = new Map<string, 'required'>();
  if (checked && !source) missing.set('source', 'required');
  if (checked && !claimedOn) missing.set('claimedOn', 'required');
  if (checked && !amount.trim()) missing.set('amountClaimed', 'required');
  const errors = fieldErrors(t, add.error, missing);
  const invalid = checked && amount.trim() && amountProblem(amount) ? t('compensation.amountInvalid') : undefined;
  const submit = () => {
    setChecked(true);
    if (!source || !claimedOn || !amount.trim() || amountProblem(amount)) return;
    add.mutate({ source, proceedingId: source !== 'assistance_fund' && proceedingId ? proceedingId : null, claimedOn, amountClaimed: normalise(amount) }, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('compensation.claimSaved') });
        onClose();
      },
    });
  };
  return (
    <FormDrawer opened onClose={onClose} title={t('compensation.addClaim')} submitLabel={t('common.save')} pending={add.isPending} onSubmit={submit}>
      <NativeSelect
        label={t('compensation.sourceLabel')}
        value={source}
        onChange={(e) => setSource(e.currentTarget.value as CompensationSource | '')}
        data={[{ value: '', label: '—' }, ...COMPENSATION_SOURCES.map((s) => ({ value: s, label: label(t, 'source', s) }))]}
        required
        error={errors.at('source')}
        data-autofocus
      />
      {data.abilities.linkProceeding && source && source !== 'assistance_fund' && (
        <NativeSelect
          label={t('compensation.proceeding')}
          value={proceedingId}
          onChange={(e) => setProceedingId(e.currentTarget.value)}
          data={[{ value: '', label: '—' }, ...data.proceedings.map((p) => ({ value: p.id, label: p.number }))]}
          error={errors.at('proceedingId')}
        />
      )}
      <DateField label={t('compensation.claimedOn')} value={claimedOn} onChange={setClaimedOn} required error={errors.at('claimedOn')} />
      <AmountField label={t('compensation.amountClaimed')} value={amount} onChange={setAmount} required error={invalid ?? errors.at('amountClaimed')} />
      {add.isError && <ProblemAlert error={add.error} fields={['source', 'proceedingId', 'claimedOn', 'amountClaimed']} />}
    </FormDrawer>
  );
}

function DecisionForm({ caseId, claim, onClose }: { caseId: string; claim: CompensationClaim; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideClaim(caseId);
  const [decision, setDecision] = useState<CompensationDecision | ''>(claim.decision ?? '');
  const [decidedOn, setDecidedOn] = useState(claim.decidedOn ?? bakuToday());
  const [amount, setAmount] = useState(claim.amountAwarded ?? '');
  const [checked, setChecked] = useState(false);
  const awards = decision === 'awarded' || decision === 'partly';
  const missing = new Map<string, 'required'>();
  if (checked && !decision) missing.set('decision', 'required');
  if (checked && !decidedOn) missing.set('decidedOn', 'required');
  if (checked && awards && !amount.trim()) missing.set('amountAwarded', 'required');
  const errors = fieldErrors(t, decide.error, missing);
  const invalid = checked && awards && amount.trim() && amountProblem(amount) ? t('compensation.amountInvalid') : undefined;
  const submit = () => {
    setChecked(true);
    if (!decision || !decidedOn || (awards && (!amount.trim() || amountProblem(amount)))) return;
    decide.mutate({ id: claim.id, revision: claim.revision, decision, decidedOn, amountAwarded: awards ? normalise(amount) : null }, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('compensation.decisionSaved') });
        onClose();
      },
    });
  };
  return (
    <FormDrawer opened onClose={onClose} title={t('compensation.decide')} submitLabel={t('common.save')} pending={decide.isPending} onSubmit={submit}>
      <Text size="sm">
        {label(t, 'source', claim.source)} — {t('compensation.amountClaimed')}: {formatManat(claim.amountClaimed, i18n.language)}
      </Text>
      <NativeSelect
        label={t('compensation.decisionLabel')}
        value={decision}
        onChange={(e) => setDecision(e.currentTarget.value as CompensationDecision | '')}
        data={[{ value: '', label: '—' }, ...COMPENSATION_DECISIONS.map((d) => ({ value: d, label: label(t, 'decision', d) }))]}
        required
        error={errors.at('decision')}
        data-autofocus
      />
      <DateField label={t('compensation.decidedOn')} value={decidedOn} onChange={setDecidedOn} required error={errors.at('decidedOn')} />
      {awards && <AmountField label={t('compensation.amountAwarded')} value={amount} onChange={setAmount} required error={invalid ?? errors.at('amountAwarded')} />}
      {decide.isError && <ProblemAlert error={decide.error} fields={['decision', 'decidedOn', 'amountAwarded']} />}
    </FormDrawer>
  );
}

function PaymentForm({ caseId, claim, onClose }: { caseId: string; claim: CompensationClaim; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const pay = useAddPayment(caseId);
  const [paidOn, setPaidOn] = useState(bakuToday());
  const [amount, setAmount] = useState('');
  const [checked, setChecked] = useState(false);
  const missing = new Map<string, 'required'>();
  if (checked && !paidOn) missing.set('paidOn', 'required');
  if (checked && !amount.trim()) missing.set('amount', 'required');
  const errors = fieldErrors(t, pay.error, missing);
  const invalid = checked && amount.trim() && amountProblem(amount) ? t('compensation.amountInvalid') : undefined;
  const submit = () => {
    setChecked(true);
    if (!paidOn || !amount.trim() || amountProblem(amount)) return;
    pay.mutate({ id: claim.id, paidOn, amount: normalise(amount) }, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('compensation.paymentSaved') });
        onClose();
      },
    });
  };
  return (
    <FormDrawer opened onClose={onClose} title={t('compensation.addPayment')} submitLabel={t('common.save')} pending={pay.isPending} onSubmit={submit}>
      <Text size="sm">
        {t('compensation.amountAwarded')}: {formatManat(claim.amountAwarded, i18n.language)} · {t('compensation.paid')}: {formatManat(claim.paid, i18n.language)}
      </Text>
      <DateField label={t('compensation.paidOn')} value={paidOn} onChange={setPaidOn} required error={errors.at('paidOn')} />
      <AmountField label={t('compensation.paymentAmount')} value={amount} onChange={setAmount} required error={invalid ?? errors.at('amount')} />
      {pay.isError && <ProblemAlert error={pay.error} fields={['paidOn', 'amount']} />}
    </FormDrawer>
  );
}

function ClaimsTable({ data, onDecide, onPay }: { data: Compensation; onDecide: (c: CompensationClaim) => void; onPay: (c: CompensationClaim) => void }) {
  const { t, i18n } = useTranslation();
  const money = (value: string | null) => formatManat(value, i18n.language);
  const actions = data.abilities.decide || data.abilities.pay;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped withTableBorder data-testid="compensation-claims">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('compensation.sourceLabel')}</Table.Th>
            <Table.Th>{t('compensation.claimed')}</Table.Th>
            <Table.Th>{t('compensation.decisionLabel')}</Table.Th>
            <Table.Th ta="right">{t('compensation.awarded')}</Table.Th>
            <Table.Th>{t('compensation.payments')}</Table.Th>
            <Table.Th ta="right">{t('compensation.paid')}</Table.Th>
            <Table.Th>{t('compensation.status')}</Table.Th>
            {actions && <Table.Th>{t('table.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.claims.map((c) => (
            <Table.Tr key={c.id} data-testid="compensation-claim">
              <Table.Td>
                <Text size="sm">{label(t, 'source', c.source)}</Text>
                {c.proceeding?.number && <Text size="xs" c="dimmed">{t('compensation.proceedingNumber', { number: c.proceeding.number })}</Text>}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>{money(c.amountClaimed)}</Text>
                <Text size="xs" c="dimmed"><DateText value={c.claimedOn} /></Text>
              </Table.Td>
              <Table.Td>
                {c.decision ? <Text size="sm">{label(t, 'decision', c.decision)} · <DateText value={c.decidedOn} /></Text> : '—'}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{money(c.amountAwarded)}</Table.Td>
              <Table.Td>
                {c.payments.length === 0 ? '—' : (
                  <Stack gap={0}>
                    {c.payments.map((p) => (
                      <Text key={p.id} size="xs" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}><DateText value={p.paidOn} /> — {money(p.amount)}</Text>
                    ))}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{money(c.paid)}</Table.Td>
              <Table.Td><Badge color={STATUS_COLOURS[c.status]} variant="light" tt="none" miw="max-content">{label(t, 'statusOf', c.status)}</Badge></Table.Td>
              {actions && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {data.abilities.decide && c.status !== 'paid' && (
                      <Button size="compact-xs" variant="default" leftSection={<IconGavel size={12} aria-hidden />} onClick={() => onDecide(c)}>{t('compensation.decideShort')}</Button>
                    )}
                    {data.abilities.pay && (c.status === 'awarded' || c.status === 'partly_paid') && (
                      <Button size="compact-xs" variant="default" leftSection={<IconCash size={12} aria-hidden />} onClick={() => onPay(c)}>{t('compensation.payShort')}</Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="compensation-totals">
            <Table.Th>{t('compensation.totals')}</Table.Th>
            <Table.Th style={{ fontVariantNumeric: 'tabular-nums' }}>{money(data.totals.claimed)}</Table.Th>
            <Table.Th />
            <Table.Th ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{money(data.totals.awarded)}</Table.Th>
            <Table.Th />
            <Table.Th ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{money(data.totals.paid)}</Table.Th>
            <Table.Th />
            {actions && <Table.Th />}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

type Editing = { kind: 'claim' } | { kind: 'decide'; claim: CompensationClaim } | { kind: 'pay'; claim: CompensationClaim } | null;

/** Compensation claims of the person and what was paid on them, in manats. */
export function CompensationSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const visible = detail.parts.includes('services') || detail.parts.includes('investigation');
  const query = useQuery({ ...compensationQuery(detail.id), enabled: visible });
  const [editing, setEditing] = useState<Editing>(null);
  if (!visible) return null;
  const data = query.data;
  return (
    <Section
      id="compensation"
      title={t('compensation.title')}
      actions={
        data?.abilities.claim && (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing({ kind: 'claim' })}>
            {t('compensation.addClaim')}
          </Button>
        )
      }
    >
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton height={80} />}
      {data && (data.claims.length === 0 ? <Text size="sm" c="dimmed">{t('compensation.none')}</Text> : <ClaimsTable data={data} onDecide={(claim) => setEditing({ kind: 'decide', claim })} onPay={(claim) => setEditing({ kind: 'pay', claim })} />)}
      {editing?.kind === 'claim' && data && <ClaimForm caseId={detail.id} data={data} onClose={() => setEditing(null)} />}
      {editing?.kind === 'decide' && <DecisionForm caseId={detail.id} claim={editing.claim} onClose={() => setEditing(null)} />}
      {editing?.kind === 'pay' && <PaymentForm caseId={detail.id} claim={editing.claim} onClose={() => setEditing(null)} />}
    </Section>
  );
}
