import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction, type Tx } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { notFound } from '../http/problem.js';
import { typed, uuidParam } from '../http/routing.js';
import { donorsPolicy } from '../policies/donors.js';
import type { Actor } from '../policies/policy.js';
import { findDonor, listDonors } from './donors.repository.js';
import { donorSchema, donorSummarySchema, presentDonor, presentDonors } from './donors.presenter.js';
import {
  addSupport,
  createDonor,
  deleteDonor,
  deleteSupport,
  DONOR_KINDS,
  donorInputSchema,
  matchInputSchema,
  matchNeed,
  supportInputSchema,
  unmatchNeed,
  updateDonor,
  updateSupport,
} from './donors.service.js';
import { needKindSchema, resourcesOf, resourcesSchema } from './resources.js';

/** A donor the caller may see, or 404: a body not concerned by any of its supports does not learn it exists. */
async function donorOrNotFound(tx: Tx, actor: Actor, id: string) {
  const row = await findDonor(tx, actor, id);
  if (!row) throw notFound();
  return presentDonor(tx, actor, row);
}

export function donorRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['donors'];

  r.get('/api/donors', {
    config: { access: { resource: 'donors', action: 'list' } },
    schema: {
      tags,
      querystring: z.object({ q: z.string().trim().max(200).optional(), kind: z.enum(DONOR_KINDS).optional() }),
      response: { 200: z.object({ items: z.array(donorSummarySchema), abilities: z.object({ create: z.boolean() }) }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => ({
        items: await presentDonors(tx, actor, await listDonors(tx, actor, request.query)),
        abilities: { create: donorsPolicy.actions.manage(actor) },
      }));
    },
  });

  r.post('/api/donors', {
    config: { access: { resource: 'donors', action: 'manage' } },
    schema: { tags, body: donorInputSchema, response: { 201: donorSchema } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const donor = await inTransaction(ctx.db, actor, async (tx) => donorOrNotFound(tx, actor, await createDonor(tx, requestMeta(request), actor, request.body)));
      return reply.status(201).send(donor);
    },
  });

  r.get('/api/donors/:id', {
    config: { access: { resource: 'donors', action: 'read' } },
    schema: { tags, params: uuidParam, response: { 200: donorSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => donorOrNotFound(tx, actor, request.params.id));
    },
  });

  r.put('/api/donors/:id', {
    config: { access: { resource: 'donors', action: 'manage' } },
    schema: { tags, params: uuidParam, body: donorInputSchema, response: { 200: donorSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        await updateDonor(tx, requestMeta(request), request.params.id, request.body);
        return donorOrNotFound(tx, actor, request.params.id);
      });
    },
  });

  r.delete('/api/donors/:id', {
    config: { access: { resource: 'donors', action: 'manage' } },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => deleteDonor(tx, requestMeta(request), request.params.id));
      return reply.status(204).send();
    },
  });

  r.post('/api/donors/:id/supports', {
    config: { access: { resource: 'donors', action: 'manage' } },
    schema: { tags, params: uuidParam, body: supportInputSchema, response: { 201: donorSchema } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const donor = await inTransaction(ctx.db, actor, async (tx) => {
        await addSupport(tx, requestMeta(request), actor, request.params.id, request.body);
        return donorOrNotFound(tx, actor, request.params.id);
      });
      return reply.status(201).send(donor);
    },
  });

  r.put('/api/supports/:id', {
    config: { access: { resource: 'donors', action: 'manage' } },
    schema: { tags, params: uuidParam, body: supportInputSchema, response: { 200: donorSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => donorOrNotFound(tx, actor, await updateSupport(tx, requestMeta(request), request.params.id, request.body)));
    },
  });

  r.delete('/api/supports/:id', {
    config: { access: { resource: 'donors', action: 'manage' } },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => deleteSupport(tx, requestMeta(request), request.params.id));
      return reply.status(204).send();
    },
  });

  // Needs next to offers for one reporting period; the needs' filters as on the needs list.
  r.get('/api/resources', {
    config: { access: { resource: 'donors', action: 'viewResources' } },
    schema: {
      tags,
      querystring: z.object({
        periodId: z.uuid(),
        organisationId: z.uuid().optional(),
        kind: needKindSchema.optional(),
        section: z.string().trim().min(1).max(50).optional(),
      }),
      response: { 200: resourcesSchema },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { periodId, ...filter } = request.query;
      return inTransaction(ctx.db, actor, (tx) => resourcesOf(tx, actor, periodId, filter));
    },
  });

  r.post('/api/resources/matches', {
    config: { access: { resource: 'donors', action: 'match' } },
    schema: { tags, body: matchInputSchema, response: { 201: z.object({ id: z.string() }) } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => matchNeed(tx, requestMeta(request), actor, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.delete('/api/resources/matches/:id', {
    config: { access: { resource: 'donors', action: 'match' } },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => unmatchNeed(tx, requestMeta(request), request.params.id));
      return reply.status(204).send();
    },
  });
}
