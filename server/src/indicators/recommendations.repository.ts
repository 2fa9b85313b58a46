import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import type { RecommendationsTable } from '../db/schema-indicators.js';
import { containing } from '../db/like.js';

export type SourceKind = RecommendationsTable['source_kind'];
export type RecommendationStatus = 'open' | 'planned' | 'in_progress' | 'implemented' | 'not_accepted';
export type Priority = 'high' | 'medium' | 'low';

export interface RecommendationFilter {
  sourceKind?: SourceKind;
  source?: string;
  status?: RecommendationStatus;
  priority?: Priority | 'none';
  areaId?: string;
  q?: string;
  ids?: readonly string[];
}

export function listRecommendations(tx: Tx, filter: RecommendationFilter = {}) {
  let query = tx
    .selectFrom('recommendations')
    .leftJoin('indicator_areas', 'indicator_areas.id', 'recommendations.area_id')
    .select([
      'recommendations.id',
      'recommendations.source_kind',
      'recommendations.source',
      'recommendations.code',
      'recommendations.theme',
      'recommendations.context',
      'recommendations.text',
      'recommendations.area_id',
      'recommendations.priority',
      'recommendations.status',
      'recommendations.survey_votes',
      'recommendations.seminar_votes',
      'recommendations.unplaced_votes',
      'recommendations.position',
      'recommendations.seed_key',
      'recommendations.updated_at',
      'indicator_areas.code as area_code',
      'indicator_areas.title as area_title',
    ]);
  if (filter.sourceKind) query = query.where('recommendations.source_kind', '=', filter.sourceKind);
  if (filter.source) query = query.where('recommendations.source', '=', filter.source);
  if (filter.status) query = query.where('recommendations.status', '=', filter.status);
  if (filter.priority === 'none') query = query.where('recommendations.priority', 'is', null);
  else if (filter.priority) query = query.where('recommendations.priority', '=', filter.priority);
  if (filter.areaId) query = query.where('recommendations.area_id', '=', filter.areaId);
  if (filter.ids) query = query.where('recommendations.id', 'in', filter.ids.length ? [...filter.ids] : ['00000000-0000-0000-0000-000000000000']);
  for (const word of filter.q?.split(/\s+/).filter(Boolean) ?? []) {
    query = query.where((eb) =>
      eb.or([
        eb(sql`az_fold(recommendations.text)`, 'like', sql`az_fold(${containing(word)})`),
        eb(sql`az_fold(coalesce(recommendations.code, ''))`, 'like', sql`az_fold(${containing(word)})`),
      ]),
    );
  }
  return query
    .orderBy('recommendations.source_kind')
    .orderBy('recommendations.source')
    .orderBy('recommendations.position')
    .orderBy('recommendations.created_at')
    .limit(2000)
    .execute();
}

export type RecommendationRow = Awaited<ReturnType<typeof listRecommendations>>[number];

export async function findRecommendation(tx: Tx, id: string) {
  return (await listRecommendations(tx, { ids: [id] }))[0];
}

export async function measuresOfRecommendations(tx: Tx, ids: readonly string[]) {
  if (!ids.length) return [];
  return tx
    .selectFrom('recommendation_measures as l')
    .innerJoin('measures', 'measures.id', 'l.measure_id')
    .innerJoin('plans', 'plans.id', 'measures.plan_id')
    .select(['l.recommendation_id', 'measures.id', 'measures.code', 'measures.text', 'plans.id as plan_id', 'plans.title as plan_title'])
    .where('l.recommendation_id', 'in', [...ids])
    .orderBy('plans.title')
    .orderBy('measures.position')
    .execute();
}

export interface RecommendationFields {
  sourceKind: SourceKind;
  source: string;
  code: string | null;
  theme: string;
  context: string;
  text: string;
  areaId: string | null;
  priority: Priority | null;
  status: RecommendationStatus;
  votes: { survey: number | null; seminar: number | null; unplaced: number };
}

const columns = (f: RecommendationFields) => ({
  source_kind: f.sourceKind,
  source: f.source,
  code: f.code,
  theme: f.theme,
  context: f.context,
  text: f.text,
  area_id: f.areaId,
  priority: f.priority,
  status: f.status,
  survey_votes: f.votes.survey,
  seminar_votes: f.votes.seminar,
  unplaced_votes: f.votes.unplaced,
});

export async function insertRecommendation(tx: Tx, fields: RecommendationFields, userId: string): Promise<string> {
  const { position } = await tx
    .selectFrom('recommendations')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('position'))
    .where('source', '=', fields.source)
    .executeTakeFirstOrThrow();
  const row = await tx
    .insertInto('recommendations')
    .values({ ...columns(fields), position: Number(position), created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRecommendation(tx: Tx, id: string, fields: RecommendationFields) {
  await tx.updateTable('recommendations').set({ ...columns(fields), updated_at: new Date() }).where('id', '=', id).execute();
}

export async function replaceRecommendationMeasures(tx: Tx, id: string, measureIds: readonly string[]) {
  await tx.deleteFrom('recommendation_measures').where('recommendation_id', '=', id).execute();
  if (measureIds.length) await tx.insertInto('recommendation_measures').values(measureIds.map((measure_id) => ({ recommendation_id: id, measure_id }))).execute();
}

export async function deleteRecommendation(tx: Tx, id: string) {
  await tx.deleteFrom('recommendations').where('id', '=', id).execute();
}

/** The sources recommendations come from, with how many each has. */
export function recommendationSources(tx: Tx) {
  return tx
    .selectFrom('recommendations')
    .select(['source_kind', 'source', sql<number>`count(*)::int`.as('count')])
    .groupBy(['source_kind', 'source'])
    .orderBy('source_kind')
    .orderBy('source')
    .execute();
}
