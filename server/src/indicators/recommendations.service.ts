import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { existingMeasureIds } from './cycles.repository.js';
import { findArea } from './framework.repository.js';
import {
  deleteRecommendation,
  findRecommendation,
  insertRecommendation,
  listRecommendations,
  measuresOfRecommendations,
  replaceRecommendationMeasures,
  updateRecommendation,
  type RecommendationFields,
  type RecommendationFilter,
  type RecommendationRow,
} from './recommendations.repository.js';

export type RecommendationInput = RecommendationFields & { measureIds: string[] };

type LinkedMeasure = Awaited<ReturnType<typeof measuresOfRecommendations>>[number];

export function presentRecommendation(row: RecommendationRow, measures: readonly LinkedMeasure[]) {
  return {
    id: row.id,
    sourceKind: row.source_kind,
    source: row.source,
    code: row.code,
    theme: row.theme,
    context: row.context,
    text: row.text,
    area: row.area_id && row.area_code ? { id: row.area_id, code: row.area_code, title: row.area_title ?? '' } : null,
    priority: row.priority,
    status: row.status,
    votes: { survey: row.survey_votes, seminar: row.seminar_votes, unplaced: row.unplaced_votes },
    /** Loaded from a source document: kept, never deleted (mark it not accepted instead). */
    fromSource: row.seed_key !== null,
    measures: measures.filter((m) => m.recommendation_id === row.id).map((m) => ({ id: m.id, code: m.code, text: m.text, plan: { id: m.plan_id, title: m.plan_title } })),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function recommendationsFor(tx: Tx, filter: RecommendationFilter) {
  const rows = await listRecommendations(tx, filter);
  const measures = await measuresOfRecommendations(tx, rows.map((r) => r.id));
  return rows.map((row) => presentRecommendation(row, measures));
}

export async function recommendationById(tx: Tx, id: string) {
  const row = await findRecommendation(tx, id);
  if (!row) throw notFound();
  return presentRecommendation(row, await measuresOfRecommendations(tx, [id]));
}

async function checkReferences(tx: Tx, input: RecommendationInput): Promise<string[]> {
  if (input.areaId && !(await findArea(tx, input.areaId))) throw new AppError('INDICATOR_LINK_UNKNOWN');
  const measureIds = [...new Set(input.measureIds)];
  if ((await existingMeasureIds(tx, measureIds)).length !== measureIds.length) throw new AppError('INDICATOR_LINK_UNKNOWN');
  return measureIds;
}

export async function createRecommendation(tx: Tx, meta: RequestMeta, actor: Actor, input: RecommendationInput) {
  const measureIds = await checkReferences(tx, input);
  const id = await insertRecommendation(tx, input, actor.userId);
  await replaceRecommendationMeasures(tx, id, measureIds);
  await recordAudit(tx, meta, { action: 'recommendation.create', resource: 'recommendation', recordId: id, details: { sourceKind: input.sourceKind, measures: measureIds.length } });
  return id;
}

export async function changeRecommendation(tx: Tx, meta: RequestMeta, id: string, input: RecommendationInput) {
  const before = await findRecommendation(tx, id);
  if (!before) throw notFound();
  const measureIds = await checkReferences(tx, input);
  await updateRecommendation(tx, id, input);
  await replaceRecommendationMeasures(tx, id, measureIds);
  await recordAudit(tx, meta, {
    action: 'recommendation.update',
    resource: 'recommendation',
    recordId: id,
    details: { status: input.status, priority: input.priority, measures: measureIds.length, statusBefore: before.status },
  });
}

export async function removeRecommendation(tx: Tx, meta: RequestMeta, id: string) {
  const row = await findRecommendation(tx, id);
  if (!row) throw notFound();
  if (row.seed_key !== null) throw new AppError('RECOMMENDATION_FROM_SOURCE');
  await deleteRecommendation(tx, id);
  await recordAudit(tx, meta, { action: 'recommendation.delete', resource: 'recommendation', recordId: id, details: { source: row.source } });
}
