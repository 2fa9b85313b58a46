import { randomUUID } from 'node:crypto';
import type { CasePart } from '../../../common/src/case-parts.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { detectFileType } from '../reports/attachments/file-type.js';
import type { IdentityVault } from './crypto/identity-vault.js';
import { requirePart, visibleCase } from './cases.service.js';

/** A document of a case: checked by its content, sealed, seen with its part of the record. */
export async function addDocument(tx: Tx, vault: IdentityVault, meta: RequestMeta, actor: Actor, caseId: string, part: CasePart, fileName: string, bytes: Buffer) {
  const { parts } = await visibleCase(tx, actor, caseId);
  requirePart(parts, part);
  if (bytes.length === 0) throw new AppError('IMPORT_EMPTY_FILE');
  const type = detectFileType(bytes);
  if (!type) throw new AppError('ATTACHMENT_TYPE');
  const id = randomUUID();
  await tx.insertInto('case_documents').values({
    id, case_id: caseId, part, file_name_sealed: vault.seal(fileName, `document:${id}`), media_type: type.mediaType, size: bytes.length,
    content_sealed: vault.sealBytes(bytes, `document:${id}`), created_by: actor.userId,
  }).execute();
  await recordAudit(tx, meta, { action: 'case.document_added', resource: 'case', recordId: caseId, details: { documentId: id, part, size: bytes.length, mediaType: type.mediaType } });
  return id;
}

export async function readDocument(tx: Tx, vault: IdentityVault, meta: RequestMeta, actor: Actor, caseId: string, documentId: string) {
  const { parts } = await visibleCase(tx, actor, caseId);
  const row = await tx.selectFrom('case_documents').selectAll().where('id', '=', documentId).where('case_id', '=', caseId).executeTakeFirst();
  if (!row || !parts.has(row.part as CasePart)) throw notFound();
  await recordAudit(tx, meta, { action: 'case.document_read', resource: 'case', recordId: caseId, details: { documentId } });
  return { fileName: vault.open(row.file_name_sealed, `document:${row.id}`), mediaType: row.media_type, content: vault.openBytes(row.content_sealed, `document:${row.id}`) };
}

/** The documents of the parts the caller sees, without their content. */
export async function documentList(tx: Tx, vault: IdentityVault, caseId: string, parts: Set<CasePart>) {
  const rows = await tx.selectFrom('case_documents').innerJoin('users', 'users.id', 'case_documents.created_by')
    .select(['case_documents.id', 'case_documents.part', 'case_documents.file_name_sealed', 'case_documents.media_type', 'case_documents.size', 'case_documents.created_at', 'users.full_name as author'])
    .where('case_documents.case_id', '=', caseId).orderBy('case_documents.created_at').execute();
  return rows
    .filter((row) => parts.has(row.part as CasePart))
    .map((row) => ({ id: row.id, part: row.part, fileName: vault.open(row.file_name_sealed, `document:${row.id}`), mediaType: row.media_type, size: row.size, author: row.author, createdAt: new Date(row.created_at).toISOString() }));
}
