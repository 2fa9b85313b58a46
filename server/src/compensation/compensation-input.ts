import { z } from 'zod';
import { AMOUNT_PATTERN, COMPENSATION_DECISIONS, COMPENSATION_SOURCES, toQapik } from '../../../common/src/repatriation.js';
import { day } from '../cases/case-input.js';

/** Manats as a decimal string ("1500.50"): exact, never a binary fraction. */
const amount = z.string().trim().refine((value) => AMOUNT_PATTERN.test(value) && toQapik(value) > 0, 'amount.invalid');

export const claimInput = z.object({
  source: z.enum(COMPENSATION_SOURCES),
  /** The proceeding of the case the claim is made in (perpetrators' claims only). */
  proceedingId: z.uuid().nullable().default(null),
  claimedOn: day,
  amountClaimed: amount,
});
export type ClaimInput = z.output<typeof claimInput>;

export const decisionInput = z.object({
  revision: z.number().int().positive(),
  decision: z.enum(COMPENSATION_DECISIONS),
  decidedOn: day,
  /** Required when awarded wholly or in part; none when refused. */
  amountAwarded: amount.nullable().default(null),
});
export type DecisionInput = z.output<typeof decisionInput>;

export const paymentInput = z.object({ paidOn: day, amount });
export type PaymentInput = z.output<typeof paymentInput>;
