import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string, string>;
type OptionalDate = ColumnType<string | null, string | null | undefined, string | null>;

export interface CaseChildProtectionTable {
  id: string;
  case_id: string;
  guardian_name_sealed: string | null;
  guardian_relation: string | null;
  guardian_contact_sealed: string | null;
  guardian_appointed_on: OptionalDate;
  guardian_appointed_by: string | null;
  protection_org_id: string | null;
  protection_body_name: string | null;
  revision: Generated<number>;
  created_by: string;
  updated_by: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface CaseBestInterestsAssessmentsTable {
  id: string;
  case_id: string;
  assessed_on: DateColumn;
  assessed_by: string;
  summary_sealed: string;
  recommendation: string;
  review_on: OptionalDate;
  recorded_by: string;
  created_at: GeneratedTimestamp;
}

/** The child-protection path of a case (migrations/0014_children.sql). */
export interface ChildrenTables {
  case_child_protection: CaseChildProtectionTable;
  case_best_interests_assessments: CaseBestInterestsAssessmentsTable;
}
