/** The indicators, assessments, recommendations and draft-plan API as the web client sees it. */

export type IndicatorKind = 'framework' | 'operational';
export type Rating = 'met' | 'partly_met' | 'not_met' | 'not_assessed';
export const RATINGS: readonly Rating[] = ['met', 'partly_met', 'not_met', 'not_assessed'];

export interface Column {
  kind: IndicatorKind;
  level: number;
}

export interface Indicator {
  id: string;
  kind: IndicatorKind;
  level: number;
  text: string;
  /** As the framework marks it; null: not recorded (the text copy of the source lost the mark). */
  needsImprovement: boolean | null;
  source: string | null;
}

export interface AreaBase {
  id: string;
  code: string;
  title: string;
  needsImprovement: boolean | null;
  source: string | null;
}

export interface FrameworkArea extends AreaBase {
  cells: Indicator[][];
}

export interface Framework {
  columns: Column[];
  areas: FrameworkArea[];
  abilities: { edit: boolean };
}

export type RatingCounts = Record<Rating, number>;

export interface Cycle {
  id: string;
  title: string;
  year: number | null;
  description: string;
  status: 'draft' | 'published';
  publishedAt: string | null;
  createdAt: string;
  counts: RatingCounts;
}

export interface CycleList {
  items: Cycle[];
  abilities: { createCycle: boolean; readFramework: boolean; readRecommendations: boolean; readDrafts: boolean };
}

export interface AssessmentSummary {
  rating: Rating;
  evidence: string;
  needsImprovement: boolean;
  revision: number | null;
  entryCount: number;
  measureCount: number;
  updatedAt: string | null;
}

export interface RatedIndicator extends Indicator {
  assessment: AssessmentSummary;
}

export interface CycleGrid {
  cycle: Cycle;
  columns: Column[];
  areas: (AreaBase & { cells: RatedIndicator[][] })[];
  abilities: { edit: boolean; rate: boolean; publish: boolean; unpublish: boolean };
}

export interface MeasureRef {
  id: string;
  code: string;
  text: string;
  plan: { id: string; title: string };
}

export interface AssessmentDetail {
  cycle: { id: string; title: string; status: 'draft' | 'published' };
  indicator: Indicator & { area: { id: string; code: string; title: string } };
  rating: Rating;
  evidence: string;
  needsImprovement: boolean;
  revision: number | null;
  updatedAt: string | null;
  entries: { id: string; year: number; half: number | null; measureCode: string; organisation: { shortName: string; nameAz: string }; status: string; state: string }[];
  measures: MeasureRef[];
  abilities: { rate: boolean };
}

export interface RatingInput {
  rating: Rating;
  evidence: string;
  needsImprovement: boolean;
  entryIds: string[];
  measureIds: string[];
  revision: number | null;
}

export interface Comparison {
  columns: Column[];
  cycles: Cycle[];
  rows: { indicator: Indicator; area: { id: string; code: string; title: string }; ratings: { cycleId: string; rating: Rating; needsImprovement: boolean }[] }[];
}

export type SourceKind = 'assessment' | 'greta' | 'osce' | 'us_tip' | 'other';
export const SOURCE_KINDS: readonly SourceKind[] = ['assessment', 'greta', 'osce', 'us_tip', 'other'];
export type RecommendationStatus = 'open' | 'planned' | 'in_progress' | 'implemented' | 'not_accepted';
export const RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = ['open', 'planned', 'in_progress', 'implemented', 'not_accepted'];
export type Priority = 'high' | 'medium' | 'low';
export const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low'];

export interface Votes {
  survey: number | null;
  seminar: number | null;
  unplaced: number;
}

export interface Recommendation {
  id: string;
  sourceKind: SourceKind;
  source: string;
  code: string | null;
  theme: string;
  context: string;
  text: string;
  area: { id: string; code: string; title: string } | null;
  priority: Priority | null;
  status: RecommendationStatus;
  votes: Votes;
  fromSource: boolean;
  measures: MeasureRef[];
  updatedAt: string;
}

export interface RecommendationList {
  items: Recommendation[];
  sources: { sourceKind: SourceKind; source: string; count: number }[];
  abilities: { edit: boolean };
}

export interface RecommendationInput {
  sourceKind: SourceKind;
  source: string;
  code: string | null;
  theme: string;
  context: string;
  text: string;
  areaId: string | null;
  priority: Priority | null;
  status: RecommendationStatus;
  votes: Votes;
  measureIds: string[];
}

export interface DraftSummary {
  id: string;
  title: string;
  periodFrom: number | null;
  periodTo: number | null;
  basedOn: { id: string; title: string } | null;
  itemCount: number;
  updatedAt: string;
}

export type UnfinishedReason = 'ongoing' | 'not_done' | 'not_reported';

export interface DraftCandidates {
  plan: { id: string; title: string } | null;
  plans: { id: string; title: string }[];
  measures: {
    id: string;
    code: string;
    text: string;
    section: string;
    periodText: string;
    reasons: UnfinishedReason[];
    lastPeriod: { id: string; year: number; half: number | null } | null;
    statuses: string[];
  }[];
  recommendations: { id: string; code: string | null; source: string; theme: string; text: string; priority: Priority | null; status: string; votes: Votes }[];
}

export interface DraftItem {
  id: string;
  code: string;
  text: string;
  executors: string;
  periodText: string;
  origin: 'measure' | 'recommendation' | 'manual';
  measure: { id: string; code: string } | null;
  recommendation: { id: string; code: string | null; source: string } | null;
}

export interface Draft {
  id: string;
  title: string;
  periodFrom: number | null;
  periodTo: number | null;
  basedOn: { id: string; title: string } | null;
  revision: number;
  updatedAt: string;
  sections: { id: string; code: string; title: string; items: DraftItem[] }[];
  abilities: { edit: boolean };
}

export interface DraftItemInput {
  sectionId: string;
  text: string;
  executors: string;
  periodText: string;
}
