import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** The columns migrations/0011_referrals.sql adds to `case_referrals`. */
export interface ReferralColumns {
  case_reference: string;
  urgency: Generated<'normal' | 'urgent'>;
  services: Generated<string[]>;
  sharing_basis: Generated<string>;
  legal_ground: string | null;
  accepted_at: Timestamp | null;
  accepted_by: string | null;
  closed_by: string | null;
  decline_reason: string | null;
  overdue_alerted_at: Timestamp | null;
}

// The referral table is declared with the other tables of a case; the National Referral Mechanism's
// columns are merged into it here, so that both files describe exactly what their migration made.
declare module './schema-cases.js' {
  interface CaseReferralsTable extends ReferralColumns {}
}
