import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { typed } from '../http/routing.js';
import { bestInterestsInput, childProtectionInput } from './children-input.js';
import { addBestInterestsAssessment, childProtectionOf, saveChildProtection } from './children.service.js';

const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });

/** The child-protection path of a case: guardian, child-protection body, best-interests assessments. */
export function childrenRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['children'];
  const services = { vault: ctx.vault };

  r.get('/api/cases/:id/child-protection', {
    config: { access: { resource: 'children', action: 'read' } },
    schema: { tags, params: idParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => childProtectionOf(tx, services, requestMeta(request), actor, request.params.id));
    },
  });

  r.put('/api/cases/:id/child-protection', {
    config: { access: { resource: 'children', action: 'saveProtection' } },
    schema: { tags, params: idParam, body: childProtectionInput, response: { 200: created } },
    handler: async (request) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => saveChildProtection(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return { id };
    },
  });

  r.post('/api/cases/:id/best-interests-assessments', {
    config: { access: { resource: 'children', action: 'addAssessment' } },
    schema: { tags, params: idParam, body: bestInterestsInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => addBestInterestsAssessment(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });
}
