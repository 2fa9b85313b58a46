import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../../db/database.js';
import { attachmentDisposition } from '../../http/download.js';
import { actorOf, requestMeta, type AppContext } from '../../http/context.js';
import { text, typed, uuidParam } from '../../http/routing.js';
import { indicatorsPolicy } from '../../policies/indicators.js';
import { listDrafts } from './drafts.repository.js';
import { draftDocx } from './draft-docx.js';
import {
  addDraftItem,
  buildDraft,
  changeDraft,
  changeDraftItem,
  draftCandidates,
  draftDetail,
  draftForExport,
  moveDraftItem,
  removeDraft,
  removeDraftItem,
} from './drafts.service.js';

const year = z.number().int().min(2000).max(2100).nullable();
const itemBody = z.object({ sectionId: z.uuid(), text: text(10_000), executors: z.string().trim().max(2000).default(''), periodText: z.string().trim().max(100).default('') });
const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
const statusSchema = z.enum(['not_started', 'in_progress', 'done', 'continuing']);

const draftSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  periodFrom: z.number().nullable(),
  periodTo: z.number().nullable(),
  basedOn: z.object({ id: z.string(), title: z.string() }).nullable(),
  itemCount: z.number(),
  updatedAt: z.string(),
});

const draftSchema = z.object({
  id: z.string(),
  title: z.string(),
  periodFrom: z.number().nullable(),
  periodTo: z.number().nullable(),
  basedOn: z.object({ id: z.string(), title: z.string() }).nullable(),
  revision: z.number(),
  updatedAt: z.string(),
  sections: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      items: z.array(
        z.object({
          id: z.string(),
          code: z.string(),
          text: z.string(),
          executors: z.string(),
          periodText: z.string(),
          origin: z.enum(['measure', 'recommendation', 'manual']),
          measure: z.object({ id: z.string(), code: z.string() }).nullable(),
          recommendation: z.object({ id: z.string(), code: z.string().nullable(), source: z.string() }).nullable(),
        }),
      ),
    }),
  ),
  abilities: z.object({ edit: z.boolean() }),
});

const candidatesSchema = z.object({
  plan: z.object({ id: z.string(), title: z.string() }).nullable(),
  plans: z.array(z.object({ id: z.string(), title: z.string() })),
  measures: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      text: z.string(),
      section: z.string(),
      periodText: z.string(),
      reasons: z.array(z.enum(['ongoing', 'not_done', 'not_reported'])),
      lastPeriod: z.object({ id: z.string(), year: z.number(), half: z.number().nullable() }).nullable(),
      statuses: z.array(statusSchema),
    }),
  ),
  recommendations: z.array(
    z.object({
      id: z.string(),
      code: z.string().nullable(),
      source: z.string(),
      theme: z.string(),
      text: z.string(),
      priority: z.enum(['high', 'medium', 'low']).nullable(),
      status: z.string(),
      votes: z.object({ survey: z.number().nullable(), seminar: z.number().nullable(), unplaced: z.number() }),
    }),
  ),
});

