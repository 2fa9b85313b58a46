import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import { booleanQuery, calendarDay, pagingQuery, typed, uuidParam } from '../http/routing.js';
import type { Actor } from '../policies/policy.js';
import { reportsPolicy } from '../policies/reports.js';
import { entryContentSchema } from './report-content.js';
import { entrySchema, entrySummarySchema, organisationCountsSchema, periodSchema, presentEntry, presentEntrySummary, presentPeriod } from './reports.presenter.js';
import { countsByOrganisation, countsByPeriod, findEntry, listEntries, periodRows } from './reports.repository.js';
import { closePeriod, EntryConflict, openPeriod, reopenEntry, reviewEntry, saveEntry, submitEntry } from './reports.service.js';
import type { Tx } from '../db/database.js';

const day = calendarDay;

async function periodOrNotFound(tx: Tx, actor: Actor, id: string) {
  const row = await periodRows(tx).where('reporting_periods.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return presentPeriod(row, (await countsByPeriod(tx, actor, [id])).get(id));
}

async function entryOrNotFound(tx: Tx, actor: Actor, id: string) {
  const row = await findEntry(tx, actor, id);
  if (!row) throw notFound();
  return presentEntry(tx, row, actor);
}

export function reportRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['reports'];

  r.get('/api/report-periods', {
    config: { access: { resource: 'reports', action: 'listPeriods' } },
    schema: { tags, response: { 200: z.object({ items: z.array(periodSchema), abilities: z.object({ create: z.boolean() }) }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        const rows = await periodRows(tx).execute();
        const counts = await countsByPeriod(tx, actor, rows.map((row) => row.id));
        return { items: rows.map((row) => presentPeriod(row, counts.get(row.id))), abilities: { create: reportsPolicy.actions.openPeriod(actor) } };
      });
    },
  });

  r.post('/api/report-periods', {
    config: { access: { resource: 'reports', action: 'openPeriod' } },
    schema: {
      tags,
      body: z.object({ planId: z.uuid(), kind: z.enum(['year', 'half_year']), year: z.number().int().min(2000).max(2100), half: z.union([z.literal(1), z.literal(2)]).optional(), dueOn: day }),
      response: { 201: periodSchema },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const period = await inTransaction(ctx.db, actor, async (tx) => periodOrNotFound(tx, actor, await openPeriod(tx, requestMeta(request), actor, request.body)));
      return reply.status(201).send(period);
    },
  });

  r.get('/api/report-periods/:id', {
    config: { access: { resource: 'reports', action: 'readPeriod' } },
    schema: {
      tags,
      params: uuidParam,
      response: { 200: periodSchema.extend({ organisations: z.array(organisationCountsSchema), abilities: z.object({ close: z.boolean(), review: z.boolean() }) }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        const period = await periodOrNotFound(tx, actor, request.params.id);
        const organisations = await countsByOrganisation(tx, actor, period.id);
        return {
          ...period,
          organisations: organisations.map(({ id, short_name, name_az, ...counts }) => ({ id, shortName: short_name, nameAz: name_az, counts })),
          abilities: { close: period.status === 'open' && reportsPolicy.actions.closePeriod(actor), review: reportsPolicy.actions.reviewEntry(actor) },
        };
      });
    },
  });

  r.post('/api/report-periods/:id/close', {
    config: { access: { resource: 'reports', action: 'closePeriod' } },
    schema: { tags, params: uuidParam, response: { 200: periodSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        await closePeriod(tx, requestMeta(request), request.params.id);
        return periodOrNotFound(tx, actor, request.params.id);
      });
    },
  });

  r.get('/api/report-entries', {
    config: { access: { resource: 'reports', action: 'listEntries' } },
    schema: {
      tags,
      querystring: z.object({
        periodId: z.uuid().optional(),
        organisationId: z.uuid().optional(),
        state: z.enum(['draft', 'submitted', 'accepted', 'returned']).optional(),
        section: z.string().trim().max(20).optional(),
        measureId: z.uuid().optional(),
        year: z.coerce.number().int().min(2000).max(2100).optional(),
        q: z.string().trim().max(200).optional(),
        mine: booleanQuery.optional(),
        ...pagingQuery,
      }),
      response: { 200: z.object({ items: z.array(entrySummarySchema), total: z.number(), page: z.number(), pageSize: z.number() }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { mine, ...query } = request.query;
      const filter = { ...query, organisationId: mine ? actor.organisationId : query.organisationId };
      const { rows, total } = await inTransaction(ctx.db, actor, (tx) => listEntries(tx, actor, filter));
      return { items: rows.map((row) => presentEntrySummary(row, actor, query.q)), total, page: query.page, pageSize: query.pageSize };
    },
  });

  r.get('/api/report-entries/:id', {
    config: { access: { resource: 'reports', action: 'readEntry' } },
    schema: { tags, params: uuidParam, response: { 200: entrySchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => entryOrNotFound(tx, actor, request.params.id));
    },
  });

  r.put('/api/report-entries/:id', {
    config: { access: { resource: 'reports', action: 'editEntry' } },
    schema: { tags, params: uuidParam, body: entryContentSchema.extend({ revision: z.number().int().min(0) }), response: { 200: entrySchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const { revision, ...content } = request.body;
      try {
        return await inTransaction(ctx.db, actor, async (tx) => {
          await saveEntry(tx, requestMeta(request), actor, request.params.id, revision, content);
          return entryOrNotFound(tx, actor, request.params.id);
        });
      } catch (error) {
        if (!(error instanceof EntryConflict)) throw error;
        const current = await inTransaction(ctx.db, actor, (tx) => entryOrNotFound(tx, actor, error.entryId));
        throw new AppError('REPORT_CONFLICT', [], { current });
      }
    },
  });

  r.post('/api/report-entries/:id/submit', {
    config: { access: { resource: 'reports', action: 'submitEntry' } },
    schema: { tags, params: uuidParam, response: { 200: entrySchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        await submitEntry(tx, requestMeta(request), actor, request.params.id);
        return entryOrNotFound(tx, actor, request.params.id);
      });
    },
  });

  r.post('/api/report-entries/:id/review', {
    config: { access: { resource: 'reports', action: 'reviewEntry' } },
    schema: { tags, params: uuidParam, body: z.object({ decision: z.enum(['accept', 'return']), comment: z.string().trim().max(4000).default('') }), response: { 200: entrySchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        await reviewEntry(tx, requestMeta(request), actor, request.params.id, request.body.decision, request.body.comment || null);
        return entryOrNotFound(tx, actor, request.params.id);
      });
    },
  });

  r.post('/api/report-entries/:id/reopen', {
    config: { access: { resource: 'reports', action: 'reviewEntry' } },
    schema: { tags, params: uuidParam, body: z.object({ comment: z.string().trim().min(1).max(4000) }), response: { 200: entrySchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        await reopenEntry(tx, requestMeta(request), actor, request.params.id, request.body.comment);
        return entryOrNotFound(tx, actor, request.params.id);
      });
    },
  });
}

