/**
 * Totals of the event register: by year, audience, organiser and kind, the knowledge gain over the
 * trainings, and the evaluations. Every event is counted once per breakdown it falls in (an event
 * for police and judges is in both audience rows, so audience rows may add up to more than the
 * total). Pure.
 */
import { AUDIENCES, EVALUATION_QUESTIONS, EVENT_KINDS, groupOf, type Audience, type EvaluationQuestion, type EventKind } from './event-content.js';
import { pooledGain, type KnowledgeGain, type PooledGain } from './knowledge-gain.js';

export interface Figures {
  events: number;
  /** Participants where known (the count given, else women + men). */
  participants: number;
  women: number;
  men: number;
  /** People reached by awareness events. */
  reach: number;
  /** Events with no number of participants. */
  withoutParticipants: number;
  trainings: number;
  awareness: number;
}

export interface TotalsEvent {
  year: number;
  kind: EventKind;
  organiser: { id: string; shortName: string; nameAz: string };
  audiences: readonly string[];
  participants: number | null;
  women: number | null;
  men: number | null;
  reach: number | null;
  gain: KnowledgeGain | null;
}

export interface EventTotals {
  all: Figures;
  byYear: (Figures & { year: number })[];
  /** Every audience in the fixed order, then the events that name none. */
  byAudience: (Figures & { audience: Audience })[];
  withoutAudience: Figures;
  byOrganiser: (Figures & { organisation: TotalsEvent['organiser'] })[];
  /** Every kind in the fixed order, 0 when none. */
  byKind: (Figures & { kind: EventKind })[];
  knowledge: PooledGain;
}

const empty = (): Figures => ({ events: 0, participants: 0, women: 0, men: 0, reach: 0, withoutParticipants: 0, trainings: 0, awareness: 0 });

/** The participants of an event: as given, or women + men when only those are. */
export function participantsOf(e: Pick<TotalsEvent, 'participants' | 'women' | 'men'>): number | null {
  if (e.participants !== null) return e.participants;
  if (e.women === null && e.men === null) return null;
  return (e.women ?? 0) + (e.men ?? 0);
}

function add(figures: Figures, e: TotalsEvent) {
  const participants = participantsOf(e);
  const group = groupOf(e.kind);
  figures.events += 1;
  if (participants === null) figures.withoutParticipants += 1;
  else figures.participants += participants;
  figures.women += e.women ?? 0;
  figures.men += e.men ?? 0;
  figures.reach += e.reach ?? 0;
  if (group === 'training') figures.trainings += 1;
  if (group === 'awareness') figures.awareness += 1;
}

export function eventTotals(events: readonly TotalsEvent[]): EventTotals {
  const all = empty();
  const years = new Map<number, Figures & { year: number }>();
  const audiences = new Map<Audience, Figures & { audience: Audience }>(AUDIENCES.map((audience) => [audience, { ...empty(), audience }]));
  const withoutAudience = empty();
  const organisers = new Map<string, Figures & { organisation: TotalsEvent['organiser'] }>();
  const kinds = new Map<EventKind, Figures & { kind: EventKind }>(EVENT_KINDS.map((kind) => [kind, { ...empty(), kind }]));
  for (const e of events) {
    add(all, e);
    const year = years.get(e.year) ?? { ...empty(), year: e.year };
    years.set(e.year, year);
    add(year, e);
    const named = e.audiences.filter((a): a is Audience => audiences.has(a as Audience));
    for (const audience of new Set(named)) add(audiences.get(audience)!, e);
    if (!named.length) add(withoutAudience, e);
    const organiser = organisers.get(e.organiser.id) ?? { ...empty(), organisation: e.organiser };
    organisers.set(e.organiser.id, organiser);
    add(organiser, e);
    add(kinds.get(e.kind)!, e);
  }
  return {
    all,
    byYear: [...years.values()].sort((a, b) => a.year - b.year),
    byAudience: [...audiences.values()],
    withoutAudience,
    byOrganiser: [...organisers.values()].sort((a, b) => b.events - a.events || b.participants - a.participants || a.organisation.shortName.localeCompare(b.organisation.shortName, 'az')),
    byKind: [...kinds.values()],
    knowledge: pooledGain(events.filter((e) => groupOf(e.kind) === 'training').map((e) => e.gain)),
  };
}

export type Answers = Record<EvaluationQuestion, number | null> & { respondent: 'organiser' | 'participant' };

export interface QuestionSummary {
  question: EvaluationQuestion;
  answered: number;
  /** Mean of the answers given (1–5), null when none. */
  mean: number | null;
  /** How many answered 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
}

export interface EvaluationSummary {
  responses: number;
  organisers: number;
  participants: number;
  questions: QuestionSummary[];
  /** Mean of every answer given, all questions together. */
  mean: number | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The evaluations of one event (or of many) aggregated: per question the mean and how the answers spread. */
export function summariseEvaluations(answers: readonly Answers[]): EvaluationSummary {
  let sum = 0;
  let given = 0;
  const questions = EVALUATION_QUESTIONS.map((question): QuestionSummary => {
    const values = answers.map((a) => a[question]).filter((v): v is number => v !== null && v >= 1 && v <= 5);
    const distribution: QuestionSummary['distribution'] = [0, 0, 0, 0, 0];
    for (const v of values) distribution[Math.round(v) - 1]! += 1;
    const total = values.reduce((s, v) => s + v, 0);
    sum += total;
    given += values.length;
    return { question, answered: values.length, mean: values.length ? round2(total / values.length) : null, distribution };
  });
  return {
    responses: answers.length,
    organisers: answers.filter((a) => a.respondent === 'organiser').length,
    participants: answers.filter((a) => a.respondent === 'participant').length,
    questions,
    mean: given ? round2(sum / given) : null,
  };
}
