import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { notFound } from '../http/problem.js';
import { booleanQuery, calendarDay, pagingQuery, text, typed, uuidParam } from '../http/routing.js';
import { abilitiesOf } from '../policies/policy.js';
import { plansPolicy } from '../policies/plans.js';
import { linksOf, revisionsOf, unmatchedNames, variantsOf } from './measure-detail.repository.js';
import { chooseWording, correctMeasure, linkContinuation, mapName, unlinkContinuation } from './measures.service.js';
import { measureSchema, periodSchema, presentMeasures } from './plans.presenter.js';
import { findMeasureRow, listMeasures, participantsOf, subActionsOf } from './plans.repository.js';
import type { Tx } from '../db/database.js';
import { bakuToday } from '../../../common/src/dates.js';

const day = calendarDay;
const measureRef = z.object({ id: z.string(), code: z.string(), text: z.string(), plan: z.object({ id: z.string(), title: z.string() }) });
const measureDetailSchema = measureSchema.extend({
  plan: z.object({ id: z.string(), title: z.string() }),
  continues: z.array(measureRef),
  continuedBy: z.array(measureRef),
  variants: z.array(z.object({ id: z.string(), text: z.string(), status: z.enum(['open', 'kept', 'taken']), fileName: z.string().nullable(), createdAt: z.string() })),
  revisions: z.array(
    z.object({ id: z.string(), at: z.string(), by: z.string().nullable(), source: z.enum(['edit', 'import', 'wording_choice']), before: z.record(z.string(), z.unknown()), after: z.record(z.string(), z.unknown()), reason: z.string().nullable() }),
  ),
  abilities: z.object({ edit: z.boolean(), link: z.boolean() }),
});

async function presentedMeasures(tx: Tx, rows: Awaited<ReturnType<typeof listMeasures>>['rows']) {
  const ids = rows.map((r) => r.id);
  const [participants, subActions] = await Promise.all([participantsOf(tx, ids), subActionsOf(tx, ids)]);
  return presentMeasures(rows, participants, subActions);
}

