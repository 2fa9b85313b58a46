/**
 * The audit trail of the synthetic history. Each stage notes the entries its records would have
 * left (with the moments they happened) in `synthetic.audit_pending`, in the same transaction as
 * the records; the last stage writes them into `audit_log` in time order, through the
 * hash-chain trigger like every entry, so that `npm run audit:verify` holds and the log reads as
 * ten years of use.
 */
import { sql } from 'kysely';
import type { Database, Tx } from '../db/database.js';
import type { SyntheticUser } from './users.js';
import { hexFrom, type Rng } from './random.js';

export interface PendingAudit {
  at: Date;
  user_id: string | null;
  organisation_id: string | null;
  role: string | null;
  action: string;
  resource: string;
  record_id: string | null;
  ip: string;
  request_id: string;
  details: Record<string, unknown>;
}

/** An entry as `recordAudit` writes it for a request of `user`. */
export function auditOf(rng: Rng, user: SyntheticUser | null, at: Date, action: string, resource: string, recordId: string | null, details: Record<string, unknown> = {}): PendingAudit {
  return {
    at,
    user_id: user?.id ?? null,
    organisation_id: user?.organisationId ?? null,
    role: user?.role ?? null,
    action,
    resource,
    record_id: recordId,
    // Addresses of the bodies' own networks, as a reverse proxy would pass them on.
    ip: user ? `10.${(user.organisationId.charCodeAt(0) * 7 + user.organisationId.charCodeAt(1)) % 250}.${rng.int(250)}.${1 + rng.int(250)}` : 'system',
    request_id: hexFrom(rng),
    details,
  };
}

const BATCH = 4000;

export async function stageAudit(tx: Tx, entries: readonly PendingAudit[]) {
  for (let i = 0; i < entries.length; i += BATCH) {
    const batch = entries.slice(i, i + BATCH).map((e) => ({ ...e, at: e.at.toISOString() }));
    await sql`insert into synthetic.audit_pending (at, user_id, organisation_id, role, action, resource, record_id, ip, request_id, details)
      select at, user_id, organisation_id, role, action, resource, record_id, ip, request_id, details
        from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
          as x(at timestamptz, user_id uuid, organisation_id uuid, role text, action text, resource text, record_id text, ip text, request_id text, details jsonb)`.execute(tx);
  }
}

/** Numbers the pending entries in time order once (the drain's chunks are ranges of it); returns their count. */
export async function orderPendingAudit(db: Database): Promise<number> {
  await db.execScript(`
    CREATE TABLE IF NOT EXISTS synthetic.audit_order AS
      SELECT row_number() OVER (ORDER BY at, id) AS n, id FROM synthetic.audit_pending;
    CREATE UNIQUE INDEX IF NOT EXISTS audit_order_n ON synthetic.audit_order (n);
  `);
  const { rows } = await sql<{ n: string | number }>`select count(*) as n from synthetic.audit_order`.execute(db.owner);
  return Number(rows[0]!.n);
}

/** Writes entries (from, to] of the time order into the audit log; the trigger chains each. */
export async function drainAudit(tx: Tx, from: number, to: number): Promise<number> {
  const result = await sql`insert into audit_log (at, user_id, organisation_id, role, action, resource, record_id, ip, request_id, details)
    select p.at, p.user_id, p.organisation_id, p.role, p.action, p.resource, p.record_id, p.ip, p.request_id, p.details
      from synthetic.audit_order o join synthetic.audit_pending p on p.id = o.id
     where o.n > ${from} and o.n <= ${to}
     order by o.n`.execute(tx);
  return Number(result.numAffectedRows ?? 0);
}

export async function dropPendingAudit(db: Database) {
  await db.execScript('DROP TABLE IF EXISTS synthetic.audit_order; TRUNCATE synthetic.audit_pending;');
}
