import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { requestMeta } from '../http/context.js';
import { AppError, sendProblem } from '../http/problem.js';
import { typed } from '../http/routing.js';
import { recordAudit } from '../audit/audit.repository.js';
import { completeSecondFactor, loginWithPassword, type LoginOutcome } from './login.service.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { deleteSession, deleteUserSessions } from './sessions.repository.js';

const statusReply = z.object({
  status: z.enum(['ok', 'totp_required', 'totp_enrolment_required']),
  enrolment: z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() }).optional(),
});

function answer(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, outcome: LoginOutcome) {
  switch (outcome.kind) {
    case 'invalid':
      return sendProblem(request, reply, 'AUTH_INVALID_CREDENTIALS');
    case 'locked':
      reply.header('retry-after', Math.max(1, Math.ceil((outcome.until.getTime() - Date.now()) / 1000)));
      return sendProblem(request, reply, 'AUTH_LOCKED', [], { lockedUntil: outcome.until.toISOString() });
    case 'active':
      setSessionCookie(ctx.config, request, reply, outcome.token);
      return { status: 'ok' as const };
    case 'second_factor':
      setSessionCookie(ctx.config, request, reply, outcome.token);
      return { status: 'totp_required' as const };
    case 'enrolment':
      setSessionCookie(ctx.config, request, reply, outcome.token);
      return { status: 'totp_enrolment_required' as const, enrolment: outcome.enrolment };
  }
}

export function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const loginRateLimit = { max: 20, timeWindow: '1 minute' };

  r.post('/api/auth/login', {
    config: { access: { public: true }, rateLimit: loginRateLimit },
    schema: {
      tags: ['auth'],
      body: z.object({ login: z.string().trim().min(1).max(128), password: z.string().min(1).max(1024) }),
      response: { 200: statusReply },
    },
    handler: async (request, reply) => {
      const outcome = await inTransaction(ctx.db, null, (tx) =>
        loginWithPassword(ctx, tx, requestMeta(request), request.body.login, request.body.password, request.headers['user-agent'] ?? null),
      );
      return answer(ctx, request, reply, outcome);
    },
  });

  const codeBody = z.object({ code: z.string().trim().regex(/^\d{6}$/) });
  for (const [url, stage] of [['/api/auth/totp', 'second_factor'], ['/api/auth/totp/enrol', 'enrolment']] as const) {
    r.post(url, {
      config: { access: { public: true }, rateLimit: loginRateLimit },
      schema: { tags: ['auth'], body: codeBody, response: { 200: statusReply } },
      handler: async (request, reply) => {
        const pending = request.pendingSession;
        if (!pending || pending.stage !== stage) throw new AppError('AUTH_REQUIRED');
        const outcome = await inTransaction(ctx.db, null, (tx) =>
          completeSecondFactor(ctx, tx, requestMeta(request), pending, request.body.code, request.headers['user-agent'] ?? null),
        );
        if (outcome.kind === 'invalid') return sendProblem(request, reply, 'AUTH_TOTP_INVALID');
        return answer(ctx, request, reply, outcome);
      },
    });
  }

  r.post('/api/auth/logout', {
    config: { access: { resource: 'account', action: 'logout' } },
    schema: { tags: ['auth'] },
    handler: async (request, reply) => {
      const actor = request.actor!;
      await inTransaction(ctx.db, actor, async (tx) => {
        await deleteSession(tx, actor.sessionId);
        await recordAudit(tx, requestMeta(request), { action: 'session.logout', resource: 'user', recordId: actor.userId });
      });
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  });

  r.post('/api/auth/logout-all', {
    config: { access: { resource: 'account', action: 'logout' } },
    schema: { tags: ['auth'] },
    handler: async (request, reply) => {
      const actor = request.actor!;
      await inTransaction(ctx.db, actor, async (tx) => {
        const ended = await deleteUserSessions(tx, actor.userId);
        await recordAudit(tx, requestMeta(request), { action: 'session.logout_all', resource: 'user', recordId: actor.userId, details: { sessions: ended } });
      });
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  });
}
