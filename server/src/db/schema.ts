import type { ColumnType, Generated } from 'kysely';
import type { CaseTables } from './schema-cases.js';
import type { IndicatorTables } from './schema-indicators.js';
import type { EventTables } from './schema-events.js';
import type { MeetingTables } from './schema-meetings.js';
import type { ShelterTables } from './schema-shelters.js';
import type { HotlineTables } from './schema-hotline.js';
import type { ProtectionTables } from './schema-protection.js';
import type { RepatriationTables } from './schema-repatriation.js';
import type { ChildrenTables } from './schema-children.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationsTable {
  id: Generated<string>;
  key: string | null;
  name_az: string;
  short_name: string;
  name_ru: string;
  name_en: string;
  kind: string;
  aliases: string[];
  active: Generated<boolean>;
  holds_unified_database: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface UsersTable {
  id: Generated<string>;
  login: string;
  full_name: string;
  email: string | null;
  organisation_id: string;
  role: string;
  locale: Generated<string>;
  password_hash: string;
  must_change_password: Generated<boolean>;
  password_changed_at: GeneratedTimestamp;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  stage: 'second_factor' | 'enrolment' | 'active';
  pending_totp_secret: string | null;
  created_at: GeneratedTimestamp;
  last_seen_at: GeneratedTimestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  /** Assigned by the chaining trigger. */
  seq: ColumnType<number, never, never>;
  at: ColumnType<Date, never, never>;
  user_id: string | null;
  organisation_id: string | null;
  role: string | null;
  action: string;
  resource: string;
  record_id: string | null;
  ip: string | null;
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: ColumnType<string, never, never>;
  hash: ColumnType<string, never, never>;
}

export interface SchemaMigrationsTable {
  version: string;
  name: string;
  checksum: string;
  applied_at: GeneratedTimestamp;
}

type DateColumn = ColumnType<string, string | null | undefined, string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface PlansTable {
  id: Generated<string>;
  title: string;
  title_key: string;
  act_kind: string | null;
  act_number: string | null;
  act_date: DateColumn | null;
  period_from: DateColumn | null;
  period_to: DateColumn | null;
  notes: ColumnType<string[], string[] | undefined, string[]>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface PlanChaptersTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  number: string | null;
  title: string;
  body: string;
}

export interface PlanSectionsTable {
  id: Generated<string>;
  plan_id: string;
  code: string;
  title: string;
  position: number;
}

interface PeriodColumns {
  period_kind: 'range' | 'year' | 'month' | 'ongoing' | null;
  period_from: DateColumn | null;
  period_to: DateColumn | null;
  period_text: string | null;
}

export interface MeasuresTable extends PeriodColumns {
  id: Generated<string>;
  plan_id: string;
  section_id: string;
  code: string;
  position: number;
  text: string;
  confidence: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface MeasureSubActionsTable extends PeriodColumns {
  id: Generated<string>;
  measure_id: string;
  position: number;
  text: string;
}

export interface MeasureParticipantsTable {
  id: Generated<string>;
  measure_id: string;
  position: number;
  role: 'executor' | 'involved' | 'generic' | 'recommended';
  name: string;
  name_key: string;
  organisation_id: string | null;
  generic_key: string | null;
}

export interface OrganisationNameMappingsTable {
  name_key: string;
  name: string;
  organisation_id: string;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface PlanImportsTable {
  id: Generated<string>;
  plan_id: string | null;
  status: 'previewed' | 'applied' | 'discarded';
  file_name: string;
  media_type: string | null;
  sha256: string;
  content: Buffer | null;
  format: string | null;
  layout: string | null;
  summary: Json<Record<string, unknown>>;
  warnings: Json<unknown[]>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  applied_at: Timestamp | null;
}

export interface MeasureWordingVariantsTable {
  id: Generated<string>;
  measure_id: string;
  import_id: string | null;
  proposed_text: string;
  status: Generated<'open' | 'kept' | 'taken'>;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}

export interface MeasureRevisionsTable {
  id: Generated<string>;
  measure_id: string;
  changed_by: string | null;
  changed_at: GeneratedTimestamp;
  source: 'edit' | 'import' | 'wording_choice';
  before: Json<Record<string, unknown>>;
  after: Json<Record<string, unknown>>;
  reason: string | null;
}

export interface MeasureLinksTable {
  measure_id: string;
  continues_id: string;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ReportingPeriodsTable {
  id: Generated<string>;
  plan_id: string;
  kind: 'year' | 'half_year';
  year: number;
  half: number | null;
  starts_on: DateColumn;
  ends_on: DateColumn;
  due_on: DateColumn;
  status: Generated<'open' | 'closed'>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  closed_at: Timestamp | null;
}

export interface ReportEntriesTable {
  id: Generated<string>;
  period_id: string;
  measure_id: string;
  organisation_id: string;
  role: 'executor' | 'involved' | 'recommended';
  state: Generated<'draft' | 'submitted' | 'accepted' | 'returned'>;
  status: Generated<'not_started' | 'in_progress' | 'done' | 'continuing'>;
  narrative: Generated<string>;
  activities: Json<unknown[]>;
  figures: Json<unknown[]>;
  needs: Json<unknown[]>;
  revision: Generated<number>;
  submitted_version: Generated<number>;
  submitted_at: Timestamp | null;
  late: Generated<boolean>;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface ReportEntryEventsTable {
  id: Generated<string>;
  entry_id: string;
  kind: 'submitted' | 'accepted' | 'returned' | 'reopened';
  version: number;
  snapshot: Json<Record<string, unknown> | null>;
  comment: string | null;
  by_user: string | null;
  at: GeneratedTimestamp;
}

export interface ReportAttachmentsTable {
  id: Generated<string>;
  entry_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  content: Buffer;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: 'report_due_soon' | 'report_late' | 'entry_returned' | 'referral_received' | 'referral_declined' | 'referral_overdue';
  params: Json<Record<string, string | number>>;
  created_at: GeneratedTimestamp;
  read_at: Timestamp | null;
}

export interface ReminderLogTable {
  period_id: string;
  organisation_id: string;
  kind: string;
  sent_on: DateColumn;
}

export interface DB extends CaseTables, MeetingTables, EventTables, IndicatorTables, HotlineTables, ShelterTables, ProtectionTables, RepatriationTables, ChildrenTables {
  notifications: NotificationsTable;
  reminder_log: ReminderLogTable;
  report_attachments: ReportAttachmentsTable;
  reporting_periods: ReportingPeriodsTable;
  report_entries: ReportEntriesTable;
  report_entry_events: ReportEntryEventsTable;
  plans: PlansTable;
  plan_chapters: PlanChaptersTable;
  plan_sections: PlanSectionsTable;
  measures: MeasuresTable;
  measure_sub_actions: MeasureSubActionsTable;
  measure_participants: MeasureParticipantsTable;
  organisation_name_mappings: OrganisationNameMappingsTable;
  plan_imports: PlanImportsTable;
  measure_wording_variants: MeasureWordingVariantsTable;
  measure_revisions: MeasureRevisionsTable;
  measure_links: MeasureLinksTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  schema_migrations: SchemaMigrationsTable;
}
