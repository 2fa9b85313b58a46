/**
 * The data the benchmark runs on: synthetic data (server/src/synthetic/) at a modest scale,
 * written once per scale, seed and migration set and kept — a directory for the embedded
 * database, a database on the server — then copied for each run, so every run starts from the
 * same state and writes of one run never reach the next.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createSecretBox } from '../../server/src/auth/secret-box.js';
import { openVault } from '../../server/src/cases/crypto/identity-vault.js';
import { loadConfig } from '../../server/src/config/config.js';
import type { Database } from '../../server/src/db/database.js';
import { migrate, readMigrations } from '../../server/src/db/migrate.js';
import { openPglite } from '../../server/src/db/pglite.js';
import { openPostgres } from '../../server/src/db/postgres.js';
import type { AppContext } from '../../server/src/http/context.js';
import { seedSynthetic } from '../../server/src/synthetic/generate.js';

export type DatabaseKind = 'embedded' | 'server';

const SECRET_KEY = 'be'.repeat(32);

export interface DatasetOptions {
  scale: number;
  seed: number;
  /** Years of history (ten, or fewer for a smoke run). */
  years: number;
  /** Where embedded datasets are kept between runs. */
  cacheDir: string;
  serverUrl: string;
  log: (line: string) => void;
}

export interface Dataset {
  kind: DatabaseKind;
  ctx: AppContext;
  close(): Promise<void>;
}

const schemaVersion = () => createHash('sha256').update(readMigrations().map((m) => m.checksum).join()).digest('hex').slice(0, 10);
const prefix = (options: DatasetOptions) => `s${String(options.scale).replace('.', '_')}_seed${options.seed}_y${options.years}_`;
const label = (options: DatasetOptions) => `${prefix(options)}${schemaVersion()}`;

async function contextFor(db: Database, env: Record<string, string>): Promise<AppContext> {
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATA_DIR: tmpdir(), SECRET_KEY, ...env });
  const secrets = createSecretBox(SECRET_KEY);
  return { config, db, secrets, vault: await openVault(db.owner, secrets) };
}

async function fill(db: Database, options: DatasetOptions) {
  await migrate(db);
  const ctx = await contextFor(db, {});
  const result = await seedSynthetic(ctx, { scale: options.scale, seed: options.seed, years: options.years, demo: true, log: (line) => options.log(`  ${line}`) });
  if (!result.completed) throw new Error('Synthetic data incomplete');
}

export async function embeddedDataset(options: DatasetOptions): Promise<Dataset> {
  const source = join(options.cacheDir, label(options));
  mkdirSync(source, { recursive: true });
  // The same data for an earlier set of migrations is of no more use.
  for (const entry of readdirSync(options.cacheDir)) {
    if (entry.startsWith(prefix(options)) && entry !== label(options)) rmSync(join(options.cacheDir, entry), { recursive: true, force: true });
  }
  if (!existsSync(join(source, 'complete'))) {
    options.log(`Writing the embedded dataset (scale ${options.scale}, seed ${options.seed}) to ${source}`);
    const db = await openPglite(join(source, 'pglite'));
    try {
      await fill(db, options);
    } finally {
      await db.close();
    }
    mkdirSync(join(source, 'complete'));
  }
  const copy = mkdtempSync(join(tmpdir(), 'koordinator-bench-run-'));
  cpSync(join(source, 'pglite'), join(copy, 'pglite'), { recursive: true });
  const db = await openPglite(join(copy, 'pglite'));
  return {
    kind: 'embedded',
    ctx: await contextFor(db, { DATA_DIR: copy }),
    close: async () => {
      await db.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function serverReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function serverDataset(options: DatasetOptions): Promise<Dataset> {
  const admin = new pg.Client({ connectionString: options.serverUrl });
  await admin.connect();
  const source = `koordinator_bench_${label(options)}`.toLowerCase();
  const run = `koordinator_bench_run_${process.pid}`;
  try {
    // Runs that ended without cleaning up (their process is gone).
    for (const { datname } of (await admin.query("select datname from pg_database where datname like 'koordinator_bench_run_%'")).rows) {
      const pid = Number(String(datname).slice('koordinator_bench_run_'.length));
      if (pid > 0 && alive(pid)) continue;
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    for (const { datname } of (await admin.query('select datname from pg_database where datname like $1 and datname <> $2', [`koordinator_bench_${prefix(options)}%`.toLowerCase(), source])).rows) {
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [source])).rowCount;
    if (!exists) await admin.query(`CREATE DATABASE ${source}`);
    const complete = exists
      ? await (async () => {
          const probe = new pg.Client({ connectionString: withDatabase(options.serverUrl, source) });
          await probe.connect();
          try {
            return (await probe.query("select 1 from information_schema.tables where table_schema = 'synthetic' and table_name = 'run'")).rowCount
              ? Boolean((await probe.query('select finished_at from synthetic.run where id = 1')).rows[0]?.finished_at)
              : false;
          } finally {
            await probe.end();
          }
        })()
      : false;
    if (!complete) {
      options.log(`Writing the server dataset (scale ${options.scale}, seed ${options.seed}) to database ${source}`);
      const db = await openPostgres(withDatabase(options.serverUrl, source), 2);
      try {
        await fill(db, options);
      } finally {
        await db.close();
      }
    }
    await admin.query(`CREATE DATABASE ${run} TEMPLATE ${source}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(options.serverUrl, run);
  const db = await openPostgres(url, 10);
  return {
    kind: 'server',
    ctx: await contextFor(db, { DATABASE_URL: url }),
    close: async () => {
      await db.close();
      const cleaner = new pg.Client({ connectionString: options.serverUrl });
      await cleaner.connect();
      try {
        await cleaner.query(`DROP DATABASE IF EXISTS ${run} WITH (FORCE)`);
      } finally {
        await cleaner.end();
      }
    },
  };
}

/** Removes what `embeddedDataset` and `serverDataset` kept for these options (smoke runs leave nothing behind). */
export async function forgetDatasets(options: DatasetOptions, server: boolean) {
  rmSync(join(options.cacheDir, label(options)), { recursive: true, force: true });
  if (!server) return;
  const admin = new pg.Client({ connectionString: options.serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS koordinator_bench_${label(options)} WITH (FORCE)`.toLowerCase());
  } finally {
    await admin.end();
  }
}
