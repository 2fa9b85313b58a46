import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import type { DB } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';
export type Tx = Transaction<DB>;

/** The role requests run as; see migrations/0001_foundation.sql. */
export const APP_ROLE = 'koordinator_app';

/** What a pool must offer Kysely's PostgresDialect; both adapters implement it. */
export interface QueryClient {
  query(text: string, params?: readonly unknown[]): Promise<{ rows: unknown[]; command?: string; rowCount?: number | null }>;
  release(): void;
}
export interface QueryPool {
  connect(): Promise<QueryClient>;
  end(): Promise<void>;
}

export interface Database {
  readonly kind: DatabaseKind;
  /** Runs as the application role: row-level security and the audit grants apply. */
  readonly app: Kysely<DB>;
  /** Runs as the connecting owner role: migrations, backup, restore, audit verification. */
  readonly owner: Kysely<DB>;
  /** Executes a script of several statements as the owner (migrations). */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
}

export function kyselyOver(pool: QueryPool): Kysely<DB> {
  // Kysely only needs connect()/end() and clients with query()/release().
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as never }) });
}

/** Who is acting, as the database's row-level-security policies see it. */
export interface ActingIdentity {
  userId: string;
  organisationId: string;
  role: string;
}

/**
 * Runs `work` in one transaction as the application role, with the acting identity set for
 * this transaction only. Every request's database work goes through here.
 */
export function inTransaction<T>(db: Database, actor: ActingIdentity | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.app.transaction().execute(async (tx) => {
    await sql`select set_config('app.user_id', ${actor?.userId ?? ''}, true),
                     set_config('app.org_id', ${actor?.organisationId ?? ''}, true),
                     set_config('app.role', ${actor?.role ?? ''}, true)`.execute(tx);
    return work(tx);
  });
}
