import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string | null | undefined, string | null>;

export type MeetingKind = 'commission' | 'working_group' | 'ad_hoc';
export type Standing = 'member' | 'observer';
export type ActionItemStatus = 'open' | 'in_progress' | 'done' | 'cancelled';

export interface MeetingsTable {
  id: Generated<string>;
  kind: MeetingKind;
  title: string;
  held_on: DateColumn;
  /** Read through to_char (HH24:MI); written as 'HH:MM'. */
  starts_at: string | null;
  place: string | null;
  online_url: string | null;
  minutes: Generated<string>;
  revision: Generated<number>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface MeetingBodiesTable {
  meeting_id: string;
  organisation_id: string;
  standing: Standing;
  present: Generated<boolean>;
}

export interface MeetingPersonsTable {
  id: Generated<string>;
  meeting_id: string;
  position: number;
  name: string;
  organisation_id: string | null;
  present: Generated<boolean>;
}

export interface MeetingAgendaItemsTable {
  id: Generated<string>;
  meeting_id: string;
  position: number;
  title: string;
}

export interface MeetingAgendaMeasuresTable {
  agenda_item_id: string;
  measure_id: string;
}

export interface MeetingDecisionsTable {
  id: Generated<string>;
  meeting_id: string;
  number: number;
  text: string;
  agenda_item_id: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface MeetingActionItemsTable {
  id: Generated<string>;
  decision_id: string;
  organisation_id: string;
  task: Generated<string>;
  due_on: DateColumn;
  status: Generated<ActionItemStatus>;
  note: Generated<string>;
  revision: Generated<number>;
  closed_at: Timestamp | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface MeetingTables {
  meetings: MeetingsTable;
  meeting_bodies: MeetingBodiesTable;
  meeting_persons: MeetingPersonsTable;
  meeting_agenda_items: MeetingAgendaItemsTable;
  meeting_agenda_measures: MeetingAgendaMeasuresTable;
  meeting_decisions: MeetingDecisionsTable;
  meeting_action_items: MeetingActionItemsTable;
}
