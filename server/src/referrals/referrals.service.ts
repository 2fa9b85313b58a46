import { sql } from 'kysely';
import type { z } from 'zod';
import { casePartsOf } from '../../../common/src/case-parts.js';
import { REFERRAL_MOVES, type ReferralMove } from '../../../common/src/referrals.js';
import { recordAudit } from '../audit/audit.repository.js';
import { requireAbility, visibleCase } from '../cases/cases.service.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import { notifyUsers } from '../notifications/notifications.repository.js';
import type { Outgoing } from '../notifications/reminders.js';
import type { Actor } from '../policies/policy.js';
import { referralInput, type ReferralInput, type ReferralMoveInput } from './referral-input.js';
import { activeUser, caseWorkersOf, consentsToSharing, findReferral, openReferralTo } from './referrals.repository.js';

/** What a change to a referral leaves to do after its transaction commits: e-mail to send. */
export interface ReferralOutcome {
  id: string;
  mail: Outgoing[];
}

const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';

/**
 * Refers a case to another body, which sees the named parts (as far as its own role allows) while
 * the referral is open. Refused: one's own body, an unknown or inactive body, sharing on consent
 * when no consent to sharing is recorded, without consent but with no legal ground, a second open
 * referral to the same body. A body where nobody can take the referral in the system is named
 * back as a warning (`REFERRAL_RECEIVER_UNSTAFFED`) until the sender confirms.
 */
export async function sendReferral(tx: Tx, meta: RequestMeta, actor: Actor, caseId: string, input: ReferralInput): Promise<ReferralOutcome> {
  const { row, abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.refer);
  if (input.toOrgId === actor.organisationId) throw new AppError('VALIDATION_FAILED', [{ path: 'toOrgId', key: 'referral.same_body' }]);
  const target = await tx.selectFrom('organisations').select(['id', 'short_name']).where('id', '=', input.toOrgId).where('active', '=', true).executeTakeFirst();
  if (!target) throw new AppError('VALIDATION_FAILED', [{ path: 'toOrgId', key: 'referral.unknown_body' }]);
  if (input.sharingBasis === 'consent') {
    if (!(await consentsToSharing(tx, caseId))) throw new AppError('VALIDATION_FAILED', [{ path: 'sharingBasis', key: 'referral.no_consent' }]);
  } else if (!input.legalGround) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'legalGround', key: 'referral.legal_ground_required' }]);
  }
  if (await openReferralTo(tx, caseId, input.toOrgId)) throw new AppError('REFERRAL_ALREADY_OPEN');
  const receivers = await caseWorkersOf(tx, input.toOrgId);
  if (receivers.length === 0 && !input.confirmNoActiveUsers) throw new AppError('REFERRAL_RECEIVER_UNSTAFFED', [], { warnings: ['no_active_users'] });

  const sender = await tx.selectFrom('organisations').select('short_name').where('id', '=', actor.organisationId).executeTakeFirstOrThrow();
  let id: string;
  try {
    ({ id } = await tx
      .insertInto('case_referrals')
      .values({
        case_id: caseId, case_reference: row.reference, from_org_id: actor.organisationId, to_org_id: input.toOrgId, parts: input.parts, reason: input.reason,
        urgency: input.urgency, services: input.services, sharing_basis: input.sharingBasis,
        legal_ground: input.sharingBasis === 'consent' ? null : input.legalGround, created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  } catch (error) {
    // Someone sent the same referral a moment earlier.
    if (isUniqueViolation(error)) throw new AppError('REFERRAL_ALREADY_OPEN');
    throw error;
  }
  await recordAudit(tx, meta, {
    action: 'case.refer', resource: 'case', recordId: caseId,
    details: { referralId: id, toOrgId: input.toOrgId, parts: input.parts, urgency: input.urgency, services: input.services, sharingBasis: input.sharingBasis, unstaffed: receivers.length === 0 },
  });
  const params = { referralId: id, caseId, reference: row.reference, fromOrg: sender.short_name, toOrg: target.short_name, urgency: input.urgency };
  const recipients = await notifyUsers(tx, receivers, 'referral_received', params);
  return { id, mail: [{ recipients, kind: 'referral_received', params }] };
}

/**
 * Sending a referral from inside the server (a hotline contact referred in one step, the demonstration
 * data): the same rules as `sendReferral`, the input as the API takes it; returns the referral's id.
 * The receiving body is notified in the application; e-mail is the caller's to send, if any.
 */
export async function referCase(tx: Tx, meta: RequestMeta, actor: Actor, caseId: string, input: z.input<typeof referralInput>): Promise<string> {
  return (await sendReferral(tx, meta, actor, caseId, referralInput.parse(input))).id;
}

/**
 * Moves a referral on: the receiving body accepts, declines (with a reason) or completes it; the
 * sending body withdraws it. The change applies only to the state it was decided on: of two people
 * acting at once one wins and the other is told (`REFERRAL_CHANGED`, with the state it is in now).
 * When it ends, the receiving body's access to the case ends with it.
 */
export async function moveReferral(tx: Tx, meta: RequestMeta, actor: Actor, referralId: string, input: ReferralMoveInput): Promise<ReferralOutcome> {
  const referral = await findReferral(tx, referralId);
  if (!referral || casePartsOf(actor.role).length === 0) throw notFound();
  const move: ReferralMove = input.status;
  const rule = REFERRAL_MOVES[move];
  const party = rule.by === 'receiver' ? referral.to_org_id : referral.from_org_id;
  if (party !== actor.organisationId) throw new AppError('REFERRAL_NOT_PARTY', [], { move });
  if (input.expected && input.expected !== referral.status) throw new AppError('REFERRAL_CHANGED', [], { currentStatus: referral.status });
  if (!(rule.from as readonly string[]).includes(referral.status)) throw new AppError('REFERRAL_STATE', [], { currentStatus: referral.status, move });
  if (move === 'declined' && !input.reason) throw new AppError('VALIDATION_FAILED', [{ path: 'reason', key: 'referral.decline_reason_required' }]);

  const ends = move !== 'accepted';
  const updated = await tx
    .updateTable('case_referrals')
    .set({
      status: move,
      ...(move === 'accepted' ? { accepted_at: sql`now()`, accepted_by: actor.userId } : {}),
      ...(ends ? { closed_at: sql`now()`, closed_by: actor.userId } : {}),
      ...(move === 'declined' ? { decline_reason: input.reason } : {}),
    })
    .where('id', '=', referralId)
    .where('status', '=', referral.status)
    .executeTakeFirst();
  if (!updated || updated.numUpdatedRows === 0n) {
    const now = await tx.selectFrom('case_referrals').select('status').where('id', '=', referralId).executeTakeFirst();
    throw new AppError('REFERRAL_CHANGED', [], { currentStatus: now?.status ?? null });
  }
  await recordAudit(tx, meta, { action: `referral.${move}`, resource: 'case', recordId: referral.case_id, details: { referralId, from: referral.status } });

  const mail: Outgoing[] = [];
  if (move === 'declined') {
    const sender = await activeUser(tx, referral.created_by);
    const params = { referralId, caseId: referral.case_id, reference: referral.case_reference, fromOrg: referral.from_short_name, toOrg: referral.to_short_name, urgency: referral.urgency };
    mail.push({ recipients: await notifyUsers(tx, sender ? [sender] : [], 'referral_declined', params), kind: 'referral_declined', params });
  }
  return { id: referralId, mail };
}
