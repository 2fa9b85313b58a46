import { casePartsOf } from '../../../common/src/case-parts.js';
import { movesOpenTo } from '../../../common/src/referrals.js';
import type { Actor } from '../policies/policy.js';
import { timingOf, type ReferralDeadlines } from './referral-timing.js';
import type { ReferralRow } from './referrals.repository.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** A referral as its two bodies see it: who, what, when, how long acceptance took, and the caller's next steps. */
export function presentReferral(row: ReferralRow, actor: Actor, deadlines: ReferralDeadlines, now: Date) {
  const sentAt = new Date(row.created_at);
  const acceptedAt = row.accepted_at ? new Date(row.accepted_at) : null;
  const moves = casePartsOf(actor.role).length > 0 ? movesOpenTo({ status: row.status, fromOrgId: row.from_org_id, toOrgId: row.to_org_id }, actor.organisationId) : [];
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    /** Whether the caller can open the case now: a receiver's access ends with the referral. */
    caseVisible: row.case_visible,
    status: row.status,
    urgency: row.urgency,
    services: row.services,
    parts: row.parts,
    reason: row.reason,
    sharingBasis: row.sharing_basis,
    legalGround: row.legal_ground,
    from: { id: row.from_org_id, shortName: row.from_short_name, nameAz: row.from_name_az },
    to: { id: row.to_org_id, shortName: row.to_short_name, nameAz: row.to_name_az, keepsUnifiedDatabase: row.to_unit },
    sentBy: row.sent_by,
    sentAt: sentAt.toISOString(),
    acceptedAt: iso(row.accepted_at),
    acceptedBy: row.accepted_by_name,
    closedAt: iso(row.closed_at),
    closedBy: row.closed_by_name,
    declineReason: row.decline_reason,
    alertedAt: iso(row.overdue_alerted_at),
    ...timingOf({ status: row.status, urgency: row.urgency, sentAt, acceptedAt, toUnit: row.to_unit }, deadlines, now),
    moves,
  };
}

export type PresentedReferral = ReturnType<typeof presentReferral>;
