import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { sendProblem } from '../http/problem.js';
import { RETRY_AFTER_SECONDS } from '../db/unavailable.js';
import { typed } from '../http/routing.js';

export function healthRoutes(app: FastifyInstance, ctx: AppContext, state: { shuttingDown: boolean }) {
  const r = typed(app);
  r.get('/healthz', {
    config: { access: { public: true } },
    schema: { tags: ['operations'], response: { 200: z.object({ status: z.literal('ok') }) } },
    handler: async () => ({ status: 'ok' as const }),
  });

  r.get('/readyz', {
    config: { access: { public: true } },
    schema: { tags: ['operations'], response: { 200: z.object({ status: z.literal('ready'), database: z.string(), migrations: z.number() }) } },
    handler: async (request, reply) => {
      if (state.shuttingDown) return sendProblem(request, reply, 'UNAVAILABLE');
      try {
        const result = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(ctx.db.owner);
        return { status: 'ready' as const, database: ctx.db.kind, migrations: result.rows[0]?.n ?? 0 };
      } catch (error) {
        request.log.error({ err: error }, 'readiness check failed');
        reply.header('retry-after', RETRY_AFTER_SECONDS);
        return sendProblem(request, reply, 'UNAVAILABLE');
      }
    },
  });
}
