import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ORGANISATION_KINDS } from '../../../common/src/roles.js';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { notFound } from '../http/problem.js';
import { booleanQuery, pagingQuery, text, typed, uuidParam } from '../http/routing.js';
import { listOrganisations, findOrganisation } from './organisations.repository.js';
import { listAbilities, organisationSchema, presentOrganisation } from './organisations.presenter.js';
import { changeOrganisation, createOrganisation, removeOrganisation } from './organisations.service.js';

const fieldsSchema = z.object({
  nameAz: text(300),
  shortName: text(60),
  nameRu: text(300, 0).default(''),
  nameEn: text(300, 0).default(''),
  kind: z.enum(ORGANISATION_KINDS),
  aliases: z.array(text(300)).max(100).default([]),
});

export function organisationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['organisations'];

  r.get('/api/organisations', {
    config: { access: { resource: 'organisations', action: 'list' } },
    schema: {
      tags,
      querystring: z.object({ q: z.string().trim().max(200).optional(), kind: z.enum(ORGANISATION_KINDS).optional(), active: booleanQuery.optional(), ...pagingQuery }),
      response: { 200: z.object({ items: z.array(organisationSchema), total: z.number(), page: z.number(), pageSize: z.number(), abilities: z.object({ create: z.boolean() }) }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { items, total } = await inTransaction(ctx.db, actor, (tx) => listOrganisations(tx, request.query));
      return { items: items.map((row) => presentOrganisation(row, actor)), total, page: request.query.page, pageSize: request.query.pageSize, abilities: listAbilities(actor) };
    },
  });

  r.get('/api/organisations/:id', {
    config: { access: { resource: 'organisations', action: 'read' } },
    schema: { tags, params: uuidParam, response: { 200: organisationSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const row = await inTransaction(ctx.db, actor, (tx) => findOrganisation(tx, request.params.id));
      if (!row) throw notFound();
      return presentOrganisation(row, actor);
    },
  });

  r.post('/api/organisations', {
    config: { access: { resource: 'organisations', action: 'create' } },
    schema: { tags, body: fieldsSchema, response: { 201: organisationSchema } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const row = await inTransaction(ctx.db, actor, (tx) => createOrganisation(tx, requestMeta(request), request.body));
      return reply.status(201).send(presentOrganisation(row, actor));
    },
  });

  r.put('/api/organisations/:id', {
    config: { access: { resource: 'organisations', action: 'update' } },
    schema: { tags, params: uuidParam, body: fieldsSchema.extend({ active: z.boolean().optional() }), response: { 200: organisationSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const row = await inTransaction(ctx.db, actor, (tx) => changeOrganisation(tx, requestMeta(request), request.params.id, request.body));
      return presentOrganisation(row, actor);
    },
  });

  r.delete('/api/organisations/:id', {
    config: { access: { resource: 'organisations', action: 'delete' } },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => removeOrganisation(tx, requestMeta(request), request.params.id));
      return reply.status(204).send();
    },
  });
}
