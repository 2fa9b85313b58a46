/**
 * Referrals of the National Referral Mechanism: the codes a referral carries, shared by the server
 * (validation, the database's CHECK constraints in server/migrations/0011_referrals.sql) and the
 * web client (labels under `referrals.code.<group>.<code>`).
 */

/** sent → accepted / declined → completed, or withdrawn by the sender while open. */
export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** While a referral is open the receiving body sees the case through the parts it names. */
export const OPEN_REFERRAL_STATUSES = ['sent', 'accepted'] as const satisfies readonly ReferralStatus[];

export const REFERRAL_URGENCIES = ['normal', 'urgent'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

/** What the receiving body is asked to provide. */
export const REFERRAL_SERVICES = [
  'medical', 'psychological', 'legal_aid', 'interpreter', 'shelter', 'education', 'vocational_training',
  'financial_help', 'housing', 'family_tracing', 'repatriation',
] as const;
export type ReferralService = (typeof REFERRAL_SERVICES)[number];

/**
 * Why the person's data may be shared with the receiving body: their recorded consent, or a legal
 * ground for sharing without it (named with the provision relied on).
 */
export const SHARING_BASES = ['consent', 'vital_interests', 'child_protection', 'criminal_proceedings', 'legal_obligation'] as const;
export type SharingBasis = (typeof SHARING_BASES)[number];

/** The moves of a referral, who makes them and from which states. */
export const REFERRAL_MOVES = {
  accepted: { from: ['sent'], by: 'receiver' },
  declined: { from: ['sent'], by: 'receiver' },
  completed: { from: ['accepted'], by: 'receiver' },
  withdrawn: { from: ['sent', 'accepted'], by: 'sender' },
} as const satisfies Record<string, { from: readonly ReferralStatus[]; by: 'receiver' | 'sender' }>;
export type ReferralMove = keyof typeof REFERRAL_MOVES;
export const REFERRAL_MOVE_NAMES = Object.keys(REFERRAL_MOVES) as ReferralMove[];

export function isOpenReferral(status: string): boolean {
  return (OPEN_REFERRAL_STATUSES as readonly string[]).includes(status);
}

/** The moves open to a body on a referral in this state: the receiver's, the sender's, or both (never both in practice). */
export function movesOpenTo(referral: { status: string; fromOrgId: string; toOrgId: string }, organisationId: string): ReferralMove[] {
  return REFERRAL_MOVE_NAMES.filter((move) => {
    const rule = REFERRAL_MOVES[move];
    const party = rule.by === 'receiver' ? referral.toOrgId : referral.fromOrgId;
    return party === organisationId && (rule.from as readonly string[]).includes(referral.status);
  });
}
