import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LOCALES, ROLES } from '../../../common/src/roles.js';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { notFound } from '../http/problem.js';
import { booleanQuery, pagingQuery, text, typed, uuidParam } from '../http/routing.js';
import { abilitiesOf } from '../policies/policy.js';
import { usersPolicy } from '../policies/users.js';
import { presentUser, userSchema } from './users.presenter.js';
import { findVisibleUser, listVisibleUsers } from './users.repository.js';
import { changeUser, createUser, resetSecondFactor, resetUserPassword, unlockAccount } from './users.service.js';

const fieldsSchema = z.object({
  fullName: text(200),
  email: z.union([z.email().max(254), z.literal('').transform(() => null), z.null()]).default(null),
  organisationId: z.uuid(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES).default('az'),
});

export function userRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['users'];

  r.get('/api/users', {
    config: { access: { resource: 'users', action: 'list' } },
    schema: {
      tags,
      querystring: z.object({
        q: z.string().trim().max(200).optional(),
        organisationId: z.uuid().optional(),
        role: z.enum(ROLES).optional(),
        active: booleanQuery.optional(),
        ...pagingQuery,
      }),
      response: { 200: z.object({ items: z.array(userSchema), total: z.number(), page: z.number(), pageSize: z.number(), abilities: z.object({ create: z.boolean() }) }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { items, total } = await inTransaction(ctx.db, actor, (tx) => listVisibleUsers(tx, actor, request.query));
      return {
        items: items.map((row) => presentUser(row, actor)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
        abilities: abilitiesOf(usersPolicy, actor, ['create']),
      };
    },
  });

  r.get('/api/users/:id', {
    config: { access: { resource: 'users', action: 'read' } },
    schema: { tags, params: uuidParam, response: { 200: userSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const row = await inTransaction(ctx.db, actor, (tx) => findVisibleUser(tx, actor, request.params.id));
      if (!row) throw notFound();
      return presentUser(row, actor);
    },
  });

  r.post('/api/users', {
    config: { access: { resource: 'users', action: 'create' } },
    schema: { tags, body: fieldsSchema.extend({ login: z.string().trim().min(1).max(64), password: z.string().min(1).max(1024) }), response: { 201: userSchema } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const row = await inTransaction(ctx.db, actor, (tx) => createUser(tx, requestMeta(request), actor, request.body));
      return reply.status(201).send(presentUser(row, actor));
    },
  });

  r.put('/api/users/:id', {
    config: { access: { resource: 'users', action: 'update' } },
    schema: { tags, params: uuidParam, body: fieldsSchema.extend({ active: z.boolean() }), response: { 200: userSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const row = await inTransaction(ctx.db, actor, (tx) => changeUser(tx, requestMeta(request), actor, request.params.id, request.body));
      return presentUser(row, actor);
    },
  });

  r.post('/api/users/:id/password', {
    config: { access: { resource: 'users', action: 'resetCredentials' } },
    schema: { tags, params: uuidParam, body: z.object({ password: z.string().min(1).max(1024) }) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => resetUserPassword(tx, requestMeta(request), actor, request.params.id, request.body.password));
      return reply.status(204).send();
    },
  });

  for (const [suffix, work] of [['unlock', unlockAccount], ['reset-totp', resetSecondFactor]] as const) {
    r.post(`/api/users/:id/${suffix}`, {
      config: { access: { resource: 'users', action: 'resetCredentials' } },
      schema: { tags, params: uuidParam },
      handler: async (request, reply) => {
        const actor = actorOf(request);
        await inTransaction(ctx.db, actor, (tx) => work(tx, requestMeta(request), actor, request.params.id));
        return reply.status(204).send();
      },
    });
  }
}
