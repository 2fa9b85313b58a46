import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { text, typed, uuidParam } from '../http/routing.js';
import { abilitiesOf } from '../policies/policy.js';
import { indicatorsPolicy } from '../policies/indicators.js';
import { addIndicator, changeArea, changeIndicator, createArea, frameworkGrid, removeIndicator } from './framework.service.js';
import { assessmentDetail, changeCycle, comparison, createCycle, cycleGrid, cyclesFor, publishCycle, rateIndicator } from './cycles.service.js';
import {
  areaBaseSchema,
  COLUMNS,
  columnsSchema,
  cycleSchema,
  indicatorSchema,
  kindSchema,
  levelSchema,
  ratingSchema,
} from './indicators.presenter.js';

const areaCode = z.string().trim().regex(/^\d{1,2}(\.\d{1,2}){0,2}$/);
const areaBody = z.object({ code: areaCode, title: text(1000), needsImprovement: z.boolean().nullable() });
const indicatorBody = z.object({ text: text(4000), needsImprovement: z.boolean().nullable() });
const cycleBody = z.object({ title: text(200), year: z.number().int().min(2000).max(2100).nullable(), description: z.string().trim().max(4000).default('') });
const cellParams = z.object({ id: z.uuid(), indicatorId: z.uuid() });

const assessmentSummarySchema = z.object({
  rating: ratingSchema,
  evidence: z.string(),
  needsImprovement: z.boolean(),
  revision: z.number().nullable(),
  entryCount: z.number(),
  measureCount: z.number(),
  updatedAt: z.string().nullable(),
});

const frameworkSchema = z.object({
  columns: columnsSchema,
  areas: z.array(areaBaseSchema.extend({ cells: z.array(z.array(indicatorSchema)) })),
  abilities: z.object({ edit: z.boolean() }),
});

const cycleGridSchema = z.object({
  cycle: cycleSchema,
  columns: columnsSchema,
  areas: z.array(areaBaseSchema.extend({ cells: z.array(z.array(indicatorSchema.extend({ assessment: assessmentSummarySchema }))) })),
  abilities: z.object({ edit: z.boolean(), rate: z.boolean(), publish: z.boolean(), unpublish: z.boolean() }),
});

const assessmentDetailSchema = z.object({
  cycle: z.object({ id: z.string(), title: z.string(), status: z.enum(['draft', 'published']) }),
  indicator: indicatorSchema.extend({ area: z.object({ id: z.string(), code: z.string(), title: z.string() }) }),
  rating: ratingSchema,
  evidence: z.string(),
  needsImprovement: z.boolean(),
  revision: z.number().nullable(),
  updatedAt: z.string().nullable(),
  entries: z.array(
    z.object({
      id: z.string(),
      year: z.number(),
      half: z.number().nullable(),
      measureCode: z.string(),
      organisation: z.object({ shortName: z.string(), nameAz: z.string() }),
      status: z.string(),
      state: z.string(),
    }),
  ),
  measures: z.array(z.object({ id: z.string(), code: z.string(), text: z.string(), plan: z.object({ id: z.string(), title: z.string() }) })),
  abilities: z.object({ rate: z.boolean() }),
});

const comparisonSchema = z.object({
  cycles: z.array(cycleSchema),
  rows: z.array(
    z.object({
      indicator: indicatorSchema,
      area: z.object({ id: z.string(), code: z.string(), title: z.string() }),
      ratings: z.array(z.object({ cycleId: z.string(), rating: ratingSchema, needsImprovement: z.boolean() })),
    }),
  ),
});

