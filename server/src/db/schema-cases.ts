import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string | null | undefined, string | null>;
type Json<T> = ColumnType<T, string, string>;
/** numeric comes back as text so that no amount loses precision. */
type Amount = ColumnType<string, string | number | null | undefined, string | number | null>;

export interface DataKeysTable {
  id: Generated<number>;
  purpose: 'encryption' | 'lookup';
  wrapped: string;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface CasesTable {
  id: Generated<string>;
  number: Generated<string>;
  reference: Generated<string>;
  owner_org_id: string;
  case_worker_id: string | null;
  status: Generated<string>;
  closure_reason: string | null;
  identification_channel: string;
  first_contact_on: DateColumn;
  revision: Generated<number>;
  created_by: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface CaseReferralsTable {
  id: Generated<string>;
  case_id: string;
  from_org_id: string;
  to_org_id: string;
  status: Generated<string>;
  parts: string[];
  reason: string;
  created_by: string;
  created_at: GeneratedTimestamp;
  closed_at: Timestamp | null;
}

export interface CaseAccessGrantsTable {
  id: Generated<string>;
  case_id: string;
  case_reference: string;
  owner_org_id: string;
  organisation_id: string;
  requested_by: string;
  reason: string;
  emergency: Generated<boolean>;
  status: string;
  decided_by: string | null;
  decided_at: Timestamp | null;
  expires_at: Timestamp | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}

export interface PersonsTable {
  id: string;
  case_id: string;
  cluster_id: string;
  identity_sealed: string;
  sex: string;
  birth_year: number | null;
  estimated_age: number | null;
  citizenships: string[];
  stateless: boolean;
  languages: string[];
  migration_status: string | null;
  disabilities: string[];
  child_at_identification: boolean | null;
  child_at_exploitation: boolean | null;
  revision: Generated<number>;
  updated_at: GeneratedTimestamp;
}

export interface PersonKeysTable {
  person_id: string;
  kind: 'name' | 'document' | 'phone';
  hash: string;
}

export interface VictimContextsTable {
  case_id: string;
  trafficking_status: string;
  status_decided_by_org_id: string | null;
  status_decided_on: DateColumn | null;
  exploitation: string[];
  forced_labour_industry: string | null;
  sex_exploitation: string[];
  recruitment_methods: string[];
  control_methods: string[];
  relationship_to_trafficker: string | null;
  transnational: boolean | null;
  exploitation_started_on: DateColumn | null;
  revision: Generated<number>;
}

export interface VictimStatusHistoryTable {
  id: Generated<string>;
  case_id: string;
  trafficking_status: string;
  decided_by_org_id: string | null;
  decided_on: DateColumn | null;
  recorded_by: string;
  recorded_at: GeneratedTimestamp;
}

export interface TraffickingEventsTable {
  id: Generated<string>;
  case_id: string;
  kind: 'recruitment' | 'transit' | 'exploitation';
  country: string;
  place_sealed: string | null;
  date_from: DateColumn | null;
  date_to: DateColumn | null;
}

export interface CaseConsentsTable {
  id: Generated<string>;
  case_id: string;
  purpose: string;
  given: boolean;
  recorded_on: DateColumn;
  recorded_by: string;
  recorded_at: GeneratedTimestamp;
}

export interface CaseAssessmentsTable {
  id: Generated<string>;
  case_id: string;
  kind: 'risk' | 'needs';
  assessed_on: DateColumn;
  level: 'low' | 'medium' | 'high';
  body_sealed: string;
  recorded_by: string;
  recorded_at: GeneratedTimestamp;
}

export interface CaseNotesTable {
  id: Generated<string>;
  case_id: string;
  part: string;
  body_sealed: string;
  created_by: string;
  created_at: GeneratedTimestamp;
}

export interface CaseDocumentsTable {
  id: string;
  case_id: string;
  part: string;
  file_name_sealed: string;
  media_type: string;
  size: number;
  content_sealed: ColumnType<Uint8Array, Buffer, Buffer>;
  created_by: string;
  created_at: GeneratedTimestamp;
}

export interface PerpetratorsTable {
  id: Generated<string>;
  case_id: string;
  roles: string[];
  sex: string | null;
  citizenship: string | null;
  identity_sealed: string | null;
}

export interface Defendant {
  sex: string;
  citizenship: string | null;
  convicted: boolean;
  sentenceMonths: number | null;
}

export interface ProceedingsTable {
  id: Generated<string>;
  case_id: string;
  number: string;
  article: string;
  stage: string;
  defendants: Json<Defendant[]>;
  proceeds_traced: Amount | null;
  proceeds_confiscated: Amount | null;
  compensation_ordered: Amount | null;
  currency: Generated<string>;
  opened_on: DateColumn | null;
  revision: Generated<number>;
}

export interface PersonMergesTable {
  id: Generated<string>;
  person_id: string;
  from_cluster: string;
  to_cluster: string;
  moved: string[];
  score: number;
  merged_by: string;
  merged_at: GeneratedTimestamp;
  undone_by: string | null;
  undone_at: Timestamp | null;
}

export interface DuplicateCandidatesTable {
  person_id: string;
  other_person_id: string;
  score: number;
  status: Generated<string>;
  found_at: GeneratedTimestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

export interface CaseTables {
  duplicate_candidates: DuplicateCandidatesTable;
  data_keys: DataKeysTable;
  cases: CasesTable;
  case_referrals: CaseReferralsTable;
  case_access_grants: CaseAccessGrantsTable;
  persons: PersonsTable;
  person_keys: PersonKeysTable;
  victim_contexts: VictimContextsTable;
  victim_status_history: VictimStatusHistoryTable;
  trafficking_events: TraffickingEventsTable;
  case_consents: CaseConsentsTable;
  case_assessments: CaseAssessmentsTable;
  case_notes: CaseNotesTable;
  case_documents: CaseDocumentsTable;
  perpetrators: PerpetratorsTable;
  proceedings: ProceedingsTable;
  person_merges: PersonMergesTable;
}
