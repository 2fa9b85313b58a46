import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { CasePart } from '../../../common/src/case-parts.js';
import { bakuToday } from '../../../common/src/dates.js';
import { compensationStatus, fromQapik, toQapik, type CompensationDecision } from '../../../common/src/repatriation.js';
import { recordAudit } from '../audit/audit.repository.js';
import { visibleCase } from '../cases/cases.service.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import type { FieldMessageKey } from '../http/field-messages.js';
import { AppError, notFound } from '../http/problem.js';
import { COMPENSATION_PARTS, compensationAbilities } from '../policies/compensation.js';
import type { Actor } from '../policies/policy.js';
import type { ClaimInput, DecisionInput, PaymentInput } from './compensation-input.js';

export interface CompensationServices {
  today?: string;
}

type FieldError = { path: string; key: FieldMessageKey };

/** A visible case whose 'services' or 'investigation' part the caller sees (policies/compensation.ts). */
async function compensationCase(tx: Tx, actor: Actor, caseId: string) {
  const visible = await visibleCase(tx, actor, caseId);
  if (!COMPENSATION_PARTS.some((part) => visible.parts.has(part))) throw new AppError('CASE_PART_HIDDEN');
  return visible;
}

function fail(errors: FieldError[]) {
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
}

const sum = (amounts: readonly string[]) => amounts.reduce((total, value) => total + toQapik(value), 0);

/** The case's claims with their payments and status, and the case's totals. Reading is audited. */
export async function compensationOf(tx: Tx, meta: RequestMeta, actor: Actor, caseId: string) {
  const { row, parts } = await compensationCase(tx, actor, caseId);
  const abilities = compensationAbilities(parts);
  const [claims, payments, proceedings] = await Promise.all([
    tx.selectFrom('case_compensation_claims').leftJoin('proceedings', 'proceedings.id', 'case_compensation_claims.proceeding_id')
      .select(['case_compensation_claims.id', 'source', 'proceeding_id', 'proceedings.number as proceeding_number', 'claimed_on', 'amount_claimed', 'decision', 'decided_on',
        'amount_awarded', 'case_compensation_claims.revision'])
      .where('case_compensation_claims.case_id', '=', caseId).orderBy('claimed_on').orderBy('case_compensation_claims.created_at').execute(),
    tx.selectFrom('case_compensation_payments').select(['id', 'claim_id', 'paid_on', 'amount']).where('case_id', '=', caseId).orderBy('paid_on').orderBy('created_at').execute(),
    abilities.linkProceeding ? tx.selectFrom('proceedings').select(['id', 'number']).where('case_id', '=', caseId).orderBy('number').execute() : Promise.resolve([]),
  ]);
  await recordAudit(tx, meta, { action: 'compensation.view', resource: 'case', recordId: row.id, details: { claims: claims.length } });
  const shaped = claims.map((c) => {
    const own = payments.filter((p) => p.claim_id === c.id);
    const paid = fromQapik(sum(own.map((p) => p.amount)));
    return {
      id: c.id, source: c.source, claimedOn: c.claimed_on, amountClaimed: c.amount_claimed, decision: c.decision, decidedOn: c.decided_on, amountAwarded: c.amount_awarded,
      // The proceeding's number belongs to the investigation part.
      proceeding: c.proceeding_id ? (abilities.linkProceeding ? { id: c.proceeding_id, number: c.proceeding_number } : { id: null, number: null }) : null,
      payments: own.map((p) => ({ id: p.id, paidOn: p.paid_on, amount: p.amount })),
      paid, status: compensationStatus(c.decision as CompensationDecision | null, c.amount_awarded, paid), revision: c.revision,
    };
  });
  return {
    claims: shaped,
    totals: {
      claimed: fromQapik(sum(shaped.map((c) => c.amountClaimed))),
      awarded: fromQapik(sum(shaped.flatMap((c) => (c.amountAwarded ? [c.amountAwarded] : [])))),
      paid: fromQapik(sum(shaped.map((c) => c.paid))),
    },
    proceedings,
    abilities,
  };
}

async function checkProceeding(tx: Tx, errors: FieldError[], parts: Set<CasePart>, caseId: string, input: ClaimInput) {
  if (!input.proceedingId) return;
  if (!parts.has('investigation')) throw new AppError('CASE_PART_HIDDEN');
  const found = input.source === 'assistance_fund'
    ? undefined
    : await tx.selectFrom('proceedings').select('id').where('id', '=', input.proceedingId).where('case_id', '=', caseId).executeTakeFirst();
  if (!found) errors.push({ path: 'proceedingId', key: 'compensation.unknown_proceeding' });
}

