import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { typed } from '../http/routing.js';
import { checklistById, checklistVersions, identificationOf, publishChecklist, recordIdentification } from './identification.service.js';
import { protectionPolicy } from '../policies/protection.js';
import { abilitiesOf } from '../policies/policy.js';
import { checklistInput, identificationInput, reflectionDecisionInput, reflectionStartInput } from './protection-input.js';
import { decideReflection, startReflection } from './reflection.service.js';

const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });

/** Identification of a case against the government's indicators, and the versioned checklist. */
export function protectionRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['protection'];
  const services = { vault: ctx.vault, reflectionDays: ctx.config.REFLECTION_DAYS };

  r.get('/api/cases/:id/identification', {
    config: { access: { resource: 'protection', action: 'readIdentification' } },
    schema: { tags, params: idParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => identificationOf(tx, services, requestMeta(request), actor, request.params.id));
    },
  });

  r.post('/api/cases/:id/identifications', {
    config: { access: { resource: 'protection', action: 'decideIdentification' } },
    schema: { tags, params: idParam, body: identificationInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => recordIdentification(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.get('/api/identification-checklists', {
    config: { access: { resource: 'protection', action: 'readChecklist' } },
    schema: { tags },
    handler: async (request) => {
      const actor = actorOf(request);
      const versions = await inTransaction(ctx.db, actor, (tx) => checklistVersions(tx));
      return { versions, abilities: abilitiesOf(protectionPolicy, actor, ['publishChecklist']) };
    },
  });

  r.get('/api/identification-checklists/:id', {
    config: { access: { resource: 'protection', action: 'readChecklist' } },
    schema: { tags, params: idParam },
    handler: async (request) => inTransaction(ctx.db, actorOf(request), (tx) => checklistById(tx, request.params.id)),
  });

  r.post('/api/identification-checklists', {
    config: { access: { resource: 'protection', action: 'publishChecklist' } },
    schema: { tags, body: checklistInput, response: { 201: z.object({ id: z.uuid(), version: z.number().int() }) } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      return reply.status(201).send(await inTransaction(ctx.db, actor, (tx) => publishChecklist(tx, requestMeta(request), actor, request.body)));
    },
  });

  r.post('/api/cases/:id/reflection', {
    config: { access: { resource: 'protection', action: 'startReflection' } },
    schema: { tags, params: idParam, body: reflectionStartInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => startReflection(tx, requestMeta(request), actor, request.params.id, request.body, ctx.config.REFLECTION_DAYS));
      return reply.status(201).send({ id });
    },
  });

  r.post('/api/cases/:id/reflection/decision', {
    config: { access: { resource: 'protection', action: 'decideReflection' } },
    schema: { tags, params: idParam, body: reflectionDecisionInput, response: { 200: z.object({ ok: z.literal(true) }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => decideReflection(tx, requestMeta(request), actor, request.params.id, request.body));
      return { ok: true as const };
    },
  });
}
