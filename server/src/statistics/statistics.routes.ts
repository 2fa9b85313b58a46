import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.repository.js';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { attachmentDisposition } from '../http/download.js';
import { AppError } from '../http/problem.js';
import { typed } from '../http/routing.js';
import { abilitiesOf } from '../policies/policy.js';
import { statisticsPolicy } from '../policies/statistics.js';
import { EXPORT_COLUMNS } from './case-export.js';
import { CASE_TABLES } from './case-statistics.js';
import { AMOUNTS, PROCEEDING_TABLES } from './proceeding-statistics.js';
import { readCaseExport, readCaseStatistics, readProceedingStatistics, type YearRange } from './statistics.service.js';

/** A published value: the label to show ("12", "<5", "x") and the number, null when hidden. Nothing else. */
/** Arrays the pure builders return read-only. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const cell = z.object({ label: z.string(), value: z.number().nullable() });
const yearRow = z.object({ year: z.number().int(), total: cell, cells: list(cell).nullable() });
const countTable = <K extends readonly [string, ...string[]]>(keys: K) => z.object({ key: z.enum(keys), columns: list(z.string()), rows: list(yearRow) });

export const caseStatisticsSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  threshold: z.number().int(),
  totals: list(z.object({ year: z.number().int(), total: cell })),
  tables: list(countTable(CASE_TABLES)),
  abilities: z.object({ export: z.boolean() }),
});

export const proceedingStatisticsSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  threshold: z.number().int(),
  currency: z.string(),
  tables: list(countTable(PROCEEDING_TABLES)),
  amounts: list(z.object({ key: z.enum(AMOUNTS), rows: list(z.object({ year: z.number().int(), sum: cell })) })),
  abilities: z.object({ export: z.boolean() }),
});

export const exportReportSchema = z.object({
  k: z.number().int(),
  records: z.number().int(),
  exported: z.number().int(),
  suppressedRecords: z.number().int(),
  classes: z.number().int(),
  smallestClass: z.number().int(),
  maxSuppressedShare: z.number(),
  columns: list(z.enum(EXPORT_COLUMNS)),
  generalisation: list(z.object({ column: z.enum(EXPORT_COLUMNS), level: z.number().int(), name: z.string() })),
});

const year = z.coerce.number().int().min(1990).max(2100);
const rangeQuery = z.object({ from: year.optional(), to: year.optional() });
/** k of the export: a request may ask for more than STATS_EXPORT_K, never for less. */
const exportQuery = z.object({ k: z.coerce.number().int().min(2).max(1000).optional() });

/** The years asked for: by default the last five, this year included. */
function yearRange(query: z.infer<typeof rangeQuery>, now = new Date()): YearRange {
  const to = query.to ?? Math.max(now.getUTCFullYear(), query.from ?? 0);
  const from = query.from ?? to - 4;
  if (from > to) throw new AppError('VALIDATION_FAILED', [{ path: 'to', key: 'date.before_start' }]);
  return { from, to };
}

/**
 * Statistics that identify no one: count tables of victims and proceedings for everyone, and the
 * k-anonymous case-level export for those the statistics policy names. See docs/decisions/010-statistical-disclosure-control.md.
 */
export function statisticsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['statistics'];
  const threshold = ctx.config.STATS_SUPPRESSION_THRESHOLD;

  r.get('/api/statistics/cases', {
    config: { access: { resource: 'statistics', action: 'read' } },
    schema: { tags, querystring: rangeQuery, response: { 200: caseStatisticsSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const range = yearRange(request.query);
      const statistics = await inTransaction(ctx.db, actor, (tx) => readCaseStatistics(tx, range, threshold));
      return { ...statistics, abilities: abilitiesOf(statisticsPolicy, actor, ['export']) };
    },
  });

  r.get('/api/statistics/proceedings', {
    config: { access: { resource: 'statistics', action: 'read' } },
    schema: { tags, querystring: rangeQuery, response: { 200: proceedingStatisticsSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const range = yearRange(request.query);
      const statistics = await inTransaction(ctx.db, actor, (tx) => readProceedingStatistics(tx, range, threshold));
      return { ...statistics, abilities: abilitiesOf(statisticsPolicy, actor, ['export']) };
    },
  });

  r.get('/api/statistics/export.csv', {
    config: { access: { resource: 'statistics', action: 'export' } },
    schema: { tags, querystring: exportQuery },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const k = Math.max(request.query.k ?? 0, ctx.config.STATS_EXPORT_K);
      const { csv } = await inTransaction(ctx.db, actor, async (tx) => {
        const result = await readCaseExport(tx, k);
        const { report } = result;
        // What left the system and how coarsely; never any value of a row.
        await recordAudit(tx, requestMeta(request), {
          action: 'statistics.export',
          resource: 'statistics',
          details: {
            k,
            records: report.records,
            exported: report.exported,
            suppressedRecords: report.suppressedRecords,
            classes: report.classes,
            levels: Object.fromEntries(report.generalisation.map((g) => [g.column, g.level])),
          },
        });
        return result;
      });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', attachmentDisposition(`victims-k${k}.csv`)).send(csv);
    },
  });

  r.get('/api/statistics/export-report', {
    config: { access: { resource: 'statistics', action: 'export' } },
    schema: { tags, querystring: exportQuery, response: { 200: exportReportSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const k = Math.max(request.query.k ?? 0, ctx.config.STATS_EXPORT_K);
      const { report } = await inTransaction(ctx.db, actor, (tx) => readCaseExport(tx, k));
      return report;
    },
  });
}
