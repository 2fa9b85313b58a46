import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { typed } from '../http/routing.js';
import { sheltersPolicy } from '../policies/shelters.js';
import { addChecklistItem, checklist, recordInspection, shelterInspections, updateChecklistItem, updateInspectionAction } from './inspections.service.js';
import { casePlacements, exitPlacement, placeCase, transferPlacement } from './placements.service.js';
import { actionUpdateInput, checklistItemInput, exitInput, inspectionInput, placementInput, shelterInput, shelterListQuery, shelterUpdateInput, transferInput } from './shelter-input.js';
import { createShelter, listShelters, readShelter, shelterResidents, updateShelter } from './shelters.service.js';

const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });
const ok = z.object({ ok: z.literal(true) });

/** The registry of shelters, their inspections and the checklist of minimum standards. */
export function shelterRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['shelters'];

  r.get('/api/shelters', {
    config: { access: { resource: 'shelters', action: 'list' } },
    schema: { tags, querystring: shelterListQuery },
    handler: async (request) => {
      const actor = actorOf(request);
      const { active, ...filter } = request.query;
      return inTransaction(ctx.db, actor, async (tx) => ({
        items: await listShelters(tx, ctx.vault, requestMeta(request), actor, { ...filter, active: active === undefined ? undefined : active === 'true' }),
        abilities: { create: sheltersPolicy.actions.create(actor), manageChecklist: sheltersPolicy.actions.manageChecklist(actor) },
      }));
    },
  });

  r.post('/api/shelters', {
    config: { access: { resource: 'shelters', action: 'create' } },
    schema: { tags, body: shelterInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => createShelter(tx, ctx.vault, requestMeta(request), actor, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.get('/api/shelters/:id', {
    config: { access: { resource: 'shelters', action: 'read' } },
    schema: { tags, params: idParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => readShelter(tx, ctx.vault, requestMeta(request), actor, request.params.id));
    },
  });

  r.put('/api/shelters/:id', {
    config: { access: { resource: 'shelters', action: 'edit' } },
    schema: { tags, params: idParam, body: shelterUpdateInput, response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      const { revision, ...input } = request.body;
      await inTransaction(ctx.db, actor, (tx) => updateShelter(tx, ctx.vault, requestMeta(request), actor, request.params.id, revision, input));
      return { ok: true as const };
    },
  });

  r.get('/api/shelters/:id/residents', {
    config: { access: { resource: 'shelters', action: 'residents' } },
    schema: { tags, params: idParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => shelterResidents(tx, ctx.vault, requestMeta(request), actor, request.params.id));
    },
  });

  r.get('/api/shelters/:id/inspections', {
    config: { access: { resource: 'shelters', action: 'readInspections' } },
    schema: { tags, params: idParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => shelterInspections(tx, requestMeta(request), actor, request.params.id));
    },
  });

  r.post('/api/shelters/:id/inspections', {
    config: { access: { resource: 'shelters', action: 'inspect' } },
    schema: { tags, params: idParam, body: inspectionInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => recordInspection(tx, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/inspection-actions/:id', {
    config: { access: { resource: 'shelters', action: 'followUp' } },
    schema: { tags, params: idParam, body: actionUpdateInput, response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => updateInspectionAction(tx, requestMeta(request), actor, request.params.id, request.body));
      return { ok: true as const };
    },
  });

  r.get('/api/shelter-checklist', {
    config: { access: { resource: 'shelters', action: 'readChecklist' } },
    schema: { tags },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => ({ items: await checklist(tx, requestMeta(request), actor), abilities: { manage: sheltersPolicy.actions.manageChecklist(actor) } }));
    },
  });

  r.post('/api/shelter-checklist', {
    config: { access: { resource: 'shelters', action: 'manageChecklist' } },
    schema: { tags, body: checklistItemInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => addChecklistItem(tx, requestMeta(request), request.body));
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/shelter-checklist/:id', {
    config: { access: { resource: 'shelters', action: 'manageChecklist' } },
    schema: { tags, params: idParam, body: checklistItemInput, response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => updateChecklistItem(tx, requestMeta(request), request.params.id, request.body));
      return { ok: true as const };
    },
  });
}

/** Placements of a case's person: placing, transferring, exit. */
export function placementRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['shelters'];
  const services = { vault: ctx.vault };

  r.get('/api/cases/:id/placements', {
    config: { access: { resource: 'shelters', action: 'listPlacements' } },
    schema: { tags, params: idParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => casePlacements(tx, services, requestMeta(request), actor, request.params.id));
    },
  });

  r.post('/api/cases/:id/placements', {
    config: { access: { resource: 'shelters', action: 'place' } },
    schema: { tags, params: idParam, body: placementInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => placeCase(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });

  r.post('/api/placements/:id/exit', {
    config: { access: { resource: 'shelters', action: 'exit' } },
    schema: { tags, params: idParam, body: exitInput, response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => exitPlacement(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return { ok: true as const };
    },
  });

  r.post('/api/placements/:id/transfer', {
    config: { access: { resource: 'shelters', action: 'transfer' } },
    schema: { tags, params: idParam, body: transferInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => transferPlacement(tx, services, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ id });
    },
  });
}
