import { z } from 'zod';
import type { Tx } from '../db/database.js';
import { eventAbilities } from '../policies/events.js';
import type { Actor } from '../policies/policy.js';
import { AUDIENCES, EVALUATION_QUESTIONS, EVENT_KINDS, groupOf, RESPONDENTS, type AssessmentInput, type EventKind, type Material, type ParticipantGroup } from './event-content.js';
import { summariseEvaluations, type Answers } from './event-totals.js';
import { entriesOf, evaluationsOf, measuresOf, organisationNames, type EventRow } from './events.repository.js';
import { knowledgeGain } from './knowledge-gain.js';
import { linkedReportsOf } from './event-links.repository.js';

const organisationRef = z.object({ id: z.string(), shortName: z.string(), nameAz: z.string() });

export const knowledgeGainSchema = z.object({
  tested: z.number(),
  maxScore: z.number(),
  preMean: z.number(),
  postMean: z.number(),
  gain: z.number(),
  normalisedGain: z.number().nullable(),
  improved: z.number().nullable(),
  unchanged: z.number().nullable(),
  declined: z.number().nullable(),
});

export const evaluationSummarySchema = z.object({
  responses: z.number(),
  organisers: z.number(),
  participants: z.number(),
  questions: z.array(z.object({ question: z.enum(EVALUATION_QUESTIONS), answered: z.number(), mean: z.number().nullable(), distribution: z.array(z.number()) })),
  mean: z.number().nullable(),
});

const abilitiesSchema = z.object({ edit: z.boolean(), editFacts: z.boolean(), delete: z.boolean(), evaluate: z.boolean(), evaluateAsOrganiser: z.boolean() });

export const eventSummarySchema = z.object({
  id: z.string(),
  organiser: organisationRef,
  origin: z.enum(['register', 'report']),
  /** The report entry the event was reported in; `visible` when this caller may open it. */
  entry: z.object({ id: z.string(), periodId: z.string(), year: z.number(), measureCode: z.string(), visible: z.boolean() }).nullable(),
  kind: z.enum(EVENT_KINDS),
  group: z.enum(['training', 'awareness', 'other']),
  title: z.string(),
  dateFrom: z.string().nullable(),
  dateTo: z.string().nullable(),
  year: z.number(),
  place: z.string().nullable(),
  participants: z.number().nullable(),
  women: z.number().nullable(),
  men: z.number().nullable(),
  partners: z.array(z.string()),
  audiences: z.array(z.enum(AUDIENCES)),
  reach: z.number().nullable(),
  measures: z.array(z.object({ id: z.string(), code: z.string(), text: z.string() })),
  knowledgeGain: knowledgeGainSchema.nullable(),
  abilities: abilitiesSchema,
});

const count = z.number().nullable();

export const eventSchema = eventSummarySchema.extend({
  participantGroups: z.array(
    z.object({ organisationId: z.string().nullable(), organisation: organisationRef.nullable(), name: z.string().nullable(), participants: count, women: count, men: count }),
  ),
  materials: z.array(z.object({ title: z.string(), copies: count })),
  languages: z.array(z.string()),
  assessment: z
    .union([
      z.object({ mode: z.literal('individual'), maxScore: z.number(), scores: z.array(z.object({ pre: z.number(), post: z.number() })) }),
      z.object({ mode: z.literal('aggregate'), maxScore: z.number(), tested: z.number(), preMean: z.number(), postMean: z.number() }),
    ])
    .nullable(),
  /** Other report entries that report this event by a link (a training held with other bodies); see decision 021. */
  linkedReports: z.array(z.object({ organisation: organisationRef, measureCode: z.string(), entry: z.object({ id: z.string(), periodId: z.string(), visible: z.boolean() }) })),
  notes: z.string(),
  revision: z.number(),
  updatedAt: z.string(),
  evaluation: evaluationSummarySchema,
  evaluations: z.array(
    z.object({
      id: z.string(),
      respondent: z.enum(RESPONDENTS),
      relevance: count,
      clarity: count,
      organisation: count,
      usefulness: count,
      comment: z.string(),
      recordedAt: z.string(),
    }),
  ),
});

export type EventSummary = z.infer<typeof eventSummarySchema>;
export type EventDetail = z.infer<typeof eventSchema>;

function summaryOf(row: EventRow, actor: Actor, measures: EventSummary['measures'], entry: EventSummary['entry']): EventSummary {
  const kind = row.kind as EventKind;
  return {
    id: row.id,
    organiser: { id: row.organiser_id, shortName: row.organiser_short_name, nameAz: row.organiser_name_az },
    origin: row.origin,
    entry,
    kind,
    group: groupOf(kind),
    title: row.title,
    dateFrom: row.date_from,
    dateTo: row.date_to,
    year: row.year,
    place: row.place,
    participants: row.participants,
    women: row.women,
    men: row.men,
    partners: row.partners,
    audiences: row.audiences as EventSummary['audiences'],
    reach: row.reach,
    measures,
    knowledgeGain: groupOf(kind) === 'training' ? knowledgeGain(row.assessment as AssessmentInput | null) : null,
    abilities: eventAbilities(actor, row),
  };
}

export async function presentEventSummaries(tx: Tx, actor: Actor, rows: EventRow[]): Promise<EventSummary[]> {
  const [measures, entries] = await Promise.all([
    measuresOf(tx, rows.map((r) => r.id)),
    entriesOf(tx, actor, rows.flatMap((r) => (r.entry_id ? [r.entry_id] : []))),
  ]);
  return rows.map((row) => summaryOf(row, actor, measures.get(row.id) ?? [], (row.entry_id && entries.get(row.entry_id)) || null));
}

export async function presentEvent(tx: Tx, actor: Actor, row: EventRow): Promise<EventDetail> {
  const groups = row.participant_groups as ParticipantGroup[];
  const [[summary], evaluations, names, linked] = await Promise.all([
    presentEventSummaries(tx, actor, [row]),
    evaluationsOf(tx, [row.id]),
    organisationNames(tx, groups.flatMap((g) => (g.organisationId ? [g.organisationId] : []))),
    linkedReportsOf(tx, [row.id]),
  ]);
  const linkedEntries = await entriesOf(tx, actor, linked.map((l) => l.entry_id));
  return {
    ...summary!,
    participantGroups: groups.map((g) => {
      const named = g.organisationId ? names.get(g.organisationId) : undefined;
      return { ...g, organisation: g.organisationId && named ? { id: g.organisationId, ...named } : null };
    }),
    materials: row.materials as Material[],
    languages: row.languages,
    assessment: row.assessment as AssessmentInput | null,
    linkedReports: linked.map((l) => ({
      organisation: { id: l.organisation_id, shortName: l.short_name, nameAz: l.name_az },
      measureCode: l.code,
      entry: { id: l.entry_id, periodId: linkedEntries.get(l.entry_id)?.periodId ?? '', visible: linkedEntries.get(l.entry_id)?.visible ?? false },
    })),
    notes: row.notes,
    revision: row.revision,
    updatedAt: row.updated_at.toISOString(),
    evaluation: summariseEvaluations(evaluations as Answers[]),
    evaluations: evaluations.map((e) => ({
      id: e.id,
      respondent: e.respondent,
      relevance: e.relevance,
      clarity: e.clarity,
      organisation: e.organisation,
      usefulness: e.usefulness,
      comment: e.comment,
      recordedAt: e.recorded_at.toISOString(),
    })),
  };
}