/** The indicator framework, assessment cycles with their grid and ratings, and the comparison across cycles. */
export function indicatorRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['indicators'];

  r.get('/api/indicator-framework', {
    config: { access: { resource: 'indicators', action: 'readFramework' } },
    schema: { tags, response: { 200: frameworkSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const areas = await inTransaction(ctx.db, actor, (tx) => frameworkGrid(tx));
      return { columns: COLUMNS, areas, abilities: { edit: indicatorsPolicy.actions.editFramework(actor) } };
    },
  });

  r.post('/api/indicator-areas', {
    config: { access: { resource: 'indicators', action: 'editFramework' } },
    schema: { tags, body: areaBody, response: { 201: z.object({ id: z.string() }) } },
    handler: async (request, reply) => {
      const id = await inTransaction(ctx.db, actorOf(request), (tx) => createArea(tx, requestMeta(request), request.body));
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/indicator-areas/:id', {
    config: { access: { resource: 'indicators', action: 'editFramework' } },
    schema: { tags, params: uuidParam, body: areaBody },
    handler: async (request, reply) => {
      await inTransaction(ctx.db, actorOf(request), (tx) => changeArea(tx, requestMeta(request), request.params.id, request.body));
      return reply.status(204).send();
    },
  });

  r.post('/api/indicator-areas/:id/indicators', {
    config: { access: { resource: 'indicators', action: 'editFramework' } },
    schema: { tags, params: uuidParam, body: indicatorBody.extend({ kind: kindSchema, level: levelSchema }), response: { 201: z.object({ id: z.string() }) } },
    handler: async (request, reply) => {
      const id = await inTransaction(ctx.db, actorOf(request), (tx) => addIndicator(tx, requestMeta(request), request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/indicators/:id', {
    config: { access: { resource: 'indicators', action: 'editFramework' } },
    schema: { tags, params: uuidParam, body: indicatorBody },
    handler: async (request, reply) => {
      await inTransaction(ctx.db, actorOf(request), (tx) => changeIndicator(tx, requestMeta(request), request.params.id, request.body));
      return reply.status(204).send();
    },
  });

  r.delete('/api/indicators/:id', {
    config: { access: { resource: 'indicators', action: 'editFramework' } },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      await inTransaction(ctx.db, actorOf(request), (tx) => removeIndicator(tx, requestMeta(request), request.params.id));
      return reply.status(204).send();
    },
  });

  r.get('/api/assessment-cycles', {
    config: { access: { resource: 'indicators', action: 'listCycles' } },
    schema: {
      tags,
      response: {
        200: z.object({
          items: z.array(cycleSchema),
          abilities: z.object({ createCycle: z.boolean(), readFramework: z.boolean(), readRecommendations: z.boolean(), readDrafts: z.boolean() }),
        }),
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const items = await inTransaction(ctx.db, actor, (tx) => cyclesFor(tx, actor));
      return { items, abilities: abilitiesOf(indicatorsPolicy, actor, ['createCycle', 'readFramework', 'readRecommendations', 'readDrafts']) };
    },
  });

  r.post('/api/assessment-cycles', {
    config: { access: { resource: 'indicators', action: 'createCycle' } },
    schema: { tags, body: cycleBody, response: { 201: z.object({ id: z.string() }) } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => createCycle(tx, requestMeta(request), actor, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.get('/api/assessment-cycles/:id', {
    config: { access: { resource: 'indicators', action: 'readCycle' } },
    schema: { tags, params: uuidParam, response: { 200: cycleGridSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const grid = await inTransaction(ctx.db, actor, (tx) => cycleGrid(tx, actor, request.params.id));
      return { ...grid, columns: COLUMNS };
    },
  });

  r.put('/api/assessment-cycles/:id', {
    config: { access: { resource: 'indicators', action: 'editCycle' } },
    schema: { tags, params: uuidParam, body: cycleBody },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => changeCycle(tx, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(204).send();
    },
  });

  for (const [path, publish] of [['publish', true], ['unpublish', false]] as const) {
    r.post(`/api/assessment-cycles/:id/${path}`, {
      config: { access: { resource: 'indicators', action: 'publish' } },
      schema: { tags, params: uuidParam },
      handler: async (request, reply) => {
        const actor = actorOf(request);
        await inTransaction(ctx.db, actor, (tx) => publishCycle(tx, requestMeta(request), actor, request.params.id, publish));
        return reply.status(204).send();
      },
    });
  }

  r.get('/api/assessment-cycles/:id/indicators/:indicatorId', {
    config: { access: { resource: 'indicators', action: 'readCycle' } },
    schema: { tags, params: cellParams, response: { 200: assessmentDetailSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => assessmentDetail(tx, actor, request.params.id, request.params.indicatorId));
    },
  });

  r.put('/api/assessment-cycles/:id/indicators/:indicatorId', {
    config: { access: { resource: 'indicators', action: 'rate' } },
    schema: {
      tags,
      params: cellParams,
      body: z.object({
        rating: ratingSchema,
        evidence: z.string().trim().max(20_000).default(''),
        needsImprovement: z.boolean().default(false),
        entryIds: z.array(z.uuid()).max(200).default([]),
        measureIds: z.array(z.uuid()).max(200).default([]),
        revision: z.number().int().min(1).nullable(),
      }),
      response: { 200: assessmentDetailSchema },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        await rateIndicator(tx, requestMeta(request), actor, request.params.id, request.params.indicatorId, request.body);
        return assessmentDetail(tx, actor, request.params.id, request.params.indicatorId);
      });
    },
  });

  r.get('/api/assessment-comparison', {
    config: { access: { resource: 'indicators', action: 'compare' } },
    schema: {
      tags,
      querystring: z.object({
        cycleIds: z
          .string()
          .trim()
          .max(2000)
          .transform((v) => v.split(',').filter(Boolean))
          .pipe(z.array(z.uuid()).max(20))
          .optional(),
      }),
      response: { 200: comparisonSchema.extend({ columns: columnsSchema }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const result = await inTransaction(ctx.db, actor, (tx) => comparison(tx, actor, request.query.cycleIds));
      return { ...result, columns: COLUMNS };
    },
  });
}
