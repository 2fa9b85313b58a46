import { createHash } from 'node:crypto';
import { recordAudit } from '../../audit/audit.repository.js';
import type { Tx } from '../../db/database.js';
import type { RequestMeta } from '../../http/context.js';
import { AppError, notFound } from '../../http/problem.js';
import type { Actor } from '../../policies/policy.js';
import { entryAbilities } from '../../policies/reports.js';
import { findEntry } from '../reports.repository.js';
import { detectFileType } from './file-type.js';

const listColumns = ['id', 'file_name', 'media_type', 'size', 'created_at'] as const;

export function attachmentsOf(tx: Tx, entryId: string) {
  return tx.selectFrom('report_attachments').select(listColumns).where('entry_id', '=', entryId).orderBy('created_at').execute();
}

async function visibleEntry(tx: Tx, actor: Actor, entryId: string) {
  const entry = await findEntry(tx, actor, entryId);
  if (!entry) throw notFound();
  return entry;
}

async function editableEntry(tx: Tx, actor: Actor, entryId: string) {
  const entry = await visibleEntry(tx, actor, entryId);
  if (!entryAbilities(actor, entry).edit) throw new AppError(entry.period_status === 'open' ? 'REPORT_LOCKED' : 'REPORT_PERIOD_CLOSED');
  return entry;
}

export async function attach(tx: Tx, meta: RequestMeta, actor: Actor, entryId: string, fileName: string, bytes: Buffer) {
  await editableEntry(tx, actor, entryId);
  if (bytes.length === 0) throw new AppError('IMPORT_EMPTY_FILE');
  const type = detectFileType(bytes);
  if (!type) throw new AppError('ATTACHMENT_TYPE');
  const row = await tx
    .insertInto('report_attachments')
    .values({ entry_id: entryId, file_name: fileName, media_type: type.mediaType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), content: bytes, created_by: actor.userId })
    .returning(listColumns)
    .executeTakeFirstOrThrow();
  await recordAudit(tx, meta, { action: 'report_attachment.create', resource: 'report_entry', recordId: entryId, details: { attachmentId: row.id, mediaType: type.mediaType, size: bytes.length } });
  return row;
}

export async function detach(tx: Tx, meta: RequestMeta, actor: Actor, entryId: string, attachmentId: string) {
  await editableEntry(tx, actor, entryId);
  const result = await tx.deleteFrom('report_attachments').where('id', '=', attachmentId).where('entry_id', '=', entryId).executeTakeFirst();
  if (!Number(result.numDeletedRows)) throw notFound();
  await recordAudit(tx, meta, { action: 'report_attachment.delete', resource: 'report_entry', recordId: entryId, details: { attachmentId } });
}

/** A download is a read of a document that may be sensitive: it is audited. */
export async function download(tx: Tx, meta: RequestMeta, actor: Actor, entryId: string, attachmentId: string) {
  await visibleEntry(tx, actor, entryId);
  const file = await tx.selectFrom('report_attachments').select(['file_name', 'media_type', 'content']).where('id', '=', attachmentId).where('entry_id', '=', entryId).executeTakeFirst();
  if (!file) throw notFound();
  await recordAudit(tx, meta, { action: 'report_attachment.read', resource: 'report_entry', recordId: entryId, details: { attachmentId } });
  return file;
}
