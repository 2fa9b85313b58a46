/*
 * What a backup holds, read from the catalog (schema public), so tables added by later migrations
 * are included without changes here. Left out: schema_migrations (recorded in the header instead)
 * and sessions (a restore logs everyone out).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Never in a backup: the migration history is in the header; sessions are not worth keeping. */
export const EXCLUDED_TABLES: readonly string[] = ['schema_migrations', 'sessions'];

interface ColumnInfo {
  name: string;
  generated: boolean;
  identityAlways: boolean;
  sequence: string | null;
}

export interface TableInfo {
  name: string;
  forceRowSecurity: boolean;
  primaryKey: string[];
  parents: string[];
  columns: ColumnInfo[];
}

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const qualified = (name: string) => `public.${quote(name)}`;

export async function readCatalog(db: Kysely<DB>): Promise<Map<string, TableInfo>> {
  const tables = await sql<{ name: string; force_rls: boolean; primary_key: string[]; parents: string[] }>`
    select c.relname::text as name, c.relforcerowsecurity as force_rls,
      coalesce((select array_agg(a.attname::text order by array_position(i.indkey::int2[], a.attnum))
                from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = c.oid and i.indisprimary), '{}'::text[]) as primary_key,
      coalesce((select array_agg(distinct p.relname::text)
                from pg_constraint k join pg_class p on p.oid = k.confrelid
                where k.conrelid = c.oid and k.contype = 'f' and k.confrelid <> c.oid and not k.condeferrable
                  and p.relnamespace = c.relnamespace), '{}'::text[]) as parents
    from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
    order by c.oid`.execute(db);
  const columns = await sql<{ table_name: string; name: string; generated: boolean; identity_always: boolean; sequence: string | null }>`
    select c.relname::text as table_name, a.attname::text as name, a.attgenerated <> '' as generated,
      a.attidentity = 'a' as identity_always,
      pg_get_serial_sequence(format('public.%I', c.relname), a.attname::text) as sequence
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
      and a.attnum > 0 and not a.attisdropped
    order by c.oid, a.attnum`.execute(db);
  const catalog = new Map<string, TableInfo>();
  for (const t of tables.rows) {
    catalog.set(t.name, { name: t.name, forceRowSecurity: t.force_rls, primaryKey: t.primary_key, parents: t.parents, columns: [] });
  }
  for (const c of columns.rows) {
    catalog.get(c.table_name)?.columns.push({ name: c.name, generated: c.generated, identityAlways: c.identity_always, sequence: c.sequence });
  }
  return catalog;
}

/**
 * Parents before children; among tables free to go, creation order. Only non-deferrable foreign
 * keys count: deferrable ones are checked at the restore's commit, so they may form cycles. A
 * table referencing itself must declare that key DEFERRABLE for its rows to restore in any order.
 */
export function orderByDependencies(tables: readonly { name: string; parents: readonly string[] }[]): string[] {
  const names = new Set(tables.map((t) => t.name));
  const pending = new Map(tables.map((t) => [t.name, new Set(t.parents.filter((p) => names.has(p) && p !== t.name))]));
  const ordered: string[] = [];
  while (pending.size > 0) {
    const next = [...pending.keys()].find((name) => pending.get(name)!.size === 0);
    if (next === undefined) {
      throw new Error(`Tables ${[...pending.keys()].join(', ')} reference each other; they cannot be put in a restorable order`);
    }
    ordered.push(next);
    pending.delete(next);
    for (const parents of pending.values()) parents.delete(next);
  }
  return ordered;
}

export function backedUpTables(catalog: Map<string, TableInfo>): TableInfo[] {
  const included = [...catalog.values()].filter((t) => !EXCLUDED_TABLES.includes(t.name));
  return orderByDependencies(included).map((name) => catalog.get(name)!);
}

export async function withoutTimeouts(db: Kysely<DB>): Promise<void> {
  await sql`select set_config('statement_timeout', '0', true), set_config('idle_in_transaction_session_timeout', '0', true)`.execute(db);
}
