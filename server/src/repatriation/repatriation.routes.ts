import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { typed } from '../http/routing.js';
import { cancelInput, repatriationInput, stepInput } from './repatriation-input.js';
import { cancelRepatriation, openRepatriation, repatriationsOf, updateStep } from './repatriation.service.js';

const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });
const ok = z.object({ ok: z.literal(true) });

/** Repatriation of a victim: opened in a direction, moved on step by step, completed or cancelled. */
export function repatriationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['repatriation'];
  const services = { vault: ctx.vault };

  r.get('/api/cases/:id/repatriations', {
    config: { access: { resource: 'repatriation', action: 'read' } },
    schema: { tags, params: idParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => repatriationsOf(tx, services, requestMeta(request), actor, request.params.id));
    },
  });

  r.post('/api/cases/:id/repatriations', {
    config: { access: { resource: 'repatriation', action: 'open' } },
    schema: { tags, params: idParam, body: repatriationInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => openRepatriation(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/repatriation-steps/:id', {
    config: { access: { resource: 'repatriation', action: 'updateStep' } },
    schema: { tags, params: idParam, body: stepInput, response: { 200: z.object({ status: z.string() }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => updateStep(tx, services, requestMeta(request), actor, request.params.id, request.body));
    },
  });

  r.post('/api/repatriations/:id/cancel', {
    config: { access: { resource: 'repatriation', action: 'cancel' } },
    schema: { tags, params: idParam, body: cancelInput, response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => cancelRepatriation(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return { ok: true as const };
    },
  });
}
