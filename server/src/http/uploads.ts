import type { FastifyInstance } from 'fastify';

/** The largest document a person may upload (plans, reports). */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

/** Documents are sent as the raw file (application/octet-stream), its name in the query. */
export function acceptBinaryUploads(app: FastifyInstance) {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES }, (_request, body, done) => done(null, body));
}

/** The uploaded bytes; anything but a raw file counts as an empty one. */
export function uploadedBytes(body: unknown): Buffer {
  return Buffer.isBuffer(body) ? body : Buffer.alloc(0);
}
