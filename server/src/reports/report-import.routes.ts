import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { typed } from '../http/routing.js';
import { attachmentSchema, presentAttachment } from './attachments/attachments.presenter.js';
import { UPLOAD_LIMIT_BYTES, uploadedBytes } from '../http/uploads.js';
import { activitySchema, figureSchema } from './report-content.js';
import { applyReportImport, attachWholeReport, previewReportImport } from './report-import.service.js';

const partSchema = z.object({ measures: z.array(z.string()), heading: z.string(), text: z.string(), activities: z.array(activitySchema), figures: z.array(figureSchema), entryIds: z.array(z.string()) });

export function reportImportRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['reports'];

  r.post('/api/report-imports', {
    config: { access: { resource: 'reports', action: 'importReport' } },
    bodyLimit: UPLOAD_LIMIT_BYTES,
    schema: {
      tags,
      querystring: z.object({ periodId: z.uuid(), fileName: z.string().trim().min(1).max(255) }),
      response: {
        200: z.object({
          items: z.array(partSchema),
          unmatched: z.array(z.object({ measures: z.array(z.string()), heading: z.string() })),
          warnings: z.array(z.object({ code: z.string(), message: z.string(), entry: z.number().optional() })),
        }),
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => previewReportImport(tx, actor, request.query.periodId, uploadedBytes(request.body), request.query.fileName));
    },
  });

  // When nothing in the file can be split onto measures: the same file, kept whole on one chosen entry.
  r.post('/api/report-imports/attach', {
    config: { access: { resource: 'reports', action: 'importReport' } },
    bodyLimit: UPLOAD_LIMIT_BYTES,
    schema: {
      tags,
      querystring: z.object({ periodId: z.uuid(), entryId: z.uuid(), fileName: z.string().trim().min(1).max(255) }),
      response: { 201: attachmentSchema.extend({ entryId: z.string() }) },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { periodId, entryId, fileName } = request.query;
      const row = await inTransaction(ctx.db, actor, (tx) => attachWholeReport(tx, requestMeta(request), actor, { periodId, entryId, fileName, bytes: uploadedBytes(request.body) }));
      return reply.status(201).send({ ...presentAttachment(row), entryId });
    },
  });

  r.post('/api/report-imports/apply', {
    config: { access: { resource: 'reports', action: 'importReport' } },
    schema: {
      tags,
      body: z.object({ periodId: z.uuid(), items: z.array(z.object({ entryId: z.uuid(), narrative: z.string().max(100_000), activities: z.array(activitySchema).max(500), figures: z.array(figureSchema).max(500) })).min(1).max(500) }),
      response: { 200: z.object({ updated: z.number() }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const updated = await inTransaction(ctx.db, actor, (tx) => applyReportImport(tx, requestMeta(request), actor, request.body.items));
      return { updated };
    },
  });
}
