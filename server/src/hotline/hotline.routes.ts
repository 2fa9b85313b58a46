import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { pagingQuery, typed, uuidParam } from '../http/routing.js';
import { hotlinePolicy } from '../policies/hotline.js';
import { addCallback, callbackList, closeCallback, handover } from './callbacks.service.js';
import {
  callbackFilters, callbackInput, contactFilters, contactInput, contactReferralInput, contactUpdateInput, handoverQuery, knownCallerInput, metricsQuery,
} from './hotline-input.js';
import { presentContactSummary } from './hotline.presenter.js';
import { listContacts } from './hotline.repository.js';
import { consoleInfo, contactsOfCase, createContact, knownCaller, readContact, referContact, updateContact } from './hotline.service.js';
import { hotlineMetrics, metricsRange } from './metrics.js';

const ok = z.object({ ok: z.literal(true) });

export function hotlineRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['hotline'];
  const services = { vault: ctx.vault };

  r.get('/api/hotline/console', {
    config: { access: { resource: 'hotline', action: 'console' } },
    schema: { tags },
    handler: async (request) => {
      const actor = actorOf(request);
      const info = await inTransaction(ctx.db, actor, (tx) => consoleInfo(tx, actor));
      const abilities = Object.fromEntries(Object.entries(hotlinePolicy.actions).map(([action, rule]) => [action, rule(actor)]));
      return { ...info, abilities };
    },
  });

  r.get('/api/hotline/contacts', {
    config: { access: { resource: 'hotline', action: 'console' } },
    schema: { tags, querystring: contactFilters.extend(pagingQuery) },
    handler: async (request) => {
      const actor = actorOf(request);
      const { open, mine, ...filter } = request.query;
      return inTransaction(ctx.db, actor, async (tx) => {
        const { items, total } = await listContacts(tx, actor.organisationId, {
          ...filter, open: open === undefined ? undefined : open === 'true', operatorId: mine ? actor.userId : undefined,
        });
        return { items: items.map(presentContactSummary), total };
      });
    },
  });

  r.post('/api/hotline/contacts', {
    config: { access: { resource: 'hotline', action: 'create' } },
    schema: { tags, body: contactInput, response: { 201: z.object({ id: z.uuid(), reference: z.string(), revision: z.number() }) } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const created = await inTransaction(ctx.db, actor, (tx) => createContact(tx, services, requestMeta(request), actor, request.body));
      return reply.status(201).send(created);
    },
  });

  r.get('/api/hotline/contacts/:id', {
    config: { access: { resource: 'hotline', action: 'read' } },
    schema: { tags, params: uuidParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => readContact(tx, services, requestMeta(request), actor, request.params.id));
    },
  });

  r.put('/api/hotline/contacts/:id', {
    config: { access: { resource: 'hotline', action: 'edit' } },
    schema: { tags, params: uuidParam, body: contactUpdateInput, response: { 200: z.object({ revision: z.number() }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      const { revision, ...input } = request.body;
      return inTransaction(ctx.db, actor, (tx) => updateContact(tx, services, requestMeta(request), actor, request.params.id, revision, input));
    },
  });

  r.post('/api/hotline/contacts/:id/referral', {
    config: { access: { resource: 'hotline', action: 'refer' } },
    schema: {
      tags, params: uuidParam, body: contactReferralInput,
      response: { 201: z.object({ caseId: z.uuid(), caseReference: z.string(), referralId: z.uuid(), createdCase: z.boolean(), revision: z.number() }) },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const result = await inTransaction(ctx.db, actor, (tx) => referContact(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send(result);
    },
  });

  // POST so that the number travels in the body, never in an address that proxies and logs keep.
  r.post('/api/hotline/known-caller', {
    config: { access: { resource: 'hotline', action: 'console' } },
    schema: { tags, body: knownCallerInput },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => knownCaller(tx, services, requestMeta(request), actor, request.body.phone, request.body.contactId));
    },
  });

  r.get('/api/hotline/callbacks', {
    config: { access: { resource: 'hotline', action: 'console' } },
    schema: { tags, querystring: callbackFilters },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => callbackList(tx, services, requestMeta(request), actor, { status: request.query.status, mine: request.query.mine === 'true' }));
    },
  });

  r.post('/api/hotline/contacts/:id/callbacks', {
    config: { access: { resource: 'hotline', action: 'callbacks' } },
    schema: { tags, params: uuidParam, body: callbackInput, response: { 201: z.object({ id: z.uuid() }) } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => addCallback(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.post('/api/hotline/callbacks/:id/status', {
    config: { access: { resource: 'hotline', action: 'callbacks' } },
    schema: { tags, params: uuidParam, body: z.object({ status: z.enum(['done', 'not_done']) }), response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => closeCallback(tx, services, requestMeta(request), actor, request.params.id, request.body.status));
      return { ok: true as const };
    },
  });

  r.get('/api/hotline/handover', {
    config: { access: { resource: 'hotline', action: 'console' } },
    schema: { tags, querystring: handoverQuery },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => handover(tx, services, requestMeta(request), actor, request.query.hours));
    },
  });

  r.get('/api/hotline/metrics', {
    config: { access: { resource: 'hotline', action: 'console' } },
    schema: { tags, querystring: metricsQuery },
    handler: async (request) => {
      const actor = actorOf(request);
      const range = metricsRange(request.query.from, request.query.to);
      return inTransaction(ctx.db, actor, (tx) => hotlineMetrics(tx, actor.organisationId, range));
    },
  });

  r.get('/api/cases/:id/hotline-contacts', {
    config: { access: { resource: 'hotline', action: 'caseContacts' } },
    schema: { tags, params: uuidParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => contactsOfCase(tx, actor, request.params.id));
    },
  });
}
