import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CASE_PARTS } from '../../../../common/src/case-parts.js';
import { recordAudit } from '../../audit/audit.repository.js';
import { inTransaction } from '../../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../../http/context.js';
import { typed, uuidParam } from '../../http/routing.js';
import { caseTimeline } from './timeline.service.js';

const eventSchema = z.object({
  id: z.string(),
  at: z.string(),
  allDay: z.boolean(),
  kind: z.string(),
  part: z.enum(CASE_PARTS).nullable(),
  body: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

/** A case's timeline: contacts, referrals, decisions, placements, services, proceedings, as the caller may see them. */
export function caseTimelineRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);

  r.get('/api/cases/:id/timeline', {
    config: { access: { resource: 'cases', action: 'read' } },
    schema: { tags: ['cases'], params: uuidParam, response: { 200: z.object({ items: z.array(eventSchema), parts: z.array(z.enum(CASE_PARTS)), failed: z.array(z.string()) }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        const timeline = await caseTimeline(tx, ctx.vault, actor, request.params.id, undefined, (source, error) => request.log.error({ err: error, source }, 'timeline source failed'));
        // A view of the case like any other: recorded with the parts shown.
        await recordAudit(tx, requestMeta(request), { action: 'case.timeline_view', resource: 'case', recordId: request.params.id, details: { parts: timeline.parts, events: timeline.items.length } });
        return timeline;
      });
    },
  });
}