export async function addClaim(tx: Tx, services: CompensationServices, meta: RequestMeta, actor: Actor, caseId: string, input: ClaimInput) {
  const today = services.today ?? bakuToday();
  const { parts } = await compensationCase(tx, actor, caseId);
  const errors: FieldError[] = [];
  if (input.claimedOn > today) errors.push({ path: 'claimedOn', key: 'date.in_future' });
  await checkProceeding(tx, errors, parts, caseId, input);
  fail(errors);
  const id = randomUUID();
  await tx.insertInto('case_compensation_claims').values({
    id, case_id: caseId, source: input.source, proceeding_id: input.proceedingId, claimed_on: input.claimedOn, amount_claimed: input.amountClaimed, created_by: actor.userId,
  }).execute();
  await recordAudit(tx, meta, { action: 'compensation.claim', resource: 'case', recordId: caseId, details: { claimId: id, source: input.source } });
  return id;
}

/** The claim's row, locked: decisions and payments on one claim queue here, so the paid total stays within the award. */
async function lockedClaim(tx: Tx, actor: Actor, claimId: string) {
  const found = await tx.selectFrom('case_compensation_claims').select('case_id').where('id', '=', claimId).executeTakeFirst();
  if (!found) throw notFound();
  await compensationCase(tx, actor, found.case_id);
  const claim = await tx.selectFrom('case_compensation_claims').select(['id', 'case_id', 'claimed_on', 'amount_claimed', 'decision', 'decided_on', 'amount_awarded', 'revision'])
    .where('id', '=', claimId).forUpdate().executeTakeFirstOrThrow();
  const paid = await tx.selectFrom('case_compensation_payments').select(['amount', 'paid_on']).where('claim_id', '=', claimId).execute();
  return { claim, paid: sum(paid.map((p) => p.amount)), firstPaidOn: paid.map((p) => p.paid_on).sort()[0] ?? null };
}

/** Records the decision on a claim, or corrects it; never below what has been paid already. */
export async function decideClaim(tx: Tx, services: CompensationServices, meta: RequestMeta, actor: Actor, claimId: string, input: DecisionInput) {
  const today = services.today ?? bakuToday();
  const { claim, paid, firstPaidOn } = await lockedClaim(tx, actor, claimId);
  const errors: FieldError[] = [];
  if (input.decidedOn > today) errors.push({ path: 'decidedOn', key: 'date.in_future' });
  if (input.decidedOn < claim.claimed_on) errors.push({ path: 'decidedOn', key: 'compensation.before_claim' });
  if (firstPaidOn && input.decidedOn > firstPaidOn) errors.push({ path: 'decidedOn', key: 'compensation.before_decision' });
  const awarded = input.decision === 'refused' ? null : input.amountAwarded;
  if (input.decision !== 'refused') {
    if (!awarded) errors.push({ path: 'amountAwarded', key: 'compensation.amount_required' });
    else if (input.decision === 'partly' && toQapik(awarded) >= toQapik(claim.amount_claimed)) errors.push({ path: 'amountAwarded', key: 'compensation.partly_less' });
    else if (toQapik(awarded) > toQapik(claim.amount_claimed)) errors.push({ path: 'amountAwarded', key: 'compensation.over_claim' });
  }
  fail(errors);
  if (paid > 0 && (awarded === null || toQapik(awarded) < paid)) throw new AppError('COMPENSATION_OVERPAID');
  const result = await tx.updateTable('case_compensation_claims').set({
    decision: input.decision, decided_on: input.decidedOn, amount_awarded: awarded, revision: sql`revision + 1`, updated_at: sql`now()`,
  }).where('id', '=', claimId).where('revision', '=', input.revision).executeTakeFirst();
  if (!result || result.numUpdatedRows === 0n) throw new AppError('CARE_CONFLICT');
  await recordAudit(tx, meta, { action: 'compensation.decide', resource: 'case', recordId: claim.case_id, details: { claimId, decision: input.decision } });
}

/** A payment on an awarded claim; the payments never add up to more than the award. */
export async function addPayment(tx: Tx, services: CompensationServices, meta: RequestMeta, actor: Actor, claimId: string, input: PaymentInput) {
  const today = services.today ?? bakuToday();
  const { claim, paid } = await lockedClaim(tx, actor, claimId);
  if (claim.decision !== 'awarded' && claim.decision !== 'partly') throw new AppError('COMPENSATION_NOT_AWARDED');
  const errors: FieldError[] = [];
  if (input.paidOn > today) errors.push({ path: 'paidOn', key: 'date.in_future' });
  if (claim.decided_on && input.paidOn < claim.decided_on) errors.push({ path: 'paidOn', key: 'compensation.before_decision' });
  fail(errors);
  if (paid + toQapik(input.amount) > toQapik(claim.amount_awarded ?? '0')) throw new AppError('COMPENSATION_OVERPAID');
  const id = randomUUID();
  await tx.insertInto('case_compensation_payments').values({ id, claim_id: claimId, case_id: claim.case_id, paid_on: input.paidOn, amount: input.amount, created_by: actor.userId }).execute();
  await recordAudit(tx, meta, { action: 'compensation.pay', resource: 'case', recordId: claim.case_id, details: { claimId, paymentId: id } });
  return id;
}
