import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { typed } from '../http/routing.js';
import { goalInput, goalUpdateInput, planInput, reviewInput, serviceRequestInput, serviceUpdateInput } from './care-input.js';
import { addGoal, addReview, careOf, requestService, savePlan, updateGoal, updateService } from './care.service.js';

const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });
const ok = z.object({ ok: z.literal(true) });

/** Services of a case and its individual rehabilitation and reintegration plan. */
export function careRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['care'];
  const services = { vault: ctx.vault };

  r.get('/api/cases/:id/care', {
    config: { access: { resource: 'care', action: 'read' } },
    schema: { tags, params: idParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => careOf(tx, services, requestMeta(request), actor, request.params.id));
    },
  });

  r.post('/api/cases/:id/services', {
    config: { access: { resource: 'care', action: 'requestService' } },
    schema: { tags, params: idParam, body: serviceRequestInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => requestService(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/case-services/:id', {
    config: { access: { resource: 'care', action: 'updateService' } },
    schema: { tags, params: idParam, body: serviceUpdateInput, response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => updateService(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return { ok: true as const };
    },
  });

  r.put('/api/cases/:id/care-plan', {
    config: { access: { resource: 'care', action: 'editPlan' } },
    schema: { tags, params: idParam, body: planInput, response: { 200: created } },
    handler: async (request) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => savePlan(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return { id };
    },
  });

  r.post('/api/cases/:id/care-plan/goals', {
    config: { access: { resource: 'care', action: 'addGoal' } },
    schema: { tags, params: idParam, body: goalInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => addGoal(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/care-plan-goals/:id', {
    config: { access: { resource: 'care', action: 'updateGoal' } },
    schema: { tags, params: idParam, body: goalUpdateInput, response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => updateGoal(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return { ok: true as const };
    },
  });

  r.post('/api/cases/:id/care-plan/reviews', {
    config: { access: { resource: 'care', action: 'addReview' } },
    schema: { tags, params: idParam, body: reviewInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => addReview(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });
}
