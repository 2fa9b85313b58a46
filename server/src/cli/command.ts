/** What the maintenance commands (backup, restore, audit:verify) share. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { describeDatabase, openDatabase } from '../db/open.js';
import { BackupError, type BackupProgress } from '../ops/backup/index.js';

/** An expected failure of a command: the message is for the operator, no stack trace. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** The configuration from the environment, as the application reads it. */
export function loadCommandConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new CommandError(error.message);
    throw error;
  }
}

/** Whether the embedded database exists (so a typo in DATA_DIR does not create an empty one). */
function embeddedDatabaseExists(config: Pick<Config, 'DATA_DIR'>): boolean {
  return existsSync(join(config.DATA_DIR, 'pglite', 'PG_VERSION'));
}

/**
 * Opens the configured database for a maintenance command. `existing`: the database must already
 * hold Koordinator's schema (backup, verification); otherwise an empty one is fine (restore).
 * An embedded database in use by another process (Koordinator itself) is refused by its lock.
 */
export async function openForMaintenance(config: Config, options: { existing: boolean }): Promise<Database> {
  if (!config.DATABASE_URL && options.existing && !embeddedDatabaseExists(config)) {
    throw new CommandError(`No embedded database found in ${join(config.DATA_DIR, 'pglite')}. Set DATA_DIR (or DATABASE_URL) to the installation's.`);
  }
  let db: Database;
  try {
    db = await openDatabase(config);
  } catch (error) {
    throw new CommandError(`Cannot open ${describeDatabase(config)}: ${(error as Error).message}`, 1);
  }
  if (options.existing) {
    let found: boolean;
    try {
      const result = await sql<{ found: boolean }>`
        select to_regclass('public.schema_migrations') is not null and to_regclass('public.audit_log') is not null as found`.execute(db.owner);
      found = result.rows[0]?.found === true;
    } catch (error) {
      await db.close();
      throw new CommandError(`Cannot read ${describeDatabase(config)}: ${(error as Error).message}`, 1);
    }
    if (!found) {
      await db.close();
      throw new CommandError(`${describeDatabase(config)} holds no Koordinator data (Koordinator has never run on it).`);
    }
  }
  return db;
}

/** Runs a command: its result is the exit code; expected failures print their message only. */
export function runCommand(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof CommandError) {
        console.error(error.message);
        process.exitCode = error.exitCode;
      } else if (error instanceof BackupError) {
        console.error(error.message);
        process.exitCode = error.refusal ? 2 : 1;
      } else {
        console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      }
    },
  );
}

/** Throttled progress lines for big tables. */
export function progressPrinter(write: (line: string) => void, minimumRows = 10_000, everyMs = 2000) {
  const last = new Map<string, number>();
  return (p: BackupProgress) => {
    if (p.total < minimumRows) return;
    const now = Date.now();
    if (p.done < p.total && now - (last.get(p.table) ?? 0) < everyMs) return;
    last.set(p.table, now);
    write(`  ${p.table}: ${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} rows`);
  };
}
