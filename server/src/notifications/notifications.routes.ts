import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, type AppContext } from '../http/context.js';
import { typed } from '../http/routing.js';
import { markRead, notificationsOf, unreadCount } from './notifications.repository.js';

const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(['report_due_soon', 'report_late', 'entry_returned', 'referral_received', 'referral_declined', 'referral_overdue']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  createdAt: z.string(),
  read: z.boolean(),
});

/** A user's own notifications: nobody reads another's. */
export function notificationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['account'];

  r.get('/api/notifications', {
    config: { access: { resource: 'account', action: 'readNotifications' } },
    schema: { tags, response: { 200: z.object({ items: z.array(notificationSchema), unread: z.number() }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        const [rows, unread] = await Promise.all([notificationsOf(tx, actor.userId), unreadCount(tx, actor.userId)]);
        return {
          items: rows.map((row) => ({ id: row.id, kind: row.kind, params: row.params, createdAt: row.created_at.toISOString(), read: row.read_at !== null })),
          unread,
        };
      });
    },
  });

  r.post('/api/notifications/read', {
    config: { access: { resource: 'account', action: 'readNotifications' } },
    schema: { tags, body: z.object({ ids: z.array(z.uuid()).max(200).optional() }), response: { 200: z.object({ updated: z.number() }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      return { updated: await inTransaction(ctx.db, actor, (tx) => markRead(tx, actor.userId, request.body.ids)) };
    },
  });
}
