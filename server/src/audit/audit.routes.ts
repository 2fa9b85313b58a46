import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { recordAudit } from './audit.repository.js';
import { calendarDay, pagingQuery, typed } from '../http/routing.js';
import { listAuditEntries } from './audit-query.repository.js';

const day = calendarDay;

const entrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  user: z.object({ id: z.string(), login: z.string(), fullName: z.string() }).nullable(),
  organisation: z.object({ id: z.string(), shortName: z.string() }).nullable(),
  role: z.string().nullable(),
  action: z.string(),
  resource: z.string(),
  recordId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  typed(app).get('/api/audit', {
    config: { access: { resource: 'audit', action: 'list' } },
    schema: {
      tags: ['audit'],
      querystring: z.object({
        from: day.optional(),
        to: day.optional(),
        userId: z.uuid().optional(),
        organisationId: z.uuid().optional(),
        action: z.string().trim().max(100).optional(),
        resource: z.string().trim().max(100).optional(),
        recordId: z.string().trim().max(100).optional(),
        ...pagingQuery,
      }),
      response: { 200: z.object({ items: z.array(entrySchema), total: z.number(), page: z.number(), pageSize: z.number() }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { page, pageSize, ...filters } = request.query;
      // Looking at the trail is itself on the trail.
      const { items, total } = await inTransaction(ctx.db, actor, async (tx) => {
        await recordAudit(tx, requestMeta(request), { action: 'audit.read', resource: 'audit', details: { filters, page } });
        return listAuditEntries(tx, request.query);
      });
      return {
        items: items.map((row) => ({
          seq: row.seq,
          at: row.at.toISOString(),
          user: row.user_id && row.user_login ? { id: row.user_id, login: row.user_login, fullName: row.user_full_name ?? '' } : null,
          organisation: row.organisation_id && row.organisation_short_name ? { id: row.organisation_id, shortName: row.organisation_short_name } : null,
          role: row.role,
          action: row.action,
          resource: row.resource,
          recordId: row.record_id,
          ip: row.ip,
          requestId: row.request_id,
          details: row.details,
        })),
        total,
        page,
        pageSize,
      };
    },
  });
}
