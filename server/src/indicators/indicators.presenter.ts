import { z } from 'zod';
import { FRAMEWORK_COLUMNS, INDICATOR_KINDS } from './import/parsed-assessment.js';
import { RATINGS, type RatingCounts } from './grid.js';
import type { AreaRow, IndicatorRow } from './framework.repository.js';

export const kindSchema = z.enum(INDICATOR_KINDS);
export const levelSchema = z.number().int().min(1).max(2);
export const ratingSchema = z.enum(RATINGS);

export const columnsSchema = z.array(z.object({ kind: kindSchema, level: levelSchema }));
export const COLUMNS = FRAMEWORK_COLUMNS.map((c) => ({ kind: c.kind, level: c.level }));

export const indicatorSchema = z.object({
  id: z.string(),
  kind: kindSchema,
  level: levelSchema,
  text: z.string(),
  /** As the framework marks it; null: not recorded. */
  needsImprovement: z.boolean().nullable(),
  source: z.string().nullable(),
});

export const areaBaseSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  needsImprovement: z.boolean().nullable(),
  source: z.string().nullable(),
});

export const countsSchema = z.object({ met: z.number(), partly_met: z.number(), not_met: z.number(), not_assessed: z.number() });

export const presentIndicator = (row: IndicatorRow) => ({
  id: row.id,
  kind: row.kind,
  level: row.level,
  text: row.text,
  needsImprovement: row.needs_improvement,
  source: row.source,
});

export const presentArea = (row: AreaRow) => ({
  id: row.id,
  code: row.code,
  title: row.title,
  needsImprovement: row.needs_improvement,
  source: row.source,
});

export const presentCounts = (counts: RatingCounts) => ({ ...counts });

export const cycleSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().nullable(),
  description: z.string(),
  status: z.enum(['draft', 'published']),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  counts: countsSchema,
});

export interface CycleRow {
  id: string;
  title: string;
  year: number | null;
  description: string;
  status: 'draft' | 'published';
  published_at: Date | null;
  created_at: Date;
}

export const presentCycle = (row: CycleRow, counts: RatingCounts) => ({
  id: row.id,
  title: row.title,
  year: row.year,
  description: row.description,
  status: row.status,
  publishedAt: row.published_at?.toISOString() ?? null,
  createdAt: row.created_at.toISOString(),
  counts: presentCounts(counts),
});
