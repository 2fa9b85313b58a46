import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../../http/context.js';
import { typed, uuidParam } from '../../http/routing.js';
import { UPLOAD_LIMIT_BYTES, uploadedBytes } from '../../http/uploads.js';
import { attachmentDisposition } from '../../http/download.js';
import { attach, detach, download } from './attachments.service.js';
import { attachmentSchema, presentAttachment } from './attachments.presenter.js';

const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

export function attachmentRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['reports'];

  r.post('/api/report-entries/:id/attachments', {
    config: { access: { resource: 'reports', action: 'editEntry' } },
    bodyLimit: UPLOAD_LIMIT_BYTES,
    schema: { tags, params: uuidParam, querystring: z.object({ fileName: z.string().trim().min(1).max(255) }), response: { 201: attachmentSchema } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const row = await inTransaction(ctx.db, actor, (tx) => attach(tx, requestMeta(request), actor, request.params.id, request.query.fileName, uploadedBytes(request.body)));
      return reply.status(201).send(presentAttachment(row));
    },
  });

  r.get('/api/report-entries/:id/attachments/:attachmentId', {
    config: { access: { resource: 'reports', action: 'readEntry' } },
    schema: { tags, params: attachmentParams },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const file = await inTransaction(ctx.db, actor, (tx) => download(tx, requestMeta(request), actor, request.params.id, request.params.attachmentId));
      return reply.type(file.media_type).header('content-disposition', attachmentDisposition(file.file_name)).send(file.content);
    },
  });

  r.delete('/api/report-entries/:id/attachments/:attachmentId', {
    config: { access: { resource: 'reports', action: 'editEntry' } },
    schema: { tags, params: attachmentParams },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => detach(tx, requestMeta(request), actor, request.params.id, request.params.attachmentId));
      return reply.status(204).send();
    },
  });
}
