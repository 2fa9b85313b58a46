import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { APP_ROLE, kyselyOver, type Database, type QueryClient, type QueryPool } from './database.js';

const DATE_OID = 1082;
const INT8_OID = 20;

/** One connection serves everyone: callers queue for it, one transaction at a time. */
class Turnstile {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => mine);
    return ready;
  }
}

function commandOf(text: string): string | undefined {
  return /^\s*(insert|update|delete|merge)\b/i.exec(text)?.[1]?.toUpperCase();
}

function poolOver(pg: PGlite, turnstile: Turnstile, role: string | null): QueryPool {
  return {
    async connect(): Promise<QueryClient> {
      const release = await turnstile.acquire();
      if (role) await pg.exec(`SET ROLE ${role}`);
      return {
        async query(text, params) {
          const result = await pg.query(text, params as unknown[] | undefined);
          return { rows: result.rows, command: commandOf(text), rowCount: result.affectedRows ?? result.rows.length };
        },
        release() {
          const done = role ? pg.exec('RESET ROLE') : Promise.resolve();
          done.then(release, release);
        },
      };
    },
    async end() {},
  };
}

/**
 * PGlite has no lock of its own, and two processes on one data directory would corrupt it: the
 * first to open it holds a lock file until it closes. A lock left by a process that ended is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const file = `${dataDir}.lock`;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8'));
      let alive = pid > 0;
      try {
        if (alive) process.kill(pid, 0);
      } catch (probe) {
        alive = (probe as NodeJS.ErrnoException).code === 'EPERM';
      }
      if (alive) throw new Error(`The embedded database in ${dataDir} is in use by process ${pid}; stop that process first`);
      rmSync(file, { force: true });
    }
  }
}

/** Opens the embedded database; `dataDir` undefined keeps it in memory (tests). */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
  let pg: PGlite;
  try {
    pg = await PGlite.create({
      dataDir,
      loadDataDir,
      parsers: { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => Number(value) },
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const turnstile = new Turnstile();
  return {
    kind: 'pglite',
    app: kyselyOver(poolOver(pg, turnstile, APP_ROLE)),
    owner: kyselyOver(poolOver(pg, turnstile, null)),
    async execScript(script) {
      const release = await turnstile.acquire();
      try {
        await pg.exec(script);
      } finally {
        release();
      }
    },
    async close() {
      const release = await turnstile.acquire();
      try {
        await pg.close();
      } finally {
        unlock();
        release();
      }
    },
    pglite: pg,
  } as Database & { pglite: PGlite };
}
