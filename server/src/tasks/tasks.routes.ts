import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, type AppContext } from '../http/context.js';
import { typed } from '../http/routing.js';
import { collectTasks } from './tasks.service.js';

const taskSchema = z.object({
  kind: z.string(),
  id: z.string(),
  severity: z.enum(['overdue', 'urgent', 'normal']),
  since: z.string(),
  dueAt: z.string().nullable(),
  link: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

/** What needs the caller now, from every task provider (server/src/tasks/registry.ts). */
export function taskRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);

  r.get('/api/tasks', {
    config: { access: { resource: 'tasks', action: 'read' } },
    schema: { tags: ['tasks'], response: { 200: z.object({ items: z.array(taskSchema), failed: z.array(z.string()), at: z.string() }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      const now = new Date();
      const result = await inTransaction(ctx.db, actor, (tx) =>
        collectTasks(tx, actor, now, ctx.config, undefined, (provider, error) => request.log.error({ err: error, provider }, 'task provider failed')),
      );
      return { ...result, at: now.toISOString() };
    },
  });
}
