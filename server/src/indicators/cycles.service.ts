import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { Rating } from '../db/schema-indicators.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import { cycleAbilities } from '../policies/indicators.js';
import type { Actor } from '../policies/policy.js';
import {
  assessmentsOf,
  cycleTitleTaken,
  existingMeasureIds,
  findAssessment,
  findCycle,
  insertCycle,
  linkedEntries,
  linkedMeasures,
  listCycles,
  replaceAssessmentLinks,
  saveAssessment,
  setCycleStatus,
  updateCycle,
  visibleEntryIds,
  type AssessmentRecord,
  type CycleRecord,
} from './cycles.repository.js';
import { findIndicator, listAreas, listIndicators } from './framework.repository.js';
import { buildGrid, gridOrder, ratingCounts } from './grid.js';
import { presentArea, presentCycle, presentIndicator } from './indicators.presenter.js';

export interface CycleFields {
  title: string;
  year: number | null;
  description: string;
}

export interface RatingInput {
  rating: Rating;
  evidence: string;
  needsImprovement: boolean;
  entryIds: string[];
  measureIds: string[];
  /** The revision the assessor saw; null when the indicator had no rating in this cycle yet. */
  revision: number | null;
}

async function visibleCycle(tx: Tx, actor: Actor, id: string): Promise<CycleRecord> {
  const cycle = await findCycle(tx, actor, id);
  if (!cycle) throw notFound();
  return cycle;
}

function editableCycle(cycle: CycleRecord): void {
  if (cycle.status !== 'draft') throw new AppError('ASSESSMENT_PUBLISHED');
}

/** Counts by rating of every indicator of the framework in each cycle (unrated ones are "not assessed"). */
async function countsOf(tx: Tx, cycleIds: readonly string[]) {
  const [indicators, assessments] = await Promise.all([listIndicators(tx), assessmentsOf(tx, cycleIds)]);
  return new Map(
    cycleIds.map((cycleId) => {
      const rated = new Map(assessments.filter((a) => a.cycle_id === cycleId).map((a) => [a.indicator_id, a.rating]));
      return [cycleId, ratingCounts(indicators.map((i) => rated.get(i.id)))];
    }),
  );
}

export async function cyclesFor(tx: Tx, actor: Actor) {
  const cycles = await listCycles(tx, actor);
  const counts = await countsOf(tx, cycles.map((c) => c.id));
  return cycles.map((c) => presentCycle(c, counts.get(c.id)!));
}

export async function createCycle(tx: Tx, meta: RequestMeta, actor: Actor, fields: CycleFields) {
  if (await cycleTitleTaken(tx, fields.title)) throw new AppError('ASSESSMENT_CYCLE_TITLE_TAKEN');
  const id = await insertCycle(tx, fields, actor.userId);
  await recordAudit(tx, meta, { action: 'assessment_cycle.create', resource: 'assessment_cycle', recordId: id, details: { title: fields.title } });
  return id;
}

export async function changeCycle(tx: Tx, meta: RequestMeta, actor: Actor, id: string, fields: CycleFields) {
  const cycle = await visibleCycle(tx, actor, id);
  editableCycle(cycle);
  if (await cycleTitleTaken(tx, fields.title, id)) throw new AppError('ASSESSMENT_CYCLE_TITLE_TAKEN');
  await updateCycle(tx, id, fields);
  await recordAudit(tx, meta, { action: 'assessment_cycle.update', resource: 'assessment_cycle', recordId: id, details: { title: fields.title } });
}

/** Publishing makes the cycle visible to everyone logged in and freezes it; withdrawing hides and reopens it. */
export async function publishCycle(tx: Tx, meta: RequestMeta, actor: Actor, id: string, publish: boolean) {
  const cycle = await visibleCycle(tx, actor, id);
  if ((cycle.status === 'published') === publish) throw new AppError('CONFLICT');
  await setCycleStatus(tx, id, publish ? 'published' : 'draft', actor.userId);
  await recordAudit(tx, meta, { action: publish ? 'assessment_cycle.publish' : 'assessment_cycle.unpublish', resource: 'assessment_cycle', recordId: id, details: {} });
}

const presentAssessment = (a: AssessmentRecord | undefined) => ({
  rating: a?.rating ?? ('not_assessed' as const),
  evidence: a?.evidence ?? '',
  needsImprovement: a?.needs_improvement ?? false,
  revision: a?.revision ?? null,
  entryCount: a?.entry_count ?? 0,
  measureCount: a?.measure_count ?? 0,
  updatedAt: a?.updated_at.toISOString() ?? null,
});

