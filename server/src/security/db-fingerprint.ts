import { sql } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * What changed in the database between two moments: per table, the row count and the newest
 * row version (xmin), so that an insert, an update or a delete of any row shows. Sessions are
 * left out (reading with a session moves its last-seen time, and an expired one is deleted on
 * sight); so is the migrations' own bookkeeping.
 */
export type Fingerprint = Map<string, string>;

const IGNORED = new Set(['sessions', 'schema_migrations']);

export async function fingerprintOf(db: Database): Promise<Fingerprint> {
  const tables = (
    await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db.owner)
  ).rows
    .map((row) => row.name)
    .filter((name) => !IGNORED.has(name));
  const parts = tables.map((name) => sql`select ${name}::text as name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text as state from ${sql.table(name)}`);
  const rows = (await sql<{ name: string; state: string }>`${sql.join(parts, sql` union all `)}`.execute(db.owner)).rows;
  return new Map(rows.map((row) => [row.name, row.state]));
}

/**
 * The next transaction id to be assigned. Only a transaction that writes is given one, so while
 * this stays the same nothing was written anywhere, and the fingerprint need not be taken again.
 */
export async function writeMarker(db: Database): Promise<string> {
  return (await sql<{ x: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as x`.execute(db.owner)).rows[0]!.x;
}

/** The tables whose rows changed. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((name) => before.get(name) !== after.get(name)).sort();
}
