import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { typed } from '../http/routing.js';
import { UPLOAD_LIMIT_BYTES, uploadedBytes } from '../http/uploads.js';
import { confirmImport, discardImport, previewImport, summariseChanges } from './plan-import.service.js';
import { periodSchema } from './plans.presenter.js';

const summarySchema = z.object({
  newPlan: z.boolean(),
  addSections: z.array(z.string()),
  addMeasures: z.array(z.string()),
  completeMeasures: z.array(z.object({ code: z.string(), participants: z.array(z.object({ role: z.string(), name: z.string() })), period: z.string().nullable() })),
  wordingDifferences: z.array(z.object({ code: z.string(), current: z.string(), proposed: z.string() })),
  addNotes: z.number(),
  addChapters: z.boolean(),
  unchangedMeasures: z.number(),
});

const previewSchema = z.object({
  importId: z.string(),
  target: z.object({ id: z.string(), title: z.string() }).nullable(),
  plan: z.object({
    title: z.string(),
    act: z.object({ kind: z.string(), number: z.string(), date: z.string() }).nullable(),
    period: z.object({ from: z.string(), to: z.string() }).nullable(),
  }),
  sections: z.array(z.object({ code: z.string(), title: z.string() })),
  measures: z.array(
    z.object({
      code: z.string(),
      section: z.string(),
      text: z.string(),
      confidence: z.number(),
      period: periodSchema.nullable(),
      subActions: z.array(z.object({ text: z.string(), period: periodSchema.nullable() })),
      executors: z.array(z.object({ name: z.string(), organisationId: z.string().nullable(), organisationName: z.string().nullable(), role: z.enum(['executor', 'involved', 'generic']) })),
      recommended: z.array(z.object({ name: z.string(), organisationId: z.string().nullable(), organisationName: z.string().nullable() })),
    }),
  ),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), measure: z.string().optional(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
  changes: summarySchema,
});

export function planImportRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['plan imports'];

  r.post('/api/plan-imports', {
    config: { access: { resource: 'plans', action: 'import' } },
    bodyLimit: UPLOAD_LIMIT_BYTES,
    schema: {
      tags,
      querystring: z.object({ fileName: z.string().trim().min(1).max(255), planId: z.uuid().optional() }),
      response: { 200: previewSchema },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const file = { bytes: uploadedBytes(request.body), fileName: request.query.fileName, mediaType: request.headers['content-type'] ?? null };
      return inTransaction(ctx.db, actor, async (tx) => {
        const preview = await previewImport(tx, requestMeta(request), file, request.query.planId);
        const names = new Map((await tx.selectFrom('organisations').select(['id', 'name_az']).execute()).map((o) => [o.id, o.name_az]));
        const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
        return {
          importId: preview.importId,
          target: preview.target,
          plan: preview.parsed.plan,
          sections: preview.parsed.sections,
          measures: preview.parsed.measures.map((m) => ({
            code: m.code,
            section: m.section,
            text: m.text,
            confidence: m.confidence,
            period: m.period,
            subActions: m.subActions,
            executors: m.executors.map((e) => ({ name: e.name, organisationId: e.organisationId, organisationName: nameOf(e.organisationId), role: e.role })),
            recommended: m.recommended.map((e) => ({ name: e.name, organisationId: e.organisationId, organisationName: nameOf(e.organisationId) })),
          })),
          warnings: preview.parsed.warnings,
          changes: summariseChanges(preview.changes),
        };
      });
    },
  });

  r.post('/api/plan-imports/:id/confirm', {
    config: { access: { resource: 'plans', action: 'import' } },
    schema: {
      tags,
      params: z.object({ id: z.uuid() }),
      body: z.object({ planId: z.uuid().optional(), wording: z.record(z.string().max(30), z.enum(['keep', 'take'])).default({}) }),
      response: { 200: z.object({ planId: z.string(), summary: summarySchema }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => confirmImport(tx, requestMeta(request), request.params.id, request.body.planId, request.body.wording));
    },
  });

  r.delete('/api/plan-imports/:id', {
    config: { access: { resource: 'plans', action: 'import' } },
    schema: { tags, params: z.object({ id: z.uuid() }) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => discardImport(tx, requestMeta(request), request.params.id));
      return reply.status(204).send();
    },
  });
}
