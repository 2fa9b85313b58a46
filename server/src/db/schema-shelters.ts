import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string | null | undefined, string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface SheltersTable {
  id: Generated<string>;
  kind: string;
  name: string;
  operator_org_id: string;
  supervising_org_id: string | null;
  region: string;
  capacity_female: Generated<number>;
  capacity_male: Generated<number>;
  capacity_children: Generated<number>;
  services: Generated<string[]>;
  contacts_sealed: string | null;
  near_capacity_percent: Generated<number>;
  active: Generated<boolean>;
  revision: Generated<number>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ShelterPlacementsTable {
  id: string;
  case_id: string;
  shelter_id: string;
  category: string;
  entered_on: DateColumn;
  reason_sealed: string;
  over_capacity: Generated<boolean>;
  override_reason_sealed: string | null;
  transferred_from: string | null;
  exited_on: DateColumn | null;
  exit_reason: string | null;
  exit_note_sealed: string | null;
  created_by: string;
  created_at: GeneratedTimestamp;
  exited_by: string | null;
}

export interface ShelterChecklistItemsTable {
  id: Generated<string>;
  position: number;
  text_az: string;
  text_ru: Generated<string>;
  text_en: Generated<string>;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface InspectionResultRecord {
  itemId: string;
  text: { az: string; ru: string; en: string };
  result: string;
  comment: string | null;
}

export interface ShelterInspectionsTable {
  id: Generated<string>;
  shelter_id: string;
  inspector_org_id: string;
  inspected_on: DateColumn;
  results: Json<InspectionResultRecord[]>;
  findings: Generated<string>;
  created_by: string;
  created_at: GeneratedTimestamp;
}

export interface ShelterInspectionActionsTable {
  id: Generated<string>;
  inspection_id: string;
  shelter_id: string;
  text: string;
  due_on: DateColumn | null;
  status: Generated<string>;
  done_on: DateColumn | null;
  note: string | null;
  revision: Generated<number>;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface CaseServicesTable {
  id: string;
  case_id: string;
  kind: string;
  status: Generated<string>;
  requested_on: DateColumn;
  requested_by_org_id: string;
  details_sealed: string | null;
  provider_org_id: string | null;
  provider_name: string | null;
  started_on: DateColumn | null;
  completed_on: DateColumn | null;
  outcome_sealed: string | null;
  revision: Generated<number>;
  created_by: string;
  created_at: GeneratedTimestamp;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface CarePlansTable {
  id: Generated<string>;
  case_id: string;
  status: Generated<string>;
  started_on: DateColumn;
  responsible_org_id: string;
  next_review_on: DateColumn | null;
  revision: Generated<number>;
  created_by: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface CarePlanGoalsTable {
  id: string;
  plan_id: string;
  case_id: string;
  area: string;
  text_sealed: string;
  responsible_org_id: string | null;
  target_on: DateColumn | null;
  status: Generated<string>;
  revision: Generated<number>;
  created_by: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface CarePlanReviewsTable {
  id: string;
  plan_id: string;
  case_id: string;
  held_on: DateColumn;
  summary_sealed: string;
  next_review_on: DateColumn | null;
  reviewed_by: string;
  created_at: GeneratedTimestamp;
}

export interface ShelterTables {
  shelters: SheltersTable;
  shelter_placements: ShelterPlacementsTable;
  shelter_checklist_items: ShelterChecklistItemsTable;
  shelter_inspections: ShelterInspectionsTable;
  shelter_inspection_actions: ShelterInspectionActionsTable;
  case_services: CaseServicesTable;
  care_plans: CarePlansTable;
  care_plan_goals: CarePlanGoalsTable;
  care_plan_reviews: CarePlanReviewsTable;
}
