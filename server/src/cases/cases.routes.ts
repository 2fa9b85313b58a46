import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CASE_PARTS, CASE_STATUSES, IDENTIFICATION_CHANNELS, TRAFFICKING_STATUSES } from '../../../common/src/case-parts.js';
import { recordAudit } from '../audit/audit.repository.js';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { pagingQuery, typed } from '../http/routing.js';
import { casesPolicy } from '../policies/cases.js';
import { assessmentInput, consentInput, createCaseInput, headerInput, identityInput, noteInput, perpetratorInput, proceedingInput, victimInput } from './case-input.js';
import { addAssessment, addCaseNote, addConsent, addPerpetrator, saveProceeding } from './case-records.service.js';
import { presentCase } from './cases.presenter.js';
import { caseDetails } from './cases.repository.js';
import { refreshCandidates } from './duplicates/duplicates.service.js';
import { addDocument, documentList, readDocument } from './case-documents.js';
import { UPLOAD_LIMIT_BYTES, uploadedBytes } from '../http/uploads.js';
import { attachmentDisposition } from '../http/download.js';
import { createCase, listCaseSummaries, updateHeader, updateIdentity, updateVictim, visibleCase } from './cases.service.js';

const caseIdParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });
const ok = z.object({ ok: z.literal(true) });

