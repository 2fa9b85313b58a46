import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable, type Writable } from 'node:stream';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { backedUpTables, EXCLUDED_TABLES, qualified, quote, readCatalog, withoutTimeouts } from './catalog.js';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, type BackupHeader, type BackupProgress } from './format.js';

const FETCH_ROWS = 1000;

export interface BackupOptions {
  onProgress?: (progress: BackupProgress) => void;
}

/**
 * Writes a backup of `db` to `out` (which is ended) from one consistent snapshot. Runs as the
 * owner role, with row-level security switched off: a role that would only see part of a table
 * gets an error, never an incomplete backup.
 */
export async function writeBackup(db: Database, out: Writable, options: BackupOptions = {}): Promise<BackupHeader> {
  try {
    return await backupTransaction(db, out, options);
  } catch (error) {
    const table = /row-level security policy for table "([^"]+)"/.exec((error as Error).message)?.[1];
    if (!table) throw error;
    throw new BackupError(
      'row_security',
      `Table ${table} has forced row-level security, so the connecting role would see only some of its rows. ` +
        'Run the backup as a role that bypasses it (a superuser, or one given BYPASSRLS).',
    );
  }
}

function backupTransaction(db: Database, out: Writable, options: BackupOptions): Promise<BackupHeader> {
  return db.owner
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await withoutTimeouts(trx);
      await sql`set local row_security = off`.execute(trx);
      const migrations = await sql<{ version: string; name: string; checksum: string }>`
        select version, name, checksum from schema_migrations order by version`.execute(trx);
      const serverVersion = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(trx);
      const tables = backedUpTables(await readCatalog(trx));
      const counted: BackupHeader['tables'] = [];
      for (const table of tables) {
        const count = await sql<{ n: number }>`select count(*)::bigint as n from ${sql.raw(qualified(table.name))}`.execute(trx);
        counted.push({ name: table.name, rows: Number(count.rows[0]?.n ?? 0), columns: table.columns.filter((c) => !c.generated).map((c) => c.name) });
      }
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        source: { database: db.kind, serverVersion: serverVersion.rows[0]?.v ?? '' },
        migrations: migrations.rows,
        excluded: [...EXCLUDED_TABLES],
        tables: counted,
      };

      async function* lines(): AsyncGenerator<string> {
        yield `${JSON.stringify(header)}\n`;
        let total = 0;
        for (const [index, table] of tables.entries()) {
          const expected = counted[index]!.rows;
          yield `${JSON.stringify({ table: table.name, rows: expected })}\n`;
          const orderBy = table.primaryKey.length ? `order by ${table.primaryKey.map((c) => `t.${quote(c)}`).join(', ')}` : '';
          await sql.raw(`declare koordinator_backup no scroll cursor for select to_jsonb(t)::text as j from ${qualified(table.name)} t ${orderBy}`).execute(trx);
          let done = 0;
          for (;;) {
            const batch = await sql.raw<{ j: string }>(`fetch forward ${FETCH_ROWS} from koordinator_backup`).execute(trx);
            if (batch.rows.length === 0) break;
            done += batch.rows.length;
            yield `${batch.rows.map((r) => r.j).join('\n')}\n`;
            options.onProgress?.({ table: table.name, done, total: expected });
          }
          await sql.raw('close koordinator_backup').execute(trx);
          if (done !== expected) throw new Error(`Table ${table.name} changed during the backup (${done} rows read, ${expected} counted)`);
          if (expected === 0) options.onProgress?.({ table: table.name, done, total: expected });
          total += done;
        }
        yield `${JSON.stringify({ end: BACKUP_FORMAT, tables: tables.length, rows: total })}\n`;
      }

      await pipeline(Readable.from(lines()), createGzip(), out);
      return header;
    });
}
