import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bakuToday } from '../../../common/src/dates.js';
import { inTransaction, type Tx } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import { booleanQuery, pagingQuery, typed, uuidParam } from '../http/routing.js';
import type { Actor } from '../policies/policy.js';
import { ACTION_ITEM_STATUSES, actionItemEditInput, progressInput } from './meeting-input.js';
import { actionItemSchema, organisationRefSchema, presentActionItems } from './meetings.presenter.js';
import { findActionItem, listActionItems, overdueByOrganisation } from './meetings.repository.js';
import { ActionItemConflict, deleteActionItem, editActionItem, reportProgress } from './meetings.service.js';

async function actionItemOrNotFound(tx: Tx, actor: Actor, id: string, today: string) {
  const row = await findActionItem(tx, actor, id, today);
  if (!row) throw notFound();
  const [item] = await presentActionItems(tx, actor, [row]);
  return item!;
}

/**
 * Action items given by decisions: each body follows its own, the Coordinator's office all of
 * them, and overdue ones stay on the Coordinator's dashboard until they are done.
 */
export function actionItemRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['meetings'];

  /** A change of one action item; a stale revision answers with the stored item. */
  const write = async (actor: Actor, id: string, work: (tx: Tx, today: string) => Promise<unknown>) => {
    const today = bakuToday();
    try {
      return await inTransaction(ctx.db, actor, async (tx) => {
        await work(tx, today);
        return actionItemOrNotFound(tx, actor, id, today);
      });
    } catch (error) {
      if (!(error instanceof ActionItemConflict)) throw error;
      const current = await inTransaction(ctx.db, actor, (tx) => actionItemOrNotFound(tx, actor, error.actionItemId, today));
      throw new AppError('ACTION_ITEM_CONFLICT', [], { current });
    }
  };

  r.get('/api/action-items', {
    config: { access: { resource: 'meetings', action: 'listActionItems' } },
    schema: {
      tags,
      querystring: z.object({
        mine: booleanQuery.optional(),
        organisationId: z.uuid().optional(),
        status: z.enum(ACTION_ITEM_STATUSES).optional(),
        overdue: booleanQuery.optional(),
        measureId: z.uuid().optional(),
        meetingId: z.uuid().optional(),
        ...pagingQuery,
      }),
      response: { 200: z.object({ items: z.array(actionItemSchema), total: z.number(), page: z.number(), pageSize: z.number() }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { mine, ...query } = request.query;
      const filter = { ...query, organisationId: mine ? actor.organisationId : query.organisationId, today: bakuToday() };
      return inTransaction(ctx.db, actor, async (tx) => {
        const { rows, total } = await listActionItems(tx, actor, filter);
        return { items: await presentActionItems(tx, actor, rows), total, page: query.page, pageSize: query.pageSize };
      });
    },
  });

  r.get('/api/action-items/overdue', {
    config: { access: { resource: 'meetings', action: 'viewOverdue' } },
    schema: {
      tags,
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(10) }),
      response: {
        200: z.object({
          total: z.number(),
          /** The longest overdue first. */
          items: z.array(actionItemSchema),
          byOrganisation: z.array(z.object({ organisation: organisationRefSchema, count: z.number(), oldestDueOn: z.string() })),
        }),
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const today = bakuToday();
      return inTransaction(ctx.db, actor, async (tx) => {
        const [{ rows, total }, bodies] = await Promise.all([
          listActionItems(tx, actor, { overdue: true, today, page: 1, pageSize: request.query.limit }),
          overdueByOrganisation(tx, actor, today),
        ]);
        return {
          total,
          items: await presentActionItems(tx, actor, rows),
          byOrganisation: bodies.map((b) => ({
            organisation: { id: b.organisation_id, shortName: b.short_name, nameAz: b.name_az, nameRu: b.name_ru, nameEn: b.name_en },
            count: b.n,
            oldestDueOn: b.oldest_due_on,
          })),
        };
      });
    },
  });

  r.put('/api/action-items/:id/progress', {
    config: { access: { resource: 'meetings', action: 'reportProgress' } },
    schema: { tags, params: uuidParam, body: progressInput, response: { 200: actionItemSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return write(actor, request.params.id, (tx, today) => reportProgress(tx, requestMeta(request), actor, request.params.id, request.body, today));
    },
  });

  r.put('/api/action-items/:id', {
    config: { access: { resource: 'meetings', action: 'decide' } },
    schema: { tags, params: uuidParam, body: actionItemEditInput, response: { 200: actionItemSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return write(actor, request.params.id, (tx, today) => editActionItem(tx, requestMeta(request), actor, request.params.id, request.body, today));
    },
  });

  r.delete('/api/action-items/:id', {
    config: { access: { resource: 'meetings', action: 'decide' } },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => deleteActionItem(tx, requestMeta(request), actor, request.params.id, bakuToday()));
      return reply.status(204).send();
    },
  });
}
