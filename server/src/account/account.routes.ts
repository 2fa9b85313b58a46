import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LOCALES, ROLE_PERMISSIONS, requiresSecondFactor } from '../../../common/src/roles.js';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { AppError } from '../http/problem.js';
import { typed } from '../http/routing.js';
import { presentUser, userSchema } from '../users/users.presenter.js';
import { findVisibleUser } from '../users/users.repository.js';
import { changeOwnLocale, changeOwnPassword, confirmSecondFactorSetup, startSecondFactorSetup, turnOffSecondFactor } from './account.service.js';

const enrolmentSchema = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });

export function accountRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['account'];

  r.get('/api/session', {
    config: { access: { resource: 'account', action: 'readSession' } },
    schema: {
      tags,
      response: { 200: z.object({ user: userSchema, permissions: z.array(z.string()), requiresSecondFactor: z.boolean() }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const row = await inTransaction(ctx.db, actor, (tx) => findVisibleUser(tx, actor, actor.userId));
      if (!row) throw new AppError('AUTH_REQUIRED');
      return {
        user: presentUser(row, actor),
        permissions: [...ROLE_PERMISSIONS[actor.role]],
        requiresSecondFactor: requiresSecondFactor(actor.role),
      };
    },
  });

  r.put('/api/account/password', {
    config: { access: { resource: 'account', action: 'changePassword' }, rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: { tags, body: z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) }) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => changeOwnPassword(tx, requestMeta(request), actor, request.body.currentPassword, request.body.newPassword));
      return reply.status(204).send();
    },
  });

  r.put('/api/account/locale', {
    config: { access: { resource: 'account', action: 'setLocale' } },
    schema: { tags, body: z.object({ locale: z.enum(LOCALES) }) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => changeOwnLocale(tx, requestMeta(request), actor, request.body.locale));
      return reply.status(204).send();
    },
  });

  r.post('/api/account/totp/setup', {
    config: { access: { resource: 'account', action: 'manageSecondFactor' } },
    schema: { tags, response: { 200: enrolmentSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => startSecondFactorSetup(ctx, tx, actor));
    },
  });

  r.post('/api/account/totp/confirm', {
    config: { access: { resource: 'account', action: 'manageSecondFactor' }, rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: { tags, body: z.object({ code: z.string().trim().regex(/^\d{6}$/) }) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => confirmSecondFactorSetup(ctx, tx, requestMeta(request), actor, request.body.code));
      return reply.status(204).send();
    },
  });

  r.delete('/api/account/totp', {
    config: { access: { resource: 'account', action: 'manageSecondFactor' } },
    schema: { tags, body: z.object({ password: z.string().min(1).max(1024) }) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => turnOffSecondFactor(tx, requestMeta(request), actor, request.body.password));
      return reply.status(204).send();
    },
  });
}