export function measureRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['measures'];

  r.get('/api/measures', {
    config: { access: { resource: 'plans', action: 'read' } },
    schema: {
      tags,
      querystring: z.object({
        planId: z.uuid().optional(),
        q: z.string().trim().max(200).optional(),
        organisationId: z.uuid().optional(),
        section: z.string().trim().max(20).optional(),
        period: z.enum(['this_year', 'overdue', 'ongoing']).optional(),
        role: z.enum(['executor', 'involved', 'generic', 'recommended']).optional(),
        mine: booleanQuery.optional(),
        ...pagingQuery,
      }),
      response: { 200: z.object({ items: z.array(measureSchema), total: z.number(), page: z.number(), pageSize: z.number() }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { mine, ...query } = request.query;
      const filter = { ...query, organisationId: mine ? actor.organisationId : query.organisationId };
      return inTransaction(ctx.db, actor, async (tx) => {
        const { rows, total } = await listMeasures(tx, filter, bakuToday());
        return { items: await presentedMeasures(tx, rows), total, page: query.page, pageSize: query.pageSize };
      });
    },
  });

  r.get('/api/measures/:id', {
    config: { access: { resource: 'plans', action: 'read' } },
    schema: { tags, params: uuidParam, response: { 200: measureDetailSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        const row = await findMeasureRow(tx, request.params.id);
        if (!row) throw notFound();
        const [[measure], links, variants, revisions, plan] = await Promise.all([
          presentedMeasures(tx, [row]),
          linksOf(tx, row.id),
          variantsOf(tx, row.id),
          revisionsOf(tx, row.id),
          tx.selectFrom('plans').select(['id', 'title']).where('id', '=', row.plan_id).executeTakeFirstOrThrow(),
        ]);
        const ref = (m: (typeof links.continues)[number]) => ({ id: m.id, code: m.code, text: m.text, plan: { id: m.plan_id, title: m.plan_title } });
        return {
          ...measure!,
          plan,
          continues: links.continues.map(ref),
          continuedBy: links.continuedBy.map(ref),
          variants: variants.map((v) => ({ id: v.id, text: v.proposed_text, status: v.status, fileName: v.file_name, createdAt: v.created_at.toISOString() })),
          revisions: revisions.map((v) => ({ id: v.id, at: v.changed_at.toISOString(), by: v.full_name, source: v.source, before: v.before, after: v.after, reason: v.reason })),
          abilities: abilitiesOf(plansPolicy, actor, ['edit', 'link']),
        };
      });
    },
  });

  r.put('/api/measures/:id', {
    config: { access: { resource: 'plans', action: 'edit' } },
    schema: {
      tags,
      params: uuidParam,
      body: z.object({
        text: text(10_000),
        period: periodSchema.extend({ from: day.nullable(), to: day.nullable(), text: text(100) }).nullable(),
        participants: z.array(z.object({ role: z.enum(['executor', 'involved', 'generic', 'recommended']), name: text(500), organisationId: z.uuid().nullable() })).max(100),
        reason: text(1000),
      }),
      response: { 200: measureSchema },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        await correctMeasure(tx, requestMeta(request), actor, request.params.id, request.body);
        const [measure] = await presentedMeasures(tx, [(await findMeasureRow(tx, request.params.id))!]);
        return measure!;
      });
    },
  });

  r.post('/api/measures/:id/variants/:variantId', {
    config: { access: { resource: 'plans', action: 'chooseWording' } },
    schema: { tags, params: z.object({ id: z.uuid(), variantId: z.uuid() }), body: z.object({ choice: z.enum(['keep', 'take']) }) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => chooseWording(tx, requestMeta(request), actor, request.params.id, request.params.variantId, request.body.choice));
      return reply.status(204).send();
    },
  });

  r.post('/api/measures/:id/continues', {
    config: { access: { resource: 'plans', action: 'link' } },
    schema: { tags, params: uuidParam, body: z.object({ measureId: z.uuid() }) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => linkContinuation(tx, requestMeta(request), actor, request.params.id, request.body.measureId));
      return reply.status(204).send();
    },
  });

  r.delete('/api/measures/:id/continues/:otherId', {
    config: { access: { resource: 'plans', action: 'link' } },
    schema: { tags, params: z.object({ id: z.uuid(), otherId: z.uuid() }) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => unlinkContinuation(tx, requestMeta(request), request.params.id, request.params.otherId));
      return reply.status(204).send();
    },
  });

  r.get('/api/plans/unmatched-names', {
    config: { access: { resource: 'plans', action: 'mapNames' } },
    schema: {
      tags,
      response: { 200: z.object({ items: z.array(z.object({ nameKey: z.string(), name: z.string(), count: z.number(), measures: z.array(z.object({ id: z.string(), code: z.string(), planId: z.string() })) })) }) },
    },
    handler: async (request) => {
      const rows = await inTransaction(ctx.db, actorOf(request), (tx) => unmatchedNames(tx));
      const grouped = new Map<string, { nameKey: string; name: string; count: number; measures: { id: string; code: string; planId: string }[] }>();
      for (const row of rows) {
        const entry = grouped.get(row.name_key) ?? { nameKey: row.name_key, name: row.name, count: 0, measures: [] };
        entry.count += 1;
        entry.measures.push({ id: row.measure_id, code: row.code, planId: row.plan_id });
        grouped.set(row.name_key, entry);
      }
      return { items: [...grouped.values()] };
    },
  });

  r.post('/api/plans/name-mappings', {
    config: { access: { resource: 'plans', action: 'mapNames' } },
    schema: { tags, body: z.object({ name: text(500), organisationId: z.uuid() }), response: { 200: z.object({ updated: z.number() }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      const updated = await inTransaction(ctx.db, actor, (tx) => mapName(tx, requestMeta(request), actor, request.body.name, request.body.organisationId));
      return { updated };
    },
  });
}
