import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string | null | undefined, string | null>;
type Json<T> = ColumnType<T, string, string>;
/** numeric comes back as text so that no amount loses precision. */
type Amount = ColumnType<string, string | number | null | undefined, string | number | null>;

export interface EventsTable {
  id: Generated<string>;
  organiser_id: string;
  origin: 'register' | 'report';
  entry_id: string | null;
  kind: string;
  title: string;
  date_from: DateColumn | null;
  date_to: DateColumn | null;
  year: number;
  place: string | null;
  participants: number | null;
  women: number | null;
  men: number | null;
  partners: ColumnType<string[], string[] | undefined, string[]>;
  audiences: ColumnType<string[], string[] | undefined, string[]>;
  participant_groups: ColumnType<unknown[], string | undefined, string>;
  materials: ColumnType<unknown[], string | undefined, string>;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  reach: number | null;
  assessment: Json<unknown> | null;
  notes: Generated<string>;
  revision: Generated<number>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface EventMeasuresTable {
  event_id: string;
  measure_id: string;
}

export interface EventEvaluationsTable {
  id: Generated<string>;
  event_id: string;
  respondent: 'organiser' | 'participant';
  relevance: number | null;
  clarity: number | null;
  organisation: number | null;
  usefulness: number | null;
  comment: Generated<string>;
  recorded_by: string | null;
  recorded_at: GeneratedTimestamp;
}

/** An entry that reports an event it did not make (migrations/0016_events_links.sql). */
export interface EventReportsTable {
  event_id: string;
  entry_id: string;
  organisation_id: string;
  linked_at: GeneratedTimestamp;
}

export interface DonorsTable {
  id: Generated<string>;
  name: string;
  kind: string;
  country: string | null;
  website: string | null;
  notes: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface SupportsTable {
  id: Generated<string>;
  donor_id: string;
  kind: string;
  description: string;
  amount: Amount | null;
  currency: string | null;
  starts_on: DateColumn | null;
  ends_on: DateColumn | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface SupportOrganisationsTable {
  support_id: string;
  organisation_id: string;
}

export interface SupportMeasuresTable {
  support_id: string;
  measure_id: string;
}

export interface NeedMatchesTable {
  id: Generated<string>;
  entry_id: string;
  need_position: number;
  need_kind: string;
  need_description: string;
  support_id: string;
  note: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

/** The event register, donors and their support (migrations/0009_events_donors.sql). */
export interface EventTables {
  events: EventsTable;
  event_measures: EventMeasuresTable;
  event_evaluations: EventEvaluationsTable;
  event_reports: EventReportsTable;
  donors: DonorsTable;
  supports: SupportsTable;
  support_organisations: SupportOrganisationsTable;
  support_measures: SupportMeasuresTable;
  need_matches: NeedMatchesTable;
}
