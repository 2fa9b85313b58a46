import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import type { IndicatorKind } from './import/parsed-assessment.js';

export function listAreas(tx: Tx) {
  return tx.selectFrom('indicator_areas').select(['id', 'code', 'title', 'needs_improvement', 'position', 'source']).orderBy('position').execute();
}

export function listIndicators(tx: Tx) {
  return tx
    .selectFrom('indicators')
    .select(['id', 'area_id', 'kind', 'level', 'position', 'text', 'needs_improvement', 'source'])
    .orderBy('area_id')
    .orderBy('kind')
    .orderBy('level')
    .orderBy('position')
    .execute();
}

export type AreaRow = Awaited<ReturnType<typeof listAreas>>[number];
export type IndicatorRow = Awaited<ReturnType<typeof listIndicators>>[number];

export function findArea(tx: Tx, id: string) {
  return tx.selectFrom('indicator_areas').select(['id', 'code', 'title', 'needs_improvement', 'position', 'source']).where('id', '=', id).executeTakeFirst();
}

export function findIndicator(tx: Tx, id: string) {
  return tx
    .selectFrom('indicators')
    .innerJoin('indicator_areas', 'indicator_areas.id', 'indicators.area_id')
    .select([
      'indicators.id',
      'indicators.area_id',
      'indicators.kind',
      'indicators.level',
      'indicators.position',
      'indicators.text',
      'indicators.needs_improvement',
      'indicators.source',
      'indicator_areas.code as area_code',
      'indicator_areas.title as area_title',
    ])
    .where('indicators.id', '=', id)
    .executeTakeFirst();
}

export async function areaCodeTaken(tx: Tx, code: string, exceptId?: string): Promise<boolean> {
  let query = tx.selectFrom('indicator_areas').select('id').where('code', '=', code);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return Boolean(await query.executeTakeFirst());
}

export async function insertArea(tx: Tx, fields: { code: string; title: string; needsImprovement: boolean | null; source: string | null }): Promise<string> {
  const { position } = await tx
    .selectFrom('indicator_areas')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('position'))
    .executeTakeFirstOrThrow();
  const row = await tx
    .insertInto('indicator_areas')
    .values({ code: fields.code, title: fields.title, needs_improvement: fields.needsImprovement, source: fields.source, position: Number(position) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateArea(tx: Tx, id: string, fields: { code: string; title: string; needsImprovement: boolean | null }) {
  await tx
    .updateTable('indicator_areas')
    .set({ code: fields.code, title: fields.title, needs_improvement: fields.needsImprovement, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function insertIndicator(
  tx: Tx,
  fields: { areaId: string; kind: IndicatorKind; level: number; text: string; needsImprovement: boolean | null; source: string | null },
): Promise<string> {
  const { position } = await tx
    .selectFrom('indicators')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('position'))
    .where('area_id', '=', fields.areaId)
    .where('kind', '=', fields.kind)
    .where('level', '=', fields.level)
    .executeTakeFirstOrThrow();
  const row = await tx
    .insertInto('indicators')
    .values({
      area_id: fields.areaId,
      kind: fields.kind,
      level: fields.level,
      position: Number(position),
      text: fields.text,
      needs_improvement: fields.needsImprovement,
      source: fields.source,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateIndicator(tx: Tx, id: string, fields: { text: string; needsImprovement: boolean | null }) {
  await tx.updateTable('indicators').set({ text: fields.text, needs_improvement: fields.needsImprovement, updated_at: new Date() }).where('id', '=', id).execute();
}

/** Ratings other than "not assessed" given to the indicator in any cycle. */
export async function ratedAssessmentCount(tx: Tx, indicatorId: string): Promise<number> {
  const { n } = await tx
    .selectFrom('indicator_assessments')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('indicator_id', '=', indicatorId)
    .where((eb) => eb.or([eb('rating', '<>', 'not_assessed'), eb('evidence', '<>', '')]))
    .executeTakeFirstOrThrow();
  return n;
}

export async function deleteIndicator(tx: Tx, id: string) {
  await tx.deleteFrom('indicators').where('id', '=', id).execute();
}
