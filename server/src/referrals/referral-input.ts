import { z } from 'zod';
import { CASE_PARTS } from '../../../common/src/case-parts.js';
import { REFERRAL_MOVE_NAMES, REFERRAL_SERVICES, type ReferralMove, REFERRAL_STATUSES, REFERRAL_URGENCIES, SHARING_BASES } from '../../../common/src/referrals.js';
import { pagingQuery, text } from '../http/routing.js';

const unique = <T>(list: T[]) => [...new Set(list)];

/** A new referral of a case to another body. */
export const referralInput = z.object({
  toOrgId: z.uuid(),
  /** The parts of the record the receiving body sees (as far as its own role allows) while the referral is open. */
  parts: z.array(z.enum(CASE_PARTS)).min(1).max(CASE_PARTS.length).transform(unique),
  reason: text(2000),
  urgency: z.enum(REFERRAL_URGENCIES).default('normal'),
  services: z.array(z.enum(REFERRAL_SERVICES)).max(REFERRAL_SERVICES.length).default([]).transform(unique),
  /** The person's recorded consent (checked against the case's consents), or the legal ground for sharing without it. */
  sharingBasis: z.enum(SHARING_BASES).default('consent'),
  /** The provision relied on when sharing without consent. */
  legalGround: text(500).nullable().default(null),
  /** The sender was told that nobody at the receiving body can take the referral in the system, and sends it anyway. */
  confirmNoActiveUsers: z.boolean().default(false),
});
export type ReferralInput = z.output<typeof referralInput>;

/** A step of a referral. `expected` is the state the person saw: if someone else moved it since, nothing happens. */
export const referralMoveInput = z.object({
  status: z.enum(REFERRAL_MOVE_NAMES as [ReferralMove, ...ReferralMove[]]),
  /** Why it is declined (required then); shown to the sending body. */
  reason: text(2000).nullable().default(null),
  expected: z.enum(REFERRAL_STATUSES).optional(),
});
export type ReferralMoveInput = z.output<typeof referralMoveInput>;

export const REFERRAL_BOXES = ['incoming', 'outgoing'] as const;

/** The referral inbox of the caller's body. */
export const inboxQuery = z.object({
  box: z.enum(REFERRAL_BOXES).default('incoming'),
  /** A state, or `open` for sent and accepted together. */
  status: z.enum([...REFERRAL_STATUSES, 'open']).optional(),
  urgency: z.enum(REFERRAL_URGENCIES).optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** A case reference ("İA-000123", "123"). */
  q: z.string().trim().max(50).optional(),
  ...pagingQuery,
});
export type InboxQuery = z.output<typeof inboxQuery>;
