import { mkdirSync } from 'node:fs';
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

/** Opens the embedded database; `dataDir` undefined keeps it in memory (tests). */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({
    dataDir,
    loadDataDir,
    parsers: { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => Number(value) },
  });
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
        release();
      }
    },
    pglite: pg,
  } as Database & { pglite: PGlite };
}
