import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string, string>;
type OptionalDate = ColumnType<string | null, string | null | undefined, string | null>;
/** numeric comes back as text so that no amount loses precision. */
type Amount = ColumnType<string, string, string>;
type OptionalAmount = ColumnType<string | null, string | null | undefined, string | null>;

export interface CaseRepatriationsTable {
  id: string;
  case_id: string;
  direction: string;
  country: string;
  status: Generated<string>;
  opened_on: DateColumn;
  completed_on: OptionalDate;
  cancelled_on: OptionalDate;
  cancel_reason_sealed: string | null;
  revision: Generated<number>;
  created_by: string;
  created_at: GeneratedTimestamp;
  updated_by: string;
  updated_at: GeneratedTimestamp;
}

export interface CaseRepatriationStepsTable {
  id: string;
  repatriation_id: string;
  case_id: string;
  kind: string;
  position: number;
  status: Generated<string>;
  planned_on: OptionalDate;
  done_on: OptionalDate;
  body_name: string | null;
  document_sealed: string | null;
  means: string | null;
  escorted: boolean | null;
  note_sealed: string | null;
  revision: Generated<number>;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface CaseCompensationClaimsTable {
  id: string;
  case_id: string;
  source: string;
  proceeding_id: string | null;
  claimed_on: DateColumn;
  amount_claimed: Amount;
  decision: string | null;
  decided_on: OptionalDate;
  amount_awarded: OptionalAmount;
  revision: Generated<number>;
  created_by: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface CaseCompensationPaymentsTable {
  id: string;
  claim_id: string;
  case_id: string;
  paid_on: DateColumn;
  amount: Amount;
  created_by: string;
  created_at: GeneratedTimestamp;
}

/** Repatriation and compensation of victims (migrations/0015_repatriation_compensation.sql). */
export interface RepatriationTables {
  case_repatriations: CaseRepatriationsTable;
  case_repatriation_steps: CaseRepatriationStepsTable;
  case_compensation_claims: CaseCompensationClaimsTable;
  case_compensation_payments: CaseCompensationPaymentsTable;
}
