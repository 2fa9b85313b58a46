import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SEXES } from '../../../../common/src/case-parts.js';
import { inTransaction } from '../../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../../http/context.js';
import { text, typed, uuidParam } from '../../http/routing.js';
import { day } from '../case-input.js';
import { accessLog, accessRequests, decideAccess, requestAccess, reviewEmergency } from './case-access.service.js';
import { candidatesOfCase, dismissCandidate, mergeCandidate, refreshCandidates, searchPersons, undoMerge } from '../duplicates/duplicates.service.js';
import { visibleCase } from '../cases.service.js';

const ok = z.object({ ok: z.literal(true) });

/** Search across the database, access requests and emergency access, the access log, duplicates. */
export function caseAccessRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['cases'];

  r.get('/api/case-search', {
    config: { access: { resource: 'cases', action: 'search' } },
    schema: {
      tags,
      querystring: z.object({
        name: text(200, 2),
        birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
        birthDate: day.optional(),
        sex: z.enum(SEXES).optional(),
        document: text(50).optional(),
        phone: text(50).optional(),
      }),
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => ({ items: await searchPersons(tx, ctx.vault, requestMeta(request), request.query) }));
    },
  });

  r.post('/api/cases/:id/access-requests', {
    config: { access: { resource: 'cases', action: 'requestAccess' } },
    schema: { tags, params: uuidParam, body: z.object({ reason: text(1000) }), response: { 201: z.object({ id: z.uuid() }) } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => requestAccess(tx, requestMeta(request), request.params.id, request.body.reason, false));
      return reply.status(201).send({ id });
    },
  });

  r.post('/api/cases/:id/emergency-access', {
    config: { access: { resource: 'cases', action: 'emergencyAccess' } },
    schema: { tags, params: uuidParam, body: z.object({ reason: text(1000, 10) }), response: { 201: z.object({ id: z.uuid() }) } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => requestAccess(tx, requestMeta(request), request.params.id, request.body.reason, true));
      return reply.status(201).send({ id });
    },
  });

  r.get('/api/case-access', {
    config: { access: { resource: 'cases', action: 'list' } },
    schema: { tags },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => ({ items: await accessRequests(tx, actor) }));
    },
  });

  r.post('/api/case-access/:id/decision', {
    config: { access: { resource: 'cases', action: 'decideAccess' } },
    schema: { tags, params: uuidParam, body: z.object({ decision: z.enum(['granted', 'refused', 'revoked']), expiresOn: day.nullable().default(null) }), response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => decideAccess(tx, requestMeta(request), actor, request.params.id, request.body.decision, request.body.expiresOn));
      return { ok: true as const };
    },
  });

  r.post('/api/case-access/:id/review', {
    config: { access: { resource: 'cases', action: 'decideAccess' } },
    schema: { tags, params: uuidParam, response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => reviewEmergency(tx, requestMeta(request), actor, request.params.id));
      return { ok: true as const };
    },
  });

  r.get('/api/cases/:id/access-log', {
    config: { access: { resource: 'cases', action: 'viewAccessLog' } },
    schema: { tags, params: uuidParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => ({ items: await accessLog(tx, actor, request.params.id) }));
    },
  });

  r.get('/api/cases/:id/duplicates', {
    config: { access: { resource: 'cases', action: 'findDuplicates' } },
    schema: { tags, params: uuidParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => candidatesOfCase(tx, ctx.vault, actor, request.params.id));
    },
  });

  r.post('/api/cases/:id/duplicates/refresh', {
    config: { access: { resource: 'cases', action: 'findDuplicates' } },
    schema: { tags, params: uuidParam, response: { 200: z.object({ found: z.number() }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        const { row } = await visibleCase(tx, actor, request.params.id);
        return { found: await refreshCandidates(tx, ctx.vault, row.person_id) };
      });
    },
  });

  r.post('/api/cases/:id/duplicates/:personId', {
    config: { access: { resource: 'cases', action: 'merge' } },
    schema: { tags, params: z.object({ id: z.uuid(), personId: z.uuid() }), body: z.object({ decision: z.enum(['merge', 'dismiss']) }), response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      const { id, personId } = request.params;
      await inTransaction(ctx.db, actor, async (tx) => {
        if (request.body.decision === 'merge') await mergeCandidate(tx, requestMeta(request), actor, id, personId);
        else await dismissCandidate(tx, requestMeta(request), actor, id, personId);
      });
      return { ok: true as const };
    },
  });

  r.post('/api/cases/:id/merges/:mergeId/undo', {
    config: { access: { resource: 'cases', action: 'merge' } },
    schema: { tags, params: z.object({ id: z.uuid(), mergeId: z.uuid() }), response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => undoMerge(tx, requestMeta(request), actor, request.params.id, request.params.mergeId));
      return { ok: true as const };
    },
  });
}
