import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrationsDir } from '../config/paths.js';
import type { Database } from './database.js';

export interface Migration {
  version: string;
  name: string;
  script: string;
  checksum: string;
}

export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const script = readFileSync(join(dir, file), 'utf8');
      return {
        version: file.slice(0, 4),
        name: file.slice(5, -4),
        script,
        checksum: createHash('sha256').update(script).digest('hex'),
      };
    });
}

const MIGRATION_LOCK = 7262700;

/**
 * Applies pending migrations in order, each in its own transaction. Refuses to run when an
 * applied migration's file has changed since: migrations are history, never edited.
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<string[]> {
  await db.execScript(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(db.owner);
  try {
    const applied = new Map(
      (await db.owner.selectFrom('schema_migrations').select(['version', 'checksum']).execute()).map((m) => [m.version, m.checksum]),
    );
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.version);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.version}_${migration.name} was changed after it was applied`);
        }
        continue;
      }
      const record = `INSERT INTO schema_migrations (version, name, checksum) VALUES ('${migration.version}', '${migration.name}', '${migration.checksum}');`;
      try {
        await db.execScript(`BEGIN;\n${migration.script}\n;${record}\nCOMMIT;`);
      } catch (error) {
        await db.execScript('ROLLBACK;').catch(() => undefined);
        throw new Error(`Migration ${migration.version}_${migration.name} failed: ${(error as Error).message}`);
      }
      done.push(`${migration.version}_${migration.name}`);
    }
    return done;
  } finally {
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(db.owner);
  }
}
