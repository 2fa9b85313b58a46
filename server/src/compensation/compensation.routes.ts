import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { typed } from '../http/routing.js';
import { claimInput, decisionInput, paymentInput } from './compensation-input.js';
import { addClaim, addPayment, compensationOf, decideClaim } from './compensation.service.js';

const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });
const ok = z.object({ ok: z.literal(true) });

/** Compensation claims of a victim: claimed, decided, paid. */
export function compensationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['compensation'];
  const services = {};

  r.get('/api/cases/:id/compensation', {
    config: { access: { resource: 'compensation', action: 'read' } },
    schema: { tags, params: idParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => compensationOf(tx, requestMeta(request), actor, request.params.id));
    },
  });

  r.post('/api/cases/:id/compensation-claims', {
    config: { access: { resource: 'compensation', action: 'claim' } },
    schema: { tags, params: idParam, body: claimInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => addClaim(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/compensation-claims/:id/decision', {
    config: { access: { resource: 'compensation', action: 'decide' } },
    schema: { tags, params: idParam, body: decisionInput, response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => decideClaim(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return { ok: true as const };
    },
  });

  r.post('/api/compensation-claims/:id/payments', {
    config: { access: { resource: 'compensation', action: 'pay' } },
    schema: { tags, params: idParam, body: paymentInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => addPayment(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });
}
