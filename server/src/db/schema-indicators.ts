import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Tables of migrations/0008_indicators.sql: the indicator framework, assessments, recommendations, draft plans. */
export interface IndicatorAreasTable {
  id: Generated<string>;
  code: string;
  title: string;
  needs_improvement: boolean | null;
  position: number;
  source: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface IndicatorsTable {
  id: Generated<string>;
  area_id: string;
  kind: 'framework' | 'operational';
  level: number;
  position: number;
  text: string;
  needs_improvement: boolean | null;
  source: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface AssessmentCyclesTable {
  id: Generated<string>;
  title: string;
  year: number | null;
  description: Generated<string>;
  status: Generated<'draft' | 'published'>;
  published_at: Timestamp | null;
  published_by: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export type Rating = 'met' | 'partly_met' | 'not_met' | 'not_assessed';

export interface IndicatorAssessmentsTable {
  id: Generated<string>;
  cycle_id: string;
  indicator_id: string;
  rating: Generated<Rating>;
  evidence: Generated<string>;
  needs_improvement: Generated<boolean>;
  revision: Generated<number>;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface IndicatorAssessmentEntriesTable {
  assessment_id: string;
  entry_id: string;
}

export interface IndicatorAssessmentMeasuresTable {
  assessment_id: string;
  measure_id: string;
}

export interface RecommendationsTable {
  id: Generated<string>;
  source_kind: 'assessment' | 'greta' | 'osce' | 'us_tip' | 'other';
  source: string;
  code: string | null;
  theme: Generated<string>;
  context: Generated<string>;
  text: string;
  area_id: string | null;
  priority: 'high' | 'medium' | 'low' | null;
  status: Generated<'open' | 'planned' | 'in_progress' | 'implemented' | 'not_accepted'>;
  survey_votes: number | null;
  seminar_votes: number | null;
  unplaced_votes: Generated<number>;
  position: Generated<number>;
  seed_key: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface RecommendationMeasuresTable {
  recommendation_id: string;
  measure_id: string;
}

export interface DraftPlansTable {
  id: Generated<string>;
  title: string;
  based_on_plan_id: string | null;
  period_from: number | null;
  period_to: number | null;
  revision: Generated<number>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface DraftPlanSectionsTable {
  id: Generated<string>;
  draft_id: string;
  code: string;
  title: string;
  position: number;
}

export interface DraftPlanItemsTable {
  id: Generated<string>;
  draft_id: string;
  section_id: string;
  position: number;
  text: string;
  executors: Generated<string>;
  period_text: Generated<string>;
  origin: 'measure' | 'recommendation' | 'manual';
  measure_id: string | null;
  recommendation_id: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface IndicatorTables {
  indicator_areas: IndicatorAreasTable;
  indicators: IndicatorsTable;
  assessment_cycles: AssessmentCyclesTable;
  indicator_assessments: IndicatorAssessmentsTable;
  indicator_assessment_entries: IndicatorAssessmentEntriesTable;
  indicator_assessment_measures: IndicatorAssessmentMeasuresTable;
  recommendations: RecommendationsTable;
  recommendation_measures: RecommendationMeasuresTable;
  draft_plans: DraftPlansTable;
  draft_plan_sections: DraftPlanSectionsTable;
  draft_plan_items: DraftPlanItemsTable;
}
