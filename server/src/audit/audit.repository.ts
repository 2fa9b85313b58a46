import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';

export interface AuditEntry {
  action: string;
  resource: string;
  recordId?: string | null;
  details?: Record<string, unknown>;
  /** For events before an actor exists (a failed login): whom it concerns. */
  userId?: string | null;
}

/**
 * Records an entry in the caller's transaction, so the entry exists exactly when the work does.
 * Details must never hold personal data of victims: ids and field names, not values.
 */
export async function recordAudit(tx: Tx, meta: RequestMeta, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      user_id: meta.actor?.userId ?? entry.userId ?? null,
      organisation_id: meta.actor?.organisationId ?? null,
      role: meta.actor?.role ?? null,
      action: entry.action,
      resource: entry.resource,
      record_id: entry.recordId ?? null,
      ip: meta.ip,
      request_id: meta.requestId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
