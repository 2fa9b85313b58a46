import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { accountRoutes } from './account/account.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { securityPlugin } from './auth/security.plugin.js';
import { webDistDir } from './config/paths.js';
import type { AppContext } from './http/context.js';
import type { RouteAccess } from './policies/policy.js';
import { installProblemHandlers, sendProblem } from './http/problem.js';
import { acceptBinaryUploads } from './http/uploads.js';
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
import { notificationRoutes } from './notifications/notifications.routes.js';

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

export async function buildApp(ctx: AppContext, options: { serveWeb?: boolean } = {}): Promise<BuiltApp> {
  const state = { shuttingDown: false };
  const routes: RegisteredRoute[] = [];
  const app = Fastify({
    logger: loggerOptions(ctx),
    bodyLimit: ctx.config.BODY_LIMIT_BYTES,
    trustProxy: ctx.config.TRUST_PROXY,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
  });
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access: route.config?.access });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
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
  reportDashboardRoutes(app, ctx);
  if (options.serveWeb && existsSync(webDistDir)) await app.register(webAssets);
  return { app, state, routes };
}

/** The built web client: public files, and the single page for every client-side route. */
async function webAssets(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: { public: true } };
    route.schema = { ...route.schema, hide: true };
  });
  await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: false, maxAge: '1h' });
  app.get('/*', async (request, reply) => {
    if (request.url.startsWith('/api/')) return sendProblem(request, reply, 'ROUTE_NOT_FOUND');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
