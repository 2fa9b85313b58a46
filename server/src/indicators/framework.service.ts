import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import {
  areaCodeTaken,
  deleteIndicator,
  findArea,
  findIndicator,
  insertArea,
  insertIndicator,
  listAreas,
  listIndicators,
  ratedAssessmentCount,
  updateArea,
  updateIndicator,
} from './framework.repository.js';
import { buildGrid } from './grid.js';
import type { IndicatorKind } from './import/parsed-assessment.js';
import { presentArea, presentIndicator } from './indicators.presenter.js';

export interface AreaFields {
  code: string;
  title: string;
  needsImprovement: boolean | null;
}

export interface IndicatorFields {
  text: string;
  needsImprovement: boolean | null;
}

/** The framework as the grid shows it: areas in code order, each with its four cells. */
export async function frameworkGrid(tx: Tx) {
  const [areas, indicators] = await Promise.all([listAreas(tx), listIndicators(tx)]);
  return buildGrid(areas, indicators).map(({ area, cells }) => ({ ...presentArea(area), cells: cells.map((cell) => cell.map(presentIndicator)) }));
}

export async function createArea(tx: Tx, meta: RequestMeta, fields: AreaFields) {
  if (await areaCodeTaken(tx, fields.code)) throw new AppError('INDICATOR_AREA_CODE_TAKEN');
  const id = await insertArea(tx, { ...fields, source: null });
  await recordAudit(tx, meta, { action: 'indicator_area.create', resource: 'indicator_area', recordId: id, details: { code: fields.code } });
  return id;
}

export async function changeArea(tx: Tx, meta: RequestMeta, id: string, fields: AreaFields) {
  const before = await findArea(tx, id);
  if (!before) throw notFound();
  if (await areaCodeTaken(tx, fields.code, id)) throw new AppError('INDICATOR_AREA_CODE_TAKEN');
  await updateArea(tx, id, fields);
  const changed = [
    before.code !== fields.code && 'code',
    before.title !== fields.title && 'title',
    before.needs_improvement !== fields.needsImprovement && 'needsImprovement',
  ].filter(Boolean);
  await recordAudit(tx, meta, { action: 'indicator_area.update', resource: 'indicator_area', recordId: id, details: { changed } });
}

export async function addIndicator(tx: Tx, meta: RequestMeta, areaId: string, fields: IndicatorFields & { kind: IndicatorKind; level: number }) {
  if (!(await findArea(tx, areaId))) throw notFound();
  const id = await insertIndicator(tx, { areaId, ...fields, source: null });
  await recordAudit(tx, meta, { action: 'indicator.create', resource: 'indicator', recordId: id, details: { areaId, kind: fields.kind, level: fields.level } });
  return id;
}

export async function changeIndicator(tx: Tx, meta: RequestMeta, id: string, fields: IndicatorFields) {
  const before = await findIndicator(tx, id);
  if (!before) throw notFound();
  await updateIndicator(tx, id, fields);
  const changed = [before.text !== fields.text && 'text', before.needs_improvement !== fields.needsImprovement && 'needsImprovement'].filter(Boolean);
  await recordAudit(tx, meta, { action: 'indicator.update', resource: 'indicator', recordId: id, details: { changed } });
}

/** An indicator that was rated or given evidence in any cycle stays: the assessments refer to it. */
export async function removeIndicator(tx: Tx, meta: RequestMeta, id: string) {
  const indicator = await findIndicator(tx, id);
  if (!indicator) throw notFound();
  if ((await ratedAssessmentCount(tx, id)) > 0) throw new AppError('INDICATOR_ASSESSED');
  await deleteIndicator(tx, id);
  await recordAudit(tx, meta, { action: 'indicator.delete', resource: 'indicator', recordId: id, details: { areaId: indicator.area_id, kind: indicator.kind, level: indicator.level } });
}
