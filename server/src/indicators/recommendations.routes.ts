import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { text, typed, uuidParam } from '../http/routing.js';
import { indicatorsPolicy } from '../policies/indicators.js';
import { recommendationSources } from './recommendations.repository.js';
import { changeRecommendation, createRecommendation, recommendationById, recommendationsFor, removeRecommendation } from './recommendations.service.js';

const SOURCE_KINDS = ['assessment', 'greta', 'osce', 'us_tip', 'other'] as const;
const STATUSES = ['open', 'planned', 'in_progress', 'implemented', 'not_accepted'] as const;
const PRIORITIES = ['high', 'medium', 'low'] as const;
const votes = z.number().int().min(0).max(1000);

export const recommendationSchema = z.object({
  id: z.string(),
  sourceKind: z.enum(SOURCE_KINDS),
  source: z.string(),
  code: z.string().nullable(),
  theme: z.string(),
  context: z.string(),
  text: z.string(),
  area: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
  priority: z.enum(PRIORITIES).nullable(),
  status: z.enum(STATUSES),
  votes: z.object({ survey: z.number().nullable(), seminar: z.number().nullable(), unplaced: z.number() }),
  fromSource: z.boolean(),
  measures: z.array(z.object({ id: z.string(), code: z.string(), text: z.string(), plan: z.object({ id: z.string(), title: z.string() }) })),
  updatedAt: z.string(),
});

const body = z.object({
  sourceKind: z.enum(SOURCE_KINDS),
  source: text(300),
  code: z.string().trim().max(40).nullable().transform((v) => v || null),
  theme: z.string().trim().max(500).default(''),
  context: z.string().trim().max(4000).default(''),
  text: text(10_000),
  areaId: z.uuid().nullable().default(null),
  priority: z.enum(PRIORITIES).nullable().default(null),
  status: z.enum(STATUSES).default('open'),
  votes: z.object({ survey: votes.nullable(), seminar: votes.nullable(), unplaced: votes.default(0) }).default({ survey: null, seminar: null, unplaced: 0 }),
  measureIds: z.array(z.uuid()).max(200).default([]),
});

/** Recommendations of assessments and monitors, with the measures that answer them: the Coordinator's office's. */
export function recommendationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['recommendations'];

  r.get('/api/recommendations', {
    config: { access: { resource: 'indicators', action: 'readRecommendations' } },
    schema: {
      tags,
      querystring: z.object({
        sourceKind: z.enum(SOURCE_KINDS).optional(),
        source: z.string().trim().max(300).optional(),
        status: z.enum(STATUSES).optional(),
        priority: z.enum([...PRIORITIES, 'none']).optional(),
        areaId: z.uuid().optional(),
        q: z.string().trim().max(200).optional(),
      }),
      response: {
        200: z.object({
          items: z.array(recommendationSchema),
          sources: z.array(z.object({ sourceKind: z.enum(SOURCE_KINDS), source: z.string(), count: z.number() })),
          abilities: z.object({ edit: z.boolean() }),
        }),
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        const [items, sources] = await Promise.all([recommendationsFor(tx, request.query), recommendationSources(tx)]);
        return {
          items,
          sources: sources.map((s) => ({ sourceKind: s.source_kind, source: s.source, count: s.count })),
          abilities: { edit: indicatorsPolicy.actions.editRecommendations(actor) },
        };
      });
    },
  });

  r.get('/api/recommendations/:id', {
    config: { access: { resource: 'indicators', action: 'readRecommendations' } },
    schema: { tags, params: uuidParam, response: { 200: recommendationSchema } },
    handler: async (request) => inTransaction(ctx.db, actorOf(request), (tx) => recommendationById(tx, request.params.id)),
  });

  r.post('/api/recommendations', {
    config: { access: { resource: 'indicators', action: 'editRecommendations' } },
    schema: { tags, body, response: { 201: recommendationSchema } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const created = await inTransaction(ctx.db, actor, async (tx) => recommendationById(tx, await createRecommendation(tx, requestMeta(request), actor, request.body)));
      return reply.status(201).send(created);
    },
  });

  r.put('/api/recommendations/:id', {
    config: { access: { resource: 'indicators', action: 'editRecommendations' } },
    schema: { tags, params: uuidParam, body, response: { 200: recommendationSchema } },
    handler: async (request) =>
      inTransaction(ctx.db, actorOf(request), async (tx) => {
        await changeRecommendation(tx, requestMeta(request), request.params.id, request.body);
        return recommendationById(tx, request.params.id);
      }),
  });

  r.delete('/api/recommendations/:id', {
    config: { access: { resource: 'indicators', action: 'editRecommendations' } },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      await inTransaction(ctx.db, actorOf(request), (tx) => removeRecommendation(tx, requestMeta(request), request.params.id));
      return reply.status(204).send();
    },
  });
}
