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

function auditRow(meta: RequestMeta, entry: AuditEntry) {
  return {
    user_id: meta.actor?.userId ?? entry.subject?.userId ?? null,
    organisation_id: meta.actor?.organisationId ?? entry.subject?.organisationId ?? null,
    role: meta.actor?.role ?? entry.subject?.role ?? null,
    action: entry.action,
    resource: entry.resource,
    record_id: entry.recordId ?? null,
    ip: meta.ip,
    request_id: meta.requestId,
    details: JSON.stringify(entry.details ?? {}),
  };
}

/**
 * Records an entry in the caller's transaction, so the entry exists exactly when the work does.
 * Details must never hold personal data of victims: ids and field names, not values.
 */
export async function recordAudit(tx: Tx, meta: RequestMeta, entry: AuditEntry): Promise<void> {
  await tx.insertInto('audit_log').values(auditRow(meta, entry)).execute();
}

/**
 * Records several entries in one statement (a list showing many names), in the caller's
 * transaction. The chain trigger still runs for each row, in the order given, so the entries are
 * chained exactly as separate inserts would be; only the round trips are saved.
 */
export async function recordAudits(tx: Tx, meta: RequestMeta, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insertInto('audit_log').values(entries.map((entry) => auditRow(meta, entry))).execute();
}
