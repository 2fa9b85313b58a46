import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import { accountRoutes } from './account/account.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { securityPlugin } from './auth/security.plugin.js';
import { webDistDir } from './config/paths.js';
import type { AppContext } from './http/context.js';
import type { RouteAccess } from './policies/policy.js';
import { installProblemHandlers, sendProblem } from './http/problem.js';
import { acceptBinaryUploads } from './http/uploads.js';
import { validatorCompiler } from './http/text-input.js';
import { healthRoutes } from './ops/health.routes.js';
import { organisationRoutes } from './organisations/organisations.routes.js';
import { userRoutes } from './users/users.routes.js';
import { planRoutes } from './plans/plans.routes.js';
import { measureRoutes } from './plans/measures.routes.js';
import { planImportRoutes } from './plans/plan-imports.routes.js';
import { reportRoutes } from './reports/reports.routes.js';
import { reportImportRoutes } from './reports/report-import.routes.js';
import { consolidatedReportRoutes } from './reports/consolidated/consolidated.routes.js';
import { reportDashboardRoutes } from './reports/dashboard/dashboard.routes.js';
import { attachmentRoutes } from './reports/attachments/attachments.routes.js';
import { eventRoutes } from './events/events.routes.js';
import { donorRoutes } from './donors/donors.routes.js';
import { notificationRoutes } from './notifications/notifications.routes.js';
import { caseRoutes } from './cases/cases.routes.js';
import { caseAccessRoutes } from './cases/access/case-access.routes.js';
import { placementRoutes, shelterRoutes } from './shelters/shelters.routes.js';
import { careRoutes } from './care/care.routes.js';
import { compensationRoutes } from './compensation/compensation.routes.js';
import { repatriationRoutes } from './repatriation/repatriation.routes.js';
import { protectionRoutes } from './protection/protection.routes.js';
import { childrenRoutes } from './children/children.routes.js';
import { caseTimelineRoutes } from './cases/timeline/timeline.routes.js';
import { referralRoutes } from './referrals/referrals.routes.js';
import { taskRoutes } from './tasks/tasks.routes.js';
import { statisticsRoutes } from './statistics/statistics.routes.js';
import { hotlineRoutes } from './hotline/hotline.routes.js';
import { monitoringRoutes } from './indicators/routes.js';
import { meetingRoutes } from './meetings/meetings.routes.js';
import { actionItemRoutes } from './meetings/action-items.routes.js';

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

export interface BuiltApp {
  app: FastifyInstance;
  state: { shuttingDown: boolean };
  /** Every route as registered, for the authorization meta-test. */
  routes: RegisteredRoute[];
}

/** Request and response logging without bodies, cookies or query strings (they may hold personal data). */
function loggerOptions(ctx: AppContext): FastifyServerOptions['logger'] {
  if (ctx.config.LOG_LEVEL === 'silent') return false;
  return {
    level: ctx.config.LOG_LEVEL,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], remove: true },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
    },
  };
}

/**
 * Whether the client reached us over https: the socket's protocol, or behind the trusted proxy the
 * last X-Forwarded-Proto (read here too, because the router's own errors come before Fastify applies trustProxy).
 */
function overHttps(request: FastifyRequest, trustProxy: boolean): boolean {
  if (request.protocol === 'https') return true;
  const forwarded = request.headers['x-forwarded-proto'];
  return trustProxy && typeof forwarded === 'string' && forwarded.split(',').at(-1)?.trim() === 'https';
}

/** The headers of every response: its request id, and what the browser must not do with it. */
function responseHeaders(request: FastifyRequest, reply: FastifyReply, trustProxy: boolean): FastifyReply {
  reply.header('x-request-id', request.id);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'same-origin');
  reply.header('x-frame-options', 'DENY');
  reply.header(
    'content-security-policy',
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  );
  if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  // Over https (directly, or through the proxy TRUST_PROXY trusts): the browser must not come back over plain http.
  if (overHttps(request, trustProxy)) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  return reply;
}

/** `webDir` is where the built client is served from (tests give a directory of their own). */
export async function buildApp(ctx: AppContext, options: { serveWeb?: boolean; webDir?: string } = {}): Promise<BuiltApp> {
  const state = { shuttingDown: false };
  const routes: RegisteredRoute[] = [];
  const app = Fastify({
    logger: loggerOptions(ctx),
    bodyLimit: ctx.config.BODY_LIMIT_BYTES,
    // One reverse proxy, the peer we talk to: the client is the last address it added to X-Forwarded-For,
    // not the first, which the client may have written itself.
    trustProxy: ctx.config.TRUST_PROXY ? (_address: string, hop: number) => hop === 0 : false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
    // What the router refuses before any route (a broken percent-encoding, an overlong parameter) answers like every other failure.
    frameworkErrors: (_error, request, reply) => sendProblem(request, responseHeaders(request, reply, ctx.config.TRUST_PROXY), 'MALFORMED_REQUEST'),
  });
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access: route.config?.access });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    responseHeaders(request, reply, ctx.config.TRUST_PROXY);
  });
  installProblemHandlers(app);

  await app.register(swagger, {
    openapi: { info: { title: 'Koordinator API', version: '1.0.0' }, servers: [] },
    transform: jsonSchemaTransform,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false, errorResponseBuilder: (_req, context) => Object.assign(new Error('rate limited'), { statusCode: context.statusCode }) });
  await app.register(securityPlugin, { ctx });

  app.get('/api/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, async () => app.swagger());
  acceptBinaryUploads(app);
  healthRoutes(app, ctx, state);
  authRoutes(app, ctx);
  accountRoutes(app, ctx);
  organisationRoutes(app, ctx);
  userRoutes(app, ctx);
  auditRoutes(app, ctx);
  planRoutes(app, ctx);
  measureRoutes(app, ctx);
  planImportRoutes(app, ctx);
  reportRoutes(app, ctx);
  reportImportRoutes(app, ctx);
  consolidatedReportRoutes(app, ctx);
  attachmentRoutes(app, ctx);
  notificationRoutes(app, ctx);
  caseRoutes(app, ctx);
  caseAccessRoutes(app, ctx);
  shelterRoutes(app, ctx);
  placementRoutes(app, ctx);
  careRoutes(app, ctx);
  repatriationRoutes(app, ctx);
  compensationRoutes(app, ctx);
  protectionRoutes(app, ctx);
  childrenRoutes(app, ctx);
  caseTimelineRoutes(app, ctx);
  referralRoutes(app, ctx);
  taskRoutes(app, ctx);
  reportDashboardRoutes(app, ctx);
  eventRoutes(app, ctx);
  donorRoutes(app, ctx);
  statisticsRoutes(app, ctx);
  hotlineRoutes(app, ctx);
  monitoringRoutes(app, ctx);
  meetingRoutes(app, ctx);
  actionItemRoutes(app, ctx);
  const webDir = options.webDir ?? webDistDir;
  if (options.serveWeb && existsSync(webDir)) await app.register(webAssets, { root: webDir });
  return { app, state, routes };
}

/** The built web client: public files, and the single page for every client-side route. */
async function webAssets(app: FastifyInstance, { root }: { root: string }) {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: { public: true } };
    route.schema = { ...route.schema, hide: true };
  });
  await app.register(fastifyStatic, { root, wildcard: false, index: false, maxAge: '1h' });
  app.get('/*', async (request, reply) => {
    if (request.url.startsWith('/api/')) return sendProblem(request, reply, 'ROUTE_NOT_FOUND');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
