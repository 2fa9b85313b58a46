import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import type { Rating } from '../db/schema-indicators.js';
import type { Actor } from '../policies/policy.js';
import { visibleCycles } from '../policies/indicators.js';
import { visibleEntries } from '../policies/reports.js';

const CYCLE_COLUMNS = [
  'assessment_cycles.id',
  'assessment_cycles.title',
  'assessment_cycles.year',
  'assessment_cycles.description',
  'assessment_cycles.status',
  'assessment_cycles.published_at',
  'assessment_cycles.created_at',
] as const;

/** Cycles this actor may see, oldest first (by year, then by when they were opened). */
export function listCycles(tx: Tx, actor: Actor, ids?: readonly string[]) {
  let query = tx.selectFrom('assessment_cycles').select(CYCLE_COLUMNS).where(visibleCycles(actor));
  if (ids) query = query.where('assessment_cycles.id', 'in', ids.length ? [...ids] : ['00000000-0000-0000-0000-000000000000']);
  return query.orderBy(sql`assessment_cycles.year asc nulls last`).orderBy('assessment_cycles.created_at').execute();
}

export function findCycle(tx: Tx, actor: Actor, id: string) {
  return tx.selectFrom('assessment_cycles').select(CYCLE_COLUMNS).where(visibleCycles(actor)).where('assessment_cycles.id', '=', id).executeTakeFirst();
}

export type CycleRecord = NonNullable<Awaited<ReturnType<typeof findCycle>>>;

export async function cycleTitleTaken(tx: Tx, title: string, exceptId?: string): Promise<boolean> {
  let query = tx.selectFrom('assessment_cycles').select('id').where(sql<boolean>`lower(title) = lower(${title})`);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return Boolean(await query.executeTakeFirst());
}

export async function insertCycle(tx: Tx, fields: { title: string; year: number | null; description: string }, userId: string): Promise<string> {
  const row = await tx
    .insertInto('assessment_cycles')
    .values({ title: fields.title, year: fields.year, description: fields.description, created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCycle(tx: Tx, id: string, fields: { title: string; year: number | null; description: string }) {
  await tx.updateTable('assessment_cycles').set({ ...fields, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function setCycleStatus(tx: Tx, id: string, status: 'draft' | 'published', userId: string) {
  const now = new Date();
  await tx
    .updateTable('assessment_cycles')
    .set(status === 'published' ? { status, published_at: now, published_by: userId, updated_at: now } : { status, published_at: null, published_by: null, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** The ratings of the given cycles, with how many report entries and measures each rests on. */
export function assessmentsOf(tx: Tx, cycleIds: readonly string[]) {
  if (!cycleIds.length) return Promise.resolve([]);
  return tx
    .selectFrom('indicator_assessments as a')
    .select([
      'a.id',
      'a.cycle_id',
      'a.indicator_id',
      'a.rating',
      'a.evidence',
      'a.needs_improvement',
      'a.revision',
      'a.updated_at',
      sql<number>`(select count(*)::int from indicator_assessment_entries e where e.assessment_id = a.id)`.as('entry_count'),
      sql<number>`(select count(*)::int from indicator_assessment_measures m where m.assessment_id = a.id)`.as('measure_count'),
    ])
    .where('a.cycle_id', 'in', [...cycleIds])
    .execute();
}

export type AssessmentRecord = Awaited<ReturnType<typeof assessmentsOf>>[number];

export function findAssessment(tx: Tx, cycleId: string, indicatorId: string) {
  return tx
    .selectFrom('indicator_assessments')
    .select(['id', 'rating', 'evidence', 'needs_improvement', 'revision', 'updated_at', 'updated_by'])
    .where('cycle_id', '=', cycleId)
    .where('indicator_id', '=', indicatorId)
    .executeTakeFirst();
}

export interface AssessmentFields {
  rating: Rating;
  evidence: string;
  needsImprovement: boolean;
}

/** Writes the rating over the revision the assessor saw; returns the new revision, or null when someone saved in between. */
export async function saveAssessment(tx: Tx, cycleId: string, indicatorId: string, revision: number | null, fields: AssessmentFields, userId: string): Promise<{ id: string; revision: number } | null> {
  const values = { rating: fields.rating, evidence: fields.evidence, needs_improvement: fields.needsImprovement, updated_by: userId, updated_at: new Date() };
  if (revision === null) {
    const row = await tx
      .insertInto('indicator_assessments')
      .values({ cycle_id: cycleId, indicator_id: indicatorId, ...values })
      .onConflict((oc) => oc.columns(['cycle_id', 'indicator_id']).doNothing())
      .returning(['id', 'revision'])
      .executeTakeFirst();
    return row ?? null;
  }
  const row = await tx
    .updateTable('indicator_assessments')
    .set((eb) => ({ ...values, revision: eb('revision', '+', 1) }))
    .where('cycle_id', '=', cycleId)
    .where('indicator_id', '=', indicatorId)
    .where('revision', '=', revision)
    .returning(['id', 'revision'])
    .executeTakeFirst();
  return row ?? null;
}

export async function replaceAssessmentLinks(tx: Tx, assessmentId: string, entryIds: readonly string[], measureIds: readonly string[]) {
  await tx.deleteFrom('indicator_assessment_entries').where('assessment_id', '=', assessmentId).execute();
  await tx.deleteFrom('indicator_assessment_measures').where('assessment_id', '=', assessmentId).execute();
  if (entryIds.length) await tx.insertInto('indicator_assessment_entries').values(entryIds.map((entry_id) => ({ assessment_id: assessmentId, entry_id }))).execute();
  if (measureIds.length) await tx.insertInto('indicator_assessment_measures').values(measureIds.map((measure_id) => ({ assessment_id: assessmentId, measure_id }))).execute();
}

/** Report entries the assessment rests on, as far as this actor may see them (the reports' own row rule). */
export function linkedEntries(tx: Tx, actor: Actor, assessmentId: string) {
  return tx
    .selectFrom('indicator_assessment_entries as l')
    .innerJoin('report_entries', 'report_entries.id', 'l.entry_id')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'report_entries.period_id')
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
    .select([
      'report_entries.id',
      'report_entries.status',
      'report_entries.state',
      'reporting_periods.year',
      'reporting_periods.half',
      'measures.code as measure_code',
      'organisations.short_name as organisation_short_name',
      'organisations.name_az as organisation_name_az',
    ])
    .where('l.assessment_id', '=', assessmentId)
    .where(visibleEntries(actor))
    .orderBy('reporting_periods.year', 'desc')
    .orderBy('measures.position')
    .execute();
}

export function linkedMeasures(tx: Tx, assessmentId: string) {
  return tx
    .selectFrom('indicator_assessment_measures as l')
    .innerJoin('measures', 'measures.id', 'l.measure_id')
    .innerJoin('plans', 'plans.id', 'measures.plan_id')
    .select(['measures.id', 'measures.code', 'measures.text', 'plans.id as plan_id', 'plans.title as plan_title'])
    .where('l.assessment_id', '=', assessmentId)
    .orderBy('plans.title')
    .orderBy('measures.position')
    .execute();
}

/** Of the given report entries, those this actor may see. */
export async function visibleEntryIds(tx: Tx, actor: Actor, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx
    .selectFrom('report_entries')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'report_entries.period_id')
    .select('report_entries.id')
    .where('report_entries.id', 'in', [...ids])
    .where(visibleEntries(actor))
    .execute();
  return rows.map((r) => r.id);
}

export async function existingMeasureIds(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  return (await tx.selectFrom('measures').select('id').where('id', 'in', [...ids]).execute()).map((r) => r.id);
}
