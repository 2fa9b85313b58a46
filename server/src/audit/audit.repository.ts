import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';

export interface AuditEntry {
  action: string;
  resource: string;
  recordId?: string | null;
  details?: Record<string, unknown>;
  /** For events before a session exists (logins): the user it concerns, recorded as the actor. */
  subject?: { userId: string; organisationId: string; role: string };
}

/**
 * Records an entry in the caller's transaction, so the entry exists exactly when the work does.
 * Details must never hold personal data of victims: ids and field names, not values.
 */
export async function recordAudit(tx: Tx, meta: RequestMeta, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      user_id: meta.actor?.userId ?? entry.subject?.userId ?? null,
      organisation_id: meta.actor?.organisationId ?? entry.subject?.organisationId ?? null,
      role: meta.actor?.role ?? entry.subject?.role ?? null,
      action: entry.action,
      resource: entry.resource,
      record_id: entry.recordId ?? null,
      ip: meta.ip,
      request_id: meta.requestId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