export function caseRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['cases'];
  const services = { vault: ctx.vault };

  r.get('/api/cases', {
    config: { access: { resource: 'cases', action: 'list' } },
    schema: {
      tags,
      querystring: z.object({
        status: z.enum(CASE_STATUSES).optional(),
        traffickingStatus: z.enum(TRAFFICKING_STATUSES).optional(),
        channel: z.enum(IDENTIFICATION_CHANNELS).optional(),
        owner: z.enum(['mine', 'others']).optional(),
        q: z.string().trim().max(200).optional(),
        ...pagingQuery,
      }),
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        const { items, total } = await listCaseSummaries(tx, ctx.vault, requestMeta(request), actor, request.query);
        return { items, total, abilities: { create: casesPolicy.actions.create(actor), search: casesPolicy.actions.search(actor) } };
      });
    },
  });

  r.post('/api/cases', {
    config: { access: { resource: 'cases', action: 'create' } },
    schema: { tags, body: createCaseInput, response: { 201: z.object({ id: z.uuid(), reference: z.string(), duplicates: z.number() }) } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const result = await inTransaction(ctx.db, actor, async (tx) => {
        const { id, reference, personId } = await createCase(tx, services, requestMeta(request), actor, request.body);
        // Candidates are found at once, so the person recording the case is told before moving on.
        return { id, reference, duplicates: await refreshCandidates(tx, ctx.vault, personId) };
      });
      return reply.status(201).send(result);
    },
  });

  r.get('/api/cases/:id', {
    config: { access: { resource: 'cases', action: 'read' } },
    schema: { tags, params: caseIdParam },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        const { row, parts } = await visibleCase(tx, actor, request.params.id);
        // Every view of a person is recorded, with the parts shown, for the owner to see.
        await recordAudit(tx, requestMeta(request), { action: 'case.view', resource: 'case', recordId: row.id, details: { parts: [...parts] } });
        return { ...presentCase(ctx.vault, actor, row, await caseDetails(tx, row.id)), documents: await documentList(tx, ctx.vault, row.id, parts) };
      });
    },
  });

  r.put('/api/cases/:id', {
    config: { access: { resource: 'cases', action: 'edit' } },
    schema: { tags, params: caseIdParam, body: headerInput, response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => updateHeader(tx, requestMeta(request), actor, request.params.id, request.body));
      return { ok: true as const };
    },
  });

  r.put('/api/cases/:id/person', {
    config: { access: { resource: 'cases', action: 'edit' } },
    schema: { tags, params: caseIdParam, body: z.object({ revision: z.number().int().positive(), person: identityInput }), response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => updateIdentity(tx, services, requestMeta(request), actor, request.params.id, request.body.revision, request.body.person));
      return { ok: true as const };
    },
  });

  r.put('/api/cases/:id/victim', {
    config: { access: { resource: 'cases', action: 'edit' } },
    schema: { tags, params: caseIdParam, body: z.object({ revision: z.number().int().positive(), victim: victimInput }), response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => updateVictim(tx, services, requestMeta(request), actor, request.params.id, request.body.revision, request.body.victim));
      return { ok: true as const };
    },
  });

  r.post('/api/cases/:id/notes', {
    config: { access: { resource: 'cases', action: 'edit' } },
    schema: { tags, params: caseIdParam, body: noteInput, response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => addCaseNote(tx, ctx.vault, requestMeta(request), actor, request.params.id, request.body.part, request.body.body));
      return reply.status(201).send({ id });
    },
  });

  r.post('/api/cases/:id/consents', {
    config: { access: { resource: 'cases', action: 'edit' } },
    schema: { tags, params: caseIdParam, body: consentInput, response: { 201: ok } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => addConsent(tx, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ ok: true as const });
    },
  });

  r.post('/api/cases/:id/assessments', {
    config: { access: { resource: 'cases', action: 'edit' } },
    schema: { tags, params: caseIdParam, body: assessmentInput, response: { 201: ok } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => addAssessment(tx, ctx.vault, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ ok: true as const });
    },
  });

  r.post('/api/cases/:id/perpetrators', {
    config: { access: { resource: 'cases', action: 'edit' } },
    schema: { tags, params: caseIdParam, body: perpetratorInput, response: { 201: ok } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => addPerpetrator(tx, ctx.vault, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ ok: true as const });
    },
  });

  r.post('/api/cases/:id/proceedings', {
    config: { access: { resource: 'cases', action: 'edit' } },
    schema: { tags, params: caseIdParam, body: proceedingInput, response: { 201: ok } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => saveProceeding(tx, requestMeta(request), actor, request.params.id, request.body));
      return reply.status(201).send({ ok: true as const });
    },
  });

  r.put('/api/cases/:id/proceedings/:proceedingId', {
    config: { access: { resource: 'cases', action: 'edit' } },
    schema: { tags, params: z.object({ id: z.uuid(), proceedingId: z.uuid() }), body: proceedingInput.extend({ revision: z.number().int().positive() }), response: { 200: ok } },
    handler: async (request) => {
      const actor = actorOf(request);
      const { revision, ...input } = request.body;
      await inTransaction(ctx.db, actor, (tx) => saveProceeding(tx, requestMeta(request), actor, request.params.id, input, { id: request.params.proceedingId, revision }));
      return { ok: true as const };
    },
  });

  r.post('/api/cases/:id/documents', {
    config: { access: { resource: 'cases', action: 'edit' } },
    bodyLimit: UPLOAD_LIMIT_BYTES,
    schema: { tags, params: caseIdParam, querystring: z.object({ fileName: z.string().trim().min(1).max(255), part: z.enum(CASE_PARTS) }), response: { 201: created } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await inTransaction(ctx.db, actor, (tx) => addDocument(tx, ctx.vault, requestMeta(request), actor, request.params.id, request.query.part, request.query.fileName, uploadedBytes(request.body)));
      return reply.status(201).send({ id });
    },
  });

  r.get('/api/cases/:id/documents/:documentId', {
    config: { access: { resource: 'cases', action: 'read' } },
    schema: { tags, params: z.object({ id: z.uuid(), documentId: z.uuid() }) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const file = await inTransaction(ctx.db, actor, (tx) => readDocument(tx, ctx.vault, requestMeta(request), actor, request.params.id, request.params.documentId));
      return reply.type(file.mediaType).header('content-disposition', attachmentDisposition(file.fileName)).send(file.content);
    },
  });
}
