import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction, type Tx } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { notFound } from '../http/problem.js';
import { pagingQuery, typed, uuidParam } from '../http/routing.js';
import { eventsPolicy } from '../policies/events.js';
import type { Actor } from '../policies/policy.js';
import { AUDIENCES, EVENT_GROUPS, EVENT_KINDS, evaluationInputSchema, eventInputSchema, eventUpdateSchema, type AssessmentInput, type EventKind } from './event-content.js';
import { eventTotals, summariseEvaluations, type Answers } from './event-totals.js';
import { eventSchema, eventSummarySchema, evaluationSummarySchema, presentEvent, presentEventSummaries } from './events.presenter.js';
import { evaluationsMatching, findEvent, listEvents, totalsRows } from './events.repository.js';
import { addEvaluation, createEvent, deleteEvaluation, deleteEvent, updateEvent } from './events.service.js';
import { knowledgeGain } from './knowledge-gain.js';
import { listLinkable } from './event-links.repository.js';

/** The picker of events to link an activity to shows the newest; words narrow it. */
const LINKABLE_LIMIT = 30;

/** The register's filters, shared by the list and the totals (and kept in the client's URL). */
const filterQuery = {
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  group: z.enum(EVENT_GROUPS).optional(),
  audience: z.enum(AUDIENCES).optional(),
  organiserId: z.uuid().optional(),
  measureId: z.uuid().optional(),
  section: z.string().trim().min(1).max(20).optional(),
  q: z.string().trim().max(200).optional(),
};

const figures = {
  events: z.number(),
  participants: z.number(),
  women: z.number(),
  men: z.number(),
  reach: z.number(),
  withoutParticipants: z.number(),
  trainings: z.number(),
  awareness: z.number(),
};

export const totalsSchema = z.object({
  all: z.object(figures),
  byYear: z.array(z.object({ year: z.number(), ...figures })),
  byAudience: z.array(z.object({ audience: z.enum(AUDIENCES), ...figures })),
  withoutAudience: z.object(figures),
  byOrganiser: z.array(z.object({ organisation: z.object({ id: z.string(), shortName: z.string(), nameAz: z.string() }), ...figures })),
  byKind: z.array(z.object({ kind: z.enum(EVENT_KINDS), ...figures })),
  knowledge: z.object({ trainings: z.number(), tested: z.number(), meanNormalisedGain: z.number().nullable() }),
  evaluation: evaluationSummarySchema,
});

async function eventOrNotFound(tx: Tx, actor: Actor, id: string) {
  const row = await findEvent(tx, id);
  if (!row) throw notFound();
  return presentEvent(tx, actor, row);
}

export function eventRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['events'];

  r.get('/api/events', {
    config: { access: { resource: 'events', action: 'list' } },
    schema: {
      tags,
      querystring: z.object({ ...filterQuery, ...pagingQuery }),
      response: { 200: z.object({ items: z.array(eventSummarySchema), total: z.number(), page: z.number(), pageSize: z.number(), abilities: z.object({ create: z.boolean() }) }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { page, pageSize, ...filter } = request.query;
      return inTransaction(ctx.db, actor, async (tx) => {
        const { rows, total } = await listEvents(tx, filter, { page, pageSize });
        return { items: await presentEventSummaries(tx, actor, rows), total, page, pageSize, abilities: { create: eventsPolicy.actions.create(actor) } };
      });
    },
  });

  r.get('/api/events/totals', {
    config: { access: { resource: 'events', action: 'totals' } },
    schema: { tags, querystring: z.object(filterQuery), response: { 200: totalsSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        const [rows, evaluations] = await Promise.all([totalsRows(tx, request.query), evaluationsMatching(tx, request.query)]);
        const totals = eventTotals(
          rows.map((row) => ({
            year: row.year,
            kind: row.kind as EventKind,
            organiser: { id: row.organiser_id, shortName: row.organiser_short_name, nameAz: row.organiser_name_az },
            audiences: row.audiences,
            participants: row.participants,
            women: row.women,
            men: row.men,
            reach: row.reach,
            gain: knowledgeGain(row.assessment as AssessmentInput | null),
          })),
        );
        return { ...totals, evaluation: summariseEvaluations(evaluations as Answers[]) };
      });
    },
  });

  r.get('/api/events/linkable', {
    config: { access: { resource: 'events', action: 'link' } },
    schema: { tags, querystring: z.object({ year: filterQuery.year, q: filterQuery.q }), response: { 200: z.object({ items: z.array(eventSummarySchema) }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => ({ items: await presentEventSummaries(tx, actor, await listLinkable(tx, actor.organisationId, request.query, LINKABLE_LIMIT)) }));
    },
  });

  r.get('/api/events/:id', {
    config: { access: { resource: 'events', action: 'read' } },
    schema: { tags, params: uuidParam, response: { 200: eventSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => eventOrNotFound(tx, actor, request.params.id));
    },
  });

  r.post('/api/events', {
    config: { access: { resource: 'events', action: 'create' } },
    schema: { tags, body: eventInputSchema, response: { 201: eventSchema } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const event = await inTransaction(ctx.db, actor, async (tx) => eventOrNotFound(tx, actor, await createEvent(tx, requestMeta(request), actor, request.body)));
      return reply.status(201).send(event);
    },
  });

  r.put('/api/events/:id', {
    config: { access: { resource: 'events', action: 'edit' } },
    schema: { tags, params: uuidParam, body: eventUpdateSchema, response: { 200: eventSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const { revision, ...input } = request.body;
      return inTransaction(ctx.db, actor, async (tx) => {
        await updateEvent(tx, requestMeta(request), actor, request.params.id, revision, input);
        return eventOrNotFound(tx, actor, request.params.id);
      });
    },
  });

  r.delete('/api/events/:id', {
    config: { access: { resource: 'events', action: 'delete' } },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => deleteEvent(tx, requestMeta(request), actor, request.params.id));
      return reply.status(204).send();
    },
  });

  r.post('/api/events/:id/evaluations', {
    config: { access: { resource: 'events', action: 'evaluate' } },
    schema: { tags, params: uuidParam, body: evaluationInputSchema, response: { 201: eventSchema } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const event = await inTransaction(ctx.db, actor, async (tx) => {
        await addEvaluation(tx, requestMeta(request), actor, request.params.id, request.body);
        return eventOrNotFound(tx, actor, request.params.id);
      });
      return reply.status(201).send(event);
    },
  });

  r.delete('/api/events/:id/evaluations/:evaluationId', {
    config: { access: { resource: 'events', action: 'edit' } },
    schema: { tags, params: z.object({ id: z.uuid(), evaluationId: z.uuid() }), response: { 200: eventSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        await deleteEvaluation(tx, requestMeta(request), actor, request.params.id, request.params.evaluationId);
        return eventOrNotFound(tx, actor, request.params.id);
      });
    },
  });
}

