/** The plans API as the web client sees it (the server's own types are not shared with the web). */

export type PeriodKind = 'range' | 'year' | 'month' | 'ongoing';
export const PERIOD_KINDS: readonly PeriodKind[] = ['range', 'year', 'month', 'ongoing'];

export interface Period {
  kind: PeriodKind;
  from: string | null;
  to: string | null;
  /** As written in the document ("2020─2022", "mütəmadi", "İyun 2004"). */
  text: string;
}

export type ParticipantRole = 'executor' | 'involved' | 'generic' | 'recommended';
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ['executor', 'involved', 'recommended', 'generic'];

export interface OrganisationRef {
  id: string;
  shortName: string;
  nameAz: string;
  nameRu: string;
  nameEn: string;
}

export interface Participant {
  role: ParticipantRole;
  name: string;
  organisation: OrganisationRef | null;
  genericKey: string | null;
}

export interface SubAction {
  text: string;
  period: Period | null;
}

export interface Measure {
  id: string;
  planId: string;
  code: string;
  section: { code: string; title: string };
  text: string;
  period: Period | null;
  /** 0..1: how sure the importer was that it read the measure correctly. */
  confidence: number;
  participants: Participant[];
  subActions: SubAction[];
  openVariants: number;
}

export interface Act {
  kind: string;
  number: string;
  date: string | null;
}

export interface PlanSummary {
  id: string;
  title: string;
  act: Act | null;
  period: { from: string; to: string } | null;
  measureCount: number;
  sectionCount: number;
  openVariants: number;
  unmatchedNames: number;
}

export interface PlanList {
  items: PlanSummary[];
  abilities: { import: boolean };
}

export interface PlanDetail extends PlanSummary {
  notes: string[];
  chapters: { number: string | null; title: string; body: string }[];
  sections: { code: string; title: string; measureCount: number }[];
  imports: { id: string; fileName: string; appliedAt: string | null; by: string | null }[];
  abilities: { import: boolean; edit: boolean; delete: boolean };
}

export interface MeasureRef {
  id: string;
  code: string;
  text: string;
  plan: { id: string; title: string };
}

export type VariantStatus = 'open' | 'kept' | 'taken';
export type WordingChoice = 'keep' | 'take';

export interface WordingVariant {
  id: string;
  text: string;
  status: VariantStatus;
  fileName: string | null;
  createdAt: string;
}

export type RevisionSource = 'edit' | 'import' | 'wording_choice';

export interface Revision {
  id: string;
  at: string;
  by: string | null;
  source: RevisionSource;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  reason: string | null;
}

export interface MeasureDetail extends Measure {
  plan: { id: string; title: string };
  continues: MeasureRef[];
  continuedBy: MeasureRef[];
  variants: WordingVariant[];
  revisions: Revision[];
  abilities: { edit: boolean; link: boolean };
}

export interface MeasureInput {
  text: string;
  period: Period | null;
  participants: { role: ParticipantRole; name: string; organisationId: string | null }[];
  reason: string;
}

export type MeasureRoleFilter = 'executor' | 'involved' | 'recommended' | 'generic';
export type MeasurePeriodFilter = 'this_year' | 'overdue' | 'ongoing';

export interface MeasureFilters {
  planId?: string;
  q?: string;
  organisationId?: string;
  section?: string;
  period?: string;
  role?: string;
  mine?: boolean;
}

export interface UnmatchedName {
  nameKey: string;
  name: string;
  count: number;
  measures: { id: string; code: string; planId: string }[];
}
