/**
 * The familiar grid of an indicator framework: one row per area, four columns (framework
 * indicators at level 1 and 2, operational indicators at level 1 and 2), each cell the area's
 * indicators of that column. And the counts by rating that the charts draw. Pure.
 */
import { compareCodes } from '../../../common/src/plan-format.js';
import type { Rating } from '../db/schema-indicators.js';
import { FRAMEWORK_COLUMNS, type IndicatorKind } from './import/parsed-assessment.js';

export const RATINGS = ['met', 'partly_met', 'not_met', 'not_assessed'] as const satisfies readonly Rating[];

export interface GridAreaRow {
  id: string;
  code: string;
  position: number;
}

export interface GridIndicatorRow {
  id: string;
  area_id: string;
  kind: IndicatorKind;
  level: number;
  position: number;
}

/** Areas in code order (4.5 before 5.1, 5.2 before 5.10); each with its four cells in column order. */
export function buildGrid<A extends GridAreaRow, I extends GridIndicatorRow>(areas: readonly A[], indicators: readonly I[]): { area: A; cells: I[][] }[] {
  const sorted = [...areas].sort((a, b) => compareCodes(a.code, b.code) || a.position - b.position);
  return sorted.map((area) => ({
    area,
    cells: FRAMEWORK_COLUMNS.map((column) =>
      indicators.filter((i) => i.area_id === area.id && i.kind === column.kind && i.level === column.level).sort((a, b) => a.position - b.position),
    ),
  }));
}

/** Indicators in grid order: area by area, column by column. */
export function gridOrder<A extends GridAreaRow, I extends GridIndicatorRow>(areas: readonly A[], indicators: readonly I[]): { area: A; indicator: I }[] {
  return buildGrid(areas, indicators).flatMap(({ area, cells }) => cells.flat().map((indicator) => ({ area, indicator })));
}

export type RatingCounts = Record<Rating, number>;

/** How many indicators have each rating; an indicator not rated in the cycle counts as not assessed. */
export function ratingCounts(ratings: Iterable<Rating | null | undefined>): RatingCounts {
  const counts: RatingCounts = { met: 0, partly_met: 0, not_met: 0, not_assessed: 0 };
  for (const rating of ratings) counts[rating ?? 'not_assessed'] += 1;
  return counts;
}
