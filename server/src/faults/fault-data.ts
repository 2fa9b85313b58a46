/**
 * The installation fault tests run on: a temporary data directory with the embedded database,
 * or with TEST_DB=postgres a new database on the server, and the means to open it directly
 * while no server process holds it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/database.js';
import { openPglite } from '../db/pglite.js';
import { openPostgres } from '../db/postgres.js';
import { TEST_DATABASE_URL, TEST_DB, TEST_DB_PREFIX, randomSuffix } from '../test/test-database.js';

export interface Installation {
  readonly env: { DATA_DIR: string; DATABASE_URL?: string };
  readonly dataDir: string;
  /** The server database's name (TEST_DB=postgres), else null. */
  readonly databaseName: string | null;
  open(): Promise<Database>;
  remove(): Promise<void>;
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function newInstallation(label: string): Promise<Installation> {
  const dataDir = mkdtempSync(join(tmpdir(), `koordinator-${label}-`));
  if (TEST_DB !== 'postgres') {
    return {
      env: { DATA_DIR: dataDir },
      dataDir,
      databaseName: null,
      open: () => openPglite(join(dataDir, 'pglite')),
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `${TEST_DB_PREFIX}${label}_${process.pid}_${randomSuffix()}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${name}` }).toString();
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url },
    dataDir,
    databaseName: name,
    open: () => openPostgres(url, 2),
    remove: async () => {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the installation, runs `work` and closes it again (the embedded database allows one process at a time). */
export async function withDatabase<T>(installation: Installation, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await installation.open();
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/**
 * A checksum of every table's content (rows as PostgreSQL's JSON text, in a stable order), by
 * table name. Sessions are left out: a backup does not carry them.
 */
export async function tableChecksums(db: Database): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`
    select relname::text as name from pg_class
    where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') and relname not in ('sessions', 'schema_migrations')
    order by relname`.execute(db.owner);
  const result: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const row = await sql<{ sum: string; n: number }>`
      select md5(coalesce(string_agg(j, E'\\n' order by j), '')) as sum, count(*)::int as n
      from (select to_jsonb(t)::text as j from ${sql.table(name)} t) rows`.execute(db.owner);
    result[name] = `${row.rows[0]!.n}:${row.rows[0]!.sum}`;
  }
  return result;
}
