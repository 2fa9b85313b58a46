import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface HotlineContactsTable {
  id: string;
  number: Generated<string>;
  reference: Generated<string>;
  organisation_id: string;
  operator_id: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  channel: string;
  language: string | null;
  caller_type: string;
  category: string;
  risk_flags: ColumnType<string[], string[] | undefined, string[]>;
  notes_sealed: string | null;
  caller_consent: Generated<boolean>;
  caller_consent_at: Timestamp | null;
  caller_sealed: string | null;
  phone_hash: string | null;
  outcome: string | null;
  case_id: string | null;
  revision: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface HotlineContactReferralsTable {
  contact_id: string;
  referral_id: string;
  created_by: string;
  created_at: GeneratedTimestamp;
}

export interface HotlineCallbacksTable {
  id: string;
  contact_id: string;
  organisation_id: string;
  assigned_to: string | null;
  due_at: Timestamp;
  note_sealed: string | null;
  status: Generated<string>;
  closed_by: string | null;
  closed_at: Timestamp | null;
  created_by: string;
  created_at: GeneratedTimestamp;
}

export interface HotlineTables {
  hotline_contacts: HotlineContactsTable;
  hotline_contact_referrals: HotlineContactReferralsTable;
  hotline_callbacks: HotlineCallbacksTable;
}
