import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string, string>;

export interface IdentificationChecklistsTable {
  id: Generated<string>;
  version: number;
  title: string;
  published_on: DateColumn;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface IdentificationIndicatorsTable {
  id: Generated<string>;
  checklist_id: string;
  code: string;
  audience: 'general' | 'child';
  position: number;
  text_az: string;
  text_ru: string;
  text_en: string;
}

export interface CaseIdentificationsTable {
  id: string;
  case_id: string;
  checklist_id: string;
  decision: 'identified' | 'not_identified' | 'more_information';
  decided_on: DateColumn;
  officer_id: string;
  decided_by_org_id: string;
  indicators_met: Generated<string[]>;
  child_path: boolean;
  notes_sealed: string | null;
  created_at: GeneratedTimestamp;
}

export interface CaseReflectionPeriodsTable {
  id: Generated<string>;
  case_id: string;
  started_on: DateColumn;
  days: number;
  decision: string | null;
  decided_on: ColumnType<string | null, string | null | undefined, string | null>;
  decided_by: string | null;
  created_by: string;
  created_at: GeneratedTimestamp;
}

/** Identification and protection of victims (migrations/0013_protection.sql). */
export interface ProtectionTables {
  identification_checklists: IdentificationChecklistsTable;
  identification_indicators: IdentificationIndicatorsTable;
  case_identifications: CaseIdentificationsTable;
  case_reflection_periods: CaseReflectionPeriodsTable;
}
