import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../db/database.js';
import { migrate, readMigrations } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { openPostgres } from '../db/postgres.js';

/** Which database integration tests run on: the embedded one (default) or the server. */
export const TEST_DB = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_DB_PREFIX = 'koordinator_t_';

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

let pgliteTemplate: Promise<Blob> | undefined;

async function freshPglite(): Promise<Database> {
  pgliteTemplate ??= (async () => {
    const db = await openPglite();
    await migrate(db);
    const dump = await (db as Database & { pglite: { dumpDataDir(c: 'none'): Promise<Blob> } }).pglite.dumpDataDir('none');
    await db.close();
    return dump;
  })();
  return openPglite(undefined, await pgliteTemplate);
}

/**
 * A migrated template per migration set, made once under a lock; each test file then clones it,
 * which takes a fraction of running the migrations.
 */
async function ensureServerTemplate(admin: pg.Client): Promise<string> {
  const checksum = createHash('sha256').update(readMigrations().map((m) => m.checksum).join()).digest('hex').slice(0, 12);
  const template = `koordinator_tpl_${checksum}`;
  const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
  if (exists.rowCount) return template;
  await admin.query(`CREATE DATABASE ${template}`);
  const db = await openPostgres(withDatabase(TEST_DATABASE_URL, template), 2);
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  return template;
}

async function freshServerDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  const name = `${TEST_DB_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  try {
    await admin.query('select pg_advisory_lock(7262703)');
    try {
      const template = await ensureServerTemplate(admin);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.query('select pg_advisory_unlock(7262703)');
    }
  } finally {
    await admin.end();
  }
  const db = await openPostgres(withDatabase(TEST_DATABASE_URL, name), 4);
  return {
    db,
    drop: async () => {
      await db.close();
      const cleaner = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await cleaner.connect();
      try {
        await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleaner.end();
      }
    },
  };
}

/** A new, migrated, empty database of the kind under test; `drop` removes it. */
export async function createTestDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (TEST_DB === 'postgres') return freshServerDatabase();
  const db = await freshPglite();
  return { db, drop: () => db.close() };
}

export function randomSuffix(): string {
  return randomBytes(4).toString('hex');
}
