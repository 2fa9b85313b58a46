/** The event register's API as the web client sees it. */

export const EVENT_KINDS = [
  'training',
  'seminar',
  'awareness',
  'campaign',
  'broadcast',
  'materials',
  'meeting',
  'legal_draft',
  'inspection',
  'research',
  'international',
  'assistance',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_GROUPS = ['training', 'awareness', 'other'] as const;
export type EventGroup = (typeof EVENT_GROUPS)[number];

export function groupOf(kind: EventKind): EventGroup {
  if (kind === 'training' || kind === 'seminar') return 'training';
  if (kind === 'awareness' || kind === 'campaign' || kind === 'broadcast' || kind === 'materials') return 'awareness';
  return 'other';
}

export const AUDIENCES = [
  'police',
  'judges',
  'prosecutors',
  'border_guards',
  'labour_inspectors',
  'medical_staff',
  'teachers',
  'tourism_staff',
  'migrants',
  'pupils',
  'general_public',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const EVALUATION_QUESTIONS = ['relevance', 'clarity', 'organisation', 'usefulness'] as const;
export type EvaluationQuestion = (typeof EVALUATION_QUESTIONS)[number];
export type Respondent = 'organiser' | 'participant';

export interface OrganisationRef {
  id: string;
  shortName: string;
  nameAz: string;
}

export interface KnowledgeGain {
  tested: number;
  maxScore: number;
  preMean: number;
  postMean: number;
  gain: number;
  normalisedGain: number | null;
  improved: number | null;
  unchanged: number | null;
  declined: number | null;
}

export interface EventAbilities {
  edit: boolean;
  editFacts: boolean;
  delete: boolean;
  evaluate: boolean;
  evaluateAsOrganiser: boolean;
}

export interface EventSummary {
  id: string;
  organiser: OrganisationRef;
  origin: 'register' | 'report';
  entry: { id: string; periodId: string; year: number; measureCode: string; visible: boolean } | null;
  kind: EventKind;
  group: EventGroup;
  title: string;
  dateFrom: string | null;
  dateTo: string | null;
  year: number;
  place: string | null;
  participants: number | null;
  women: number | null;
  men: number | null;
  partners: string[];
  audiences: Audience[];
  reach: number | null;
  measures: { id: string; code: string; text: string }[];
  knowledgeGain: KnowledgeGain | null;
  abilities: EventAbilities;
}

export interface ParticipantGroup {
  organisationId: string | null;
  name: string | null;
  participants: number | null;
  women: number | null;
  men: number | null;
}

export type Assessment =
  | { mode: 'individual'; maxScore: number; scores: { pre: number; post: number }[] }
  | { mode: 'aggregate'; maxScore: number; tested: number; preMean: number; postMean: number };

export interface QuestionSummary {
  question: EvaluationQuestion;
  answered: number;
  mean: number | null;
  distribution: number[];
}

export interface EvaluationSummary {
  responses: number;
  organisers: number;
  participants: number;
  questions: QuestionSummary[];
  mean: number | null;
}

export interface Evaluation {
  id: string;
  respondent: Respondent;
  relevance: number | null;
  clarity: number | null;
  organisation: number | null;
  usefulness: number | null;
  comment: string;
  recordedAt: string;
}

export interface EventDetail extends EventSummary {
  /** Other bodies' report entries that report this event by a link. */
  linkedReports: { organisation: OrganisationRef; measureCode: string; entry: { id: string; periodId: string; visible: boolean } }[];
  participantGroups: (ParticipantGroup & { organisation: OrganisationRef | null })[];
  materials: { title: string; copies: number | null }[];
  languages: string[];
  assessment: Assessment | null;
  notes: string;
  revision: number;
  updatedAt: string;
  evaluation: EvaluationSummary;
  evaluations: Evaluation[];
}

export interface EventInput {
  organiserId?: string;
  kind: EventKind;
  title: string;
  dateFrom: string | null;
  dateTo: string | null;
  place: string | null;
  participants: number | null;
  women: number | null;
  men: number | null;
  partners: string[];
  measureIds: string[];
  audiences: Audience[];
  participantGroups: ParticipantGroup[];
  materials: { title: string; copies: number | null }[];
  languages: string[];
  reach: number | null;
  assessment: Assessment | null;
  notes: string;
}

export interface EvaluationInput {
  respondent: Respondent;
  relevance: number | null;
  clarity: number | null;
  organisation: number | null;
  usefulness: number | null;
  comment: string;
}

export interface EventPage {
  items: EventSummary[];
  total: number;
  page: number;
  pageSize: number;
  abilities: { create: boolean };
}

export interface Figures {
  events: number;
  participants: number;
  women: number;
  men: number;
  reach: number;
  withoutParticipants: number;
  trainings: number;
  awareness: number;
}

export interface EventTotals {
  all: Figures;
  byYear: (Figures & { year: number })[];
  byAudience: (Figures & { audience: Audience })[];
  withoutAudience: Figures;
  byOrganiser: (Figures & { organisation: OrganisationRef })[];
  byKind: (Figures & { kind: EventKind })[];
  knowledge: { trainings: number; tested: number; meanNormalisedGain: number | null };
  evaluation: EvaluationSummary;
}

/** The register's filters, as kept in the URL. */
export const FILTER_KEYS = ['year', 'group', 'kind', 'audience', 'organiserId', 'section', 'measureId', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type EventFilters = Record<FilterKey, string>;