/** The cycle as the grid shows it: every area's four cells, each indicator with its rating in this cycle. */
export async function cycleGrid(tx: Tx, actor: Actor, id: string) {
  const cycle = await visibleCycle(tx, actor, id);
  const [areas, indicators, assessments] = await Promise.all([listAreas(tx), listIndicators(tx), assessmentsOf(tx, [cycle.id])]);
  const byIndicator = new Map(assessments.map((a) => [a.indicator_id, a]));
  const grid = buildGrid(areas, indicators).map(({ area, cells }) => ({
    ...presentArea(area),
    cells: cells.map((cell) => cell.map((indicator) => ({ ...presentIndicator(indicator), assessment: presentAssessment(byIndicator.get(indicator.id)) }))),
  }));
  const counts = ratingCounts(indicators.map((i) => byIndicator.get(i.id)?.rating));
  return { cycle: presentCycle(cycle, counts), areas: grid, abilities: cycleAbilities(actor, cycle) };
}

/** One indicator in one cycle with what its rating rests on (report entries as far as the reader may see them). */
export async function assessmentDetail(tx: Tx, actor: Actor, cycleId: string, indicatorId: string) {
  const cycle = await visibleCycle(tx, actor, cycleId);
  const indicator = await findIndicator(tx, indicatorId);
  if (!indicator) throw notFound();
  const assessment = await findAssessment(tx, cycle.id, indicator.id);
  const [entries, measures] = assessment ? await Promise.all([linkedEntries(tx, actor, assessment.id), linkedMeasures(tx, assessment.id)]) : [[], []];
  return {
    cycle: { id: cycle.id, title: cycle.title, status: cycle.status },
    indicator: { ...presentIndicator(indicator), area: { id: indicator.area_id, code: indicator.area_code, title: indicator.area_title } },
    rating: assessment?.rating ?? ('not_assessed' as const),
    evidence: assessment?.evidence ?? '',
    needsImprovement: assessment?.needs_improvement ?? false,
    revision: assessment?.revision ?? null,
    updatedAt: assessment?.updated_at.toISOString() ?? null,
    entries: entries.map((e) => ({
      id: e.id,
      year: e.year,
      half: e.half,
      measureCode: e.measure_code,
      organisation: { shortName: e.organisation_short_name, nameAz: e.organisation_name_az },
      status: e.status,
      state: e.state,
    })),
    measures: measures.map((m) => ({ id: m.id, code: m.code, text: m.text, plan: { id: m.plan_id, title: m.plan_title } })),
    abilities: { rate: cycleAbilities(actor, cycle).rate },
  };
}

export async function rateIndicator(tx: Tx, meta: RequestMeta, actor: Actor, cycleId: string, indicatorId: string, input: RatingInput) {
  const cycle = await visibleCycle(tx, actor, cycleId);
  editableCycle(cycle);
  if (!(await findIndicator(tx, indicatorId))) throw notFound();
  const entryIds = [...new Set(input.entryIds)];
  const measureIds = [...new Set(input.measureIds)];
  if ((await visibleEntryIds(tx, actor, entryIds)).length !== entryIds.length) throw new AppError('INDICATOR_LINK_UNKNOWN');
  if ((await existingMeasureIds(tx, measureIds)).length !== measureIds.length) throw new AppError('INDICATOR_LINK_UNKNOWN');
  const saved = await saveAssessment(tx, cycle.id, indicatorId, input.revision, input, actor.userId);
  if (!saved) throw new AppError('CONFLICT');
  await replaceAssessmentLinks(tx, saved.id, entryIds, measureIds);
  await recordAudit(tx, meta, {
    action: 'indicator_assessment.rate',
    resource: 'assessment_cycle',
    recordId: cycle.id,
    details: { indicatorId, rating: input.rating, needsImprovement: input.needsImprovement, entries: entryIds.length, measures: measureIds.length },
  });
}

/**
 * Each indicator's rating in every cycle the reader may see (or the ones asked for), in grid
 * order, and the counts by rating per cycle that the chart draws.
 */
export async function comparison(tx: Tx, actor: Actor, cycleIds?: readonly string[]) {
  const cycles = await listCycles(tx, actor, cycleIds);
  const [areas, indicators, assessments] = await Promise.all([listAreas(tx), listIndicators(tx), assessmentsOf(tx, cycles.map((c) => c.id))]);
  const rating = new Map(assessments.map((a) => [`${a.cycle_id}/${a.indicator_id}`, a]));
  const rows = gridOrder(areas, indicators).map(({ area, indicator }) => ({
    indicator: presentIndicator(indicator),
    area: { id: area.id, code: area.code, title: area.title },
    ratings: cycles.map((c) => {
      const a = rating.get(`${c.id}/${indicator.id}`);
      return { cycleId: c.id, rating: a?.rating ?? ('not_assessed' as const), needsImprovement: a?.needs_improvement ?? false };
    }),
  }));
  return {
    cycles: cycles.map((c) => presentCycle(c, ratingCounts(indicators.map((i) => rating.get(`${c.id}/${i.id}`)?.rating)))),
    rows,
  };
}