/** Drafts of the next plan: built from recommendations and unfinished measures, edited, exported to Word. */
export function draftPlanRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['draft plans'];
  const read = { resource: 'indicators', action: 'readDrafts' } as const;
  const edit = { resource: 'indicators', action: 'editDrafts' } as const;

  r.get('/api/draft-plans', {
    config: { access: read },
    schema: { tags, response: { 200: z.object({ items: z.array(draftSummarySchema), abilities: z.object({ create: z.boolean() }) }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      const rows = await inTransaction(ctx.db, actor, (tx) => listDrafts(tx));
      return {
        items: rows.map((d) => ({
          id: d.id,
          title: d.title,
          periodFrom: d.period_from,
          periodTo: d.period_to,
          basedOn: d.based_on_plan_id ? { id: d.based_on_plan_id, title: d.plan_title ?? '' } : null,
          itemCount: d.item_count,
          updatedAt: d.updated_at.toISOString(),
        })),
        abilities: { create: indicatorsPolicy.actions.editDrafts(actor) },
      };
    },
  });

  r.get('/api/draft-plans/candidates', {
    config: { access: read },
    schema: { tags, querystring: z.object({ planId: z.uuid().optional() }), response: { 200: candidatesSchema } },
    handler: async (request) => inTransaction(ctx.db, actorOf(request), (tx) => draftCandidates(tx, request.query.planId)),
  });

  r.post('/api/draft-plans', {
    config: { access: edit },
    schema: {
      tags,
      body: z.object({
        title: z.string().trim().max(500).default(''),
        planId: z.uuid().nullable(),
        periodFrom: year.default(null),
        periodTo: year.default(null),
        measureIds: z.array(z.uuid()).max(1000).default([]),
        recommendationIds: z.array(z.uuid()).max(1000).default([]),
      }),
      response: { 201: z.object({ id: z.string() }) },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => buildDraft(tx, requestMeta(request), actor, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.get('/api/draft-plans/:id', {
    config: { access: read },
    schema: { tags, params: uuidParam, response: { 200: draftSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const draft = await inTransaction(ctx.db, actor, (tx) => draftDetail(tx, request.params.id));
      return { ...draft, abilities: { edit: indicatorsPolicy.actions.editDrafts(actor) } };
    },
  });

  r.put('/api/draft-plans/:id', {
    config: { access: edit },
    schema: {
      tags,
      params: uuidParam,
      body: z.object({
        title: text(500),
        periodFrom: year,
        periodTo: year,
        sections: z.array(z.object({ id: z.uuid(), code: text(20), title: text(1000) })).max(100).default([]),
      }),
    },
    handler: async (request, reply) => {
      await inTransaction(ctx.db, actorOf(request), (tx) => changeDraft(tx, requestMeta(request), request.params.id, request.body));
      return reply.status(204).send();
    },
  });

  r.delete('/api/draft-plans/:id', {
    config: { access: edit },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      await inTransaction(ctx.db, actorOf(request), (tx) => removeDraft(tx, requestMeta(request), request.params.id));
      return reply.status(204).send();
    },
  });

  r.post('/api/draft-plans/:id/items', {
    config: { access: edit },
    schema: { tags, params: uuidParam, body: itemBody, response: { 201: z.object({ id: z.string() }) } },
    handler: async (request, reply) => {
      const id = await inTransaction(ctx.db, actorOf(request), (tx) => addDraftItem(tx, requestMeta(request), request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/draft-plans/:id/items/:itemId', {
    config: { access: edit },
    schema: { tags, params: itemParams, body: itemBody },
    handler: async (request, reply) => {
      await inTransaction(ctx.db, actorOf(request), (tx) => changeDraftItem(tx, requestMeta(request), request.params.id, request.params.itemId, request.body));
      return reply.status(204).send();
    },
  });

  r.post('/api/draft-plans/:id/items/:itemId/move', {
    config: { access: edit },
    schema: { tags, params: itemParams, body: z.object({ direction: z.enum(['up', 'down']) }) },
    handler: async (request, reply) => {
      await inTransaction(ctx.db, actorOf(request), (tx) => moveDraftItem(tx, requestMeta(request), request.params.id, request.params.itemId, request.body.direction));
      return reply.status(204).send();
    },
  });

  r.delete('/api/draft-plans/:id/items/:itemId', {
    config: { access: edit },
    schema: { tags, params: itemParams },
    handler: async (request, reply) => {
      await inTransaction(ctx.db, actorOf(request), (tx) => removeDraftItem(tx, requestMeta(request), request.params.id, request.params.itemId));
      return reply.status(204).send();
    },
  });

  r.get('/api/draft-plans/:id/export.docx', {
    config: { access: read },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      const draft = await inTransaction(ctx.db, actorOf(request), (tx) => draftForExport(tx, request.params.id));
      const file = await draftDocx(draft);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachmentDisposition(`${draft.title.replace(/[\\/:*?"<>|]+/g, '-')}.docx`))
        .send(file);
    },
  });
}
