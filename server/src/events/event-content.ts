import { z } from 'zod';
import { activitySchema } from '../reports/report-content.js';

/** The kinds of the register: the reporting activity kinds, and finer kinds of training and awareness. */
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

export type ActivityKind = z.infer<typeof activitySchema>['kind'];

/** The reporting activity kind a register kind refines (a seminar is a training, a broadcast awareness). */
export function baseKind(kind: EventKind): ActivityKind {
  if (kind === 'seminar') return 'training';
  if (kind === 'campaign' || kind === 'broadcast' || kind === 'materials') return 'awareness';
  return kind;
}

export const EVENT_GROUPS = ['training', 'awareness', 'other'] as const;
export type EventGroup = (typeof EVENT_GROUPS)[number];

/** Trainings have tests and a knowledge gain; awareness events have reach. */
export function groupOf(kind: EventKind): EventGroup {
  const base = baseKind(kind);
  return base === 'training' || base === 'awareness' ? base : 'other';
}

export const kindsOfGroup = (group: EventGroup) => EVENT_KINDS.filter((kind) => groupOf(kind) === group);

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

/** The evaluation questionnaire: each question answered 1 (poor) to 5 (very good), or left out. */
export const EVALUATION_QUESTIONS = ['relevance', 'clarity', 'organisation', 'usefulness'] as const;
export type EvaluationQuestion = (typeof EVALUATION_QUESTIONS)[number];
export const RESPONDENTS = ['organiser', 'participant'] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().min(0).max(10_000_000).nullable();
const score = z.number().finite().min(0).max(100_000);
const maxScore = z.number().finite().positive().max(100_000);

export const participantGroupSchema = z.object({
  /** A body of the dictionary, or only a name as written (an NGO, a school). */
  organisationId: z.uuid().nullable(),
  name: z.string().trim().max(300).nullable(),
  participants: count,
  women: count,
  men: count,
});

export const materialSchema = z.object({ title: z.string().trim().min(1).max(500), copies: count });

export const assessmentSchema = z
  .discriminatedUnion('mode', [
    z.object({ mode: z.literal('individual'), maxScore, scores: z.array(z.object({ pre: score, post: score })).min(1).max(5000) }),
    z.object({ mode: z.literal('aggregate'), maxScore, tested: z.number().int().min(1).max(1_000_000), preMean: score, postMean: score }),
  ])
  .superRefine((a, ctx) => {
    const above = (value: number, path: (string | number)[]) => {
      if (value > a.maxScore) ctx.addIssue({ code: 'too_big', maximum: a.maxScore, origin: 'number', inclusive: true, input: value, path });
    };
    if (a.mode === 'individual') {
      a.scores.forEach((s, i) => {
        above(s.pre, ['scores', i, 'pre']);
        above(s.post, ['scores', i, 'post']);
      });
    } else {
      above(a.preMean, ['preMean']);
      above(a.postMean, ['postMean']);
    }
  });

export type AssessmentInput = z.infer<typeof assessmentSchema>;
export type ParticipantGroup = z.infer<typeof participantGroupSchema>;
export type Material = z.infer<typeof materialSchema>;

/** What the register keeps of an event; for an event from a report the facts part comes from its entry. */
const eventFields = z.object({
  /** Only the Coordinator's office records events for another body; a body's own by default. */
  organiserId: z.uuid().optional(),
  kind: z.enum(EVENT_KINDS),
  title: z.string().trim().min(1).max(1000),
  /** Required for an event recorded in the register; a reported one may have none. */
  dateFrom: day.nullable(),
  dateTo: day.nullable(),
  place: z.string().trim().max(300).nullable(),
  participants: count,
  women: count,
  men: count,
  partners: z.array(z.string().trim().min(1).max(300)).max(50),
  measureIds: z.array(z.uuid()).max(50),
  audiences: z.array(z.enum(AUDIENCES)).max(AUDIENCES.length),
  participantGroups: z.array(participantGroupSchema).max(200),
  materials: z.array(materialSchema).max(100),
  languages: z.array(z.string().trim().min(2).max(20)).max(20),
  reach: count,
  assessment: assessmentSchema.nullable(),
  notes: z.string().trim().max(10_000),
});

function datesInOrder(e: { dateFrom: string | null; dateTo: string | null }, ctx: z.RefinementCtx) {
  if (e.dateFrom && e.dateTo && e.dateTo < e.dateFrom) ctx.addIssue({ code: 'custom', message: 'date.before_start', path: ['dateTo'] });
}

export const eventInputSchema = eventFields.superRefine(datesInOrder);
/** A change is made over the revision the writer saw. */
export const eventUpdateSchema = eventFields.extend({ revision: z.number().int().min(0) }).superRefine(datesInOrder);

export type EventInput = z.infer<typeof eventInputSchema>;

export const evaluationInputSchema = z.object({
  respondent: z.enum(RESPONDENTS),
  relevance: z.number().int().min(1).max(5).nullable(),
  clarity: z.number().int().min(1).max(5).nullable(),
  organisation: z.number().int().min(1).max(5).nullable(),
  usefulness: z.number().int().min(1).max(5).nullable(),
  comment: z.string().trim().max(4000),
});

export type EvaluationInput = z.infer<typeof evaluationInputSchema>;
