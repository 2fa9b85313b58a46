/** What the reader of an assessment document recognised: its indicator framework and its recommendations. */

export const INDICATOR_KINDS = ['framework', 'operational'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const INDICATOR_LEVELS = [1, 2] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

/** The four columns of the framework table, in the document's order. */
export const FRAMEWORK_COLUMNS = [
  { kind: 'framework', level: 1 },
  { kind: 'framework', level: 2 },
  { kind: 'operational', level: 1 },
  { kind: 'operational', level: 2 },
] as const satisfies readonly { kind: IndicatorKind; level: IndicatorLevel }[];

export interface ParsedIndicator {
  kind: IndicatorKind;
  level: IndicatorLevel;
  text: string;
  /**
   * Whether the document marks it as needing improvement. The assessment marks such items with a
   * green background, which a text copy does not carry: null means "not recorded in this copy".
   */
  needsImprovement: boolean | null;
}

export interface ParsedArea {
  /** "4.5", "5.1", … as the table numbers the area. */
  code: string;
  title: string;
  needsImprovement: boolean | null;
  indicators: ParsedIndicator[];
}

export interface ParsedVotes {
  /** Survey respondents who chose it among their three priorities; null when the copy does not say which column a count is in. */
  survey: number | null;
  /** Seminar groups who chose it; null as above. */
  seminar: number | null;
  /** Marks whose column the copy lost (one row of marks where the table had two cells). */
  unplaced: number;
}

/** One of the summary recommendations (A–Q) with the priority votes. */
export interface ParsedPriorityRecommendation {
  code: string;
  text: string;
  votes: ParsedVotes;
}

/** One detailed recommendation, under the part of chapter 3 it belongs to. */
export interface ParsedDetailedRecommendation {
  /** "3.1.4": the part of the chapter, then the recommendation's place in it (the document itself does not number them). */
  code: string;
  section: { code: string; title: string };
  /** The sentence that introduces the group ("… dəvət olunurlar:"), which says what the recommendations are for. */
  context: string;
  text: string;
}

export type AssessmentWarningCode =
  | 'no_framework_table'
  | 'improvement_marks_lost'
  | 'cells_missing'
  | 'cells_uncertain'
  | 'votes_column_unknown'
  | 'no_recommendations';

export interface AssessmentWarning {
  code: AssessmentWarningCode;
  message: string;
  params?: Record<string, string | number>;
}

export interface ParsedAssessment {
  areas: ParsedArea[];
  priorities: ParsedPriorityRecommendation[];
  detailed: ParsedDetailedRecommendation[];
  warnings: AssessmentWarning[];
}
