import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isRole } from '../../../common/src/roles.js';
import { inTransaction } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { sendProblem } from '../http/problem.js';
import { ALLOWED_BEFORE_PASSWORD_CHANGE } from '../policies/account.js';
import { POLICIES } from '../policies/index.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, newToken, sameSecret, sessionIdOf, setCsrfCookie, clearSessionCookie } from './session-cookie.js';
import { deleteSession, findSessionWithUser, touchSession } from './sessions.repository.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writing last-seen on every request would turn reads into writes; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

async function loadSession(ctx: AppContext, request: FastifyRequest, token: string) {
  const id = sessionIdOf(token);
  const now = new Date();
  const idleLimit = ctx.config.SESSION_IDLE_MINUTES * 60_000;
  return inTransaction(ctx.db, null, async (tx) => {
    const found = await findSessionWithUser(tx, id);
    if (!found) return null;
    const idle = now.getTime() - found.lastSeenAt.getTime() > idleLimit;
    if (idle || found.expiresAt < now || !found.active || !isRole(found.role)) {
      await deleteSession(tx, id);
      return null;
    }
    if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(tx, id, now);
    return { ...found, role: found.role };
  });
}

function originMatchesHost(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Authentication, CSRF protection and authorization for every route, in the order the request
 * path requires: who is calling (onRequest) → is the write genuine (onRequest) → is the caller
 * logged in (preValidation) → body validated by the route schema → may they do this (preHandler).
 */
async function security(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.decorateRequest('actor', null);
  app.decorateRequest('pendingSession', null);

  app.addHook('onRequest', async (request, reply) => {
    const csrfCookie = request.cookies[CSRF_COOKIE];
    if (!csrfCookie) setCsrfCookie(ctx.config, request, reply, newToken());
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (!csrfCookie || typeof header !== 'string' || !sameSecret(header, csrfCookie) || !originMatchesHost(request)) {
        return sendProblem(request, reply, 'CSRF_INVALID');
      }
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await loadSession(ctx, request, token);
    if (!session) {
      clearSessionCookie(reply);
      return;
    }
    if (session.stage === 'active') {
      request.actor = {
        userId: session.userId,
        login: session.login,
        fullName: session.fullName,
        organisationId: session.organisationId,
        role: session.role,
        mustChangePassword: session.mustChangePassword,
        sessionId: session.sessionId,
      };
    } else {
      request.pendingSession = { sessionId: session.sessionId, userId: session.userId, stage: session.stage, pendingTotpSecret: session.pendingTotpSecret };
    }
  });

  app.addHook('preValidation', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (request.is404 || !access || 'public' in access) return;
    if (!request.actor) {
      return sendProblem(request, reply, request.pendingSession ? 'AUTH_SECOND_FACTOR_PENDING' : 'AUTH_REQUIRED');
    }
  });

  app.addHook('preHandler', async (request, reply) => {
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (!access) {
      request.log.error({ route: request.routeOptions.url }, 'route without an access declaration: denied');
      return sendProblem(request, reply, 'FORBIDDEN');
    }
    if ('public' in access) return;
    const actor = request.actor!;
    const rule = POLICIES[access.resource]?.actions[access.action];
    if (!rule || !rule(actor)) return sendProblem(request, reply, 'FORBIDDEN');
    if (actor.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(`${access.resource}.${access.action}`)) {
      return sendProblem(request, reply, 'AUTH_PASSWORD_CHANGE_REQUIRED');
    }
  });
}

export const securityPlugin = fp(security, { name: 'koordinator-security' });
