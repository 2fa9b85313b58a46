import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';

export function listDrafts(tx: Tx) {
  return tx
    .selectFrom('draft_plans')
    .leftJoin('plans', 'plans.id', 'draft_plans.based_on_plan_id')
    .select([
      'draft_plans.id',
      'draft_plans.title',
      'draft_plans.period_from',
      'draft_plans.period_to',
      'draft_plans.based_on_plan_id',
      'draft_plans.revision',
      'draft_plans.updated_at',
      'plans.title as plan_title',
      sql<number>`(select count(*)::int from draft_plan_items i where i.draft_id = draft_plans.id)`.as('item_count'),
    ])
    .orderBy('draft_plans.updated_at', 'desc')
    .execute();
}

export async function findDraft(tx: Tx, id: string) {
  return (await listDrafts(tx)).find((d) => d.id === id);
}

export type DraftRow = NonNullable<Awaited<ReturnType<typeof findDraft>>>;

export function draftSections(tx: Tx, draftId: string) {
  return tx.selectFrom('draft_plan_sections').select(['id', 'code', 'title', 'position']).where('draft_id', '=', draftId).orderBy('position').execute();
}

export function draftItems(tx: Tx, draftId: string) {
  return tx
    .selectFrom('draft_plan_items as i')
    .leftJoin('measures', 'measures.id', 'i.measure_id')
    .leftJoin('recommendations', 'recommendations.id', 'i.recommendation_id')
    .select([
      'i.id',
      'i.section_id',
      'i.position',
      'i.text',
      'i.executors',
      'i.period_text',
      'i.origin',
      'i.measure_id',
      'i.recommendation_id',
      'measures.code as measure_code',
      'recommendations.code as recommendation_code',
      'recommendations.source as recommendation_source',
    ])
    .where('i.draft_id', '=', draftId)
    .orderBy('i.position')
    .orderBy('i.created_at')
    .execute();
}

export type DraftItemRow = Awaited<ReturnType<typeof draftItems>>[number];

export async function insertDraft(tx: Tx, fields: { title: string; planId: string | null; periodFrom: number | null; periodTo: number | null }, userId: string): Promise<string> {
  const row = await tx
    .insertInto('draft_plans')
    .values({ title: fields.title, based_on_plan_id: fields.planId, period_from: fields.periodFrom, period_to: fields.periodTo, created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertSection(tx: Tx, draftId: string, code: string, title: string, position: number): Promise<string> {
  const row = await tx.insertInto('draft_plan_sections').values({ draft_id: draftId, code, title, position }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export interface ItemFields {
  text: string;
  executors: string;
  periodText: string;
}

export async function insertItem(
  tx: Tx,
  draftId: string,
  sectionId: string,
  fields: ItemFields & { origin: 'measure' | 'recommendation' | 'manual'; measureId?: string | null; recommendationId?: string | null },
): Promise<string> {
  const { position } = await tx
    .selectFrom('draft_plan_items')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('position'))
    .where('section_id', '=', sectionId)
    .executeTakeFirstOrThrow();
  const row = await tx
    .insertInto('draft_plan_items')
    .values({
      draft_id: draftId,
      section_id: sectionId,
      position: Number(position),
      text: fields.text,
      executors: fields.executors,
      period_text: fields.periodText,
      origin: fields.origin,
      measure_id: fields.measureId ?? null,
      recommendation_id: fields.recommendationId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function touchDraft(tx: Tx, id: string) {
  await tx
    .updateTable('draft_plans')
    .set((eb) => ({ revision: eb('revision', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .execute();
}

export async function updateDraft(tx: Tx, id: string, fields: { title: string; periodFrom: number | null; periodTo: number | null }) {
  await tx.updateTable('draft_plans').set({ title: fields.title, period_from: fields.periodFrom, period_to: fields.periodTo }).where('id', '=', id).execute();
}

export async function renameSection(tx: Tx, draftId: string, sectionId: string, fields: { code: string; title: string }) {
  await tx.updateTable('draft_plan_sections').set(fields).where('draft_id', '=', draftId).where('id', '=', sectionId).execute();
}

export async function updateItem(tx: Tx, itemId: string, sectionId: string, fields: ItemFields, position?: number) {
  await tx
    .updateTable('draft_plan_items')
    .set({ section_id: sectionId, text: fields.text, executors: fields.executors, period_text: fields.periodText, updated_at: new Date(), ...(position === undefined ? {} : { position }) })
    .where('id', '=', itemId)
    .execute();
}

export async function setItemPosition(tx: Tx, itemId: string, position: number) {
  await tx.updateTable('draft_plan_items').set({ position }).where('id', '=', itemId).execute();
}

export async function deleteItem(tx: Tx, itemId: string) {
  await tx.deleteFrom('draft_plan_items').where('id', '=', itemId).execute();
}

export async function deleteDraft(tx: Tx, id: string) {
  await tx.deleteFrom('draft_plans').where('id', '=', id).execute();
}

/** Every measure of a plan with the status its bodies reported in each period. */
export function measureEntryStates(tx: Tx, planId: string) {
  return tx
    .selectFrom('report_entries')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'report_entries.period_id')
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .select([
      'report_entries.measure_id',
      'report_entries.period_id',
      'report_entries.status',
      'reporting_periods.year',
      'reporting_periods.half',
      sql<string>`to_char(reporting_periods.ends_on, 'YYYY-MM-DD')`.as('ends_on'),
    ])
    .where('measures.plan_id', '=', planId)
    .execute();
}

export function planMeasures(tx: Tx, planId: string) {
  return tx.selectFrom('measures').select(['id', 'code', 'period_kind']).where('plan_id', '=', planId).orderBy('position').execute();
}

/** The plan a new draft starts from by default: the one whose period ends last. */
export function currentPlan(tx: Tx) {
  return tx
    .selectFrom('plans')
    .select(['id', 'title'])
    .orderBy(sql`period_to desc nulls last`)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}
