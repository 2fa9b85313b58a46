import type { Readable } from 'node:stream';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { migrate, readMigrations, type Migration } from '../../db/migrate.js';
import { verifyAuditChain, type VerifyResult } from '../../audit/verify.js';
import { qualified, quote, readCatalog, withoutTimeouts } from './catalog.js';
import { BackupError, sectionSchema, trailerSchema, type BackupHeader, type BackupProgress } from './format.js';
import { BackupReader, isStructureLine, parseLine, readHeader } from './read.js';

/** A restore refuses to overwrite a database holding any of these unless forced. */
const GUARDED_TABLES = ['organisations', 'users', 'audit_log'];

const INSERT_ROWS = 1000;
const INSERT_CHARS = 4_000_000;

export interface RestoreOptions {
  /** Replace whatever the target holds. Without it, a target with data is refused. */
  force?: boolean;
  onProgress?: (progress: BackupProgress) => void;
  /** The code's migrations; tests pass their own. */
  migrations?: Migration[];
}

export interface RestoreResult {
  header: BackupHeader;
  tables: { name: string; rows: number }[];
  rows: number;
  /** Migrations newer than the backup, applied after its data was loaded. */
  migrated: string[];
  audit: VerifyResult;
}

function checkMigrations(backup: BackupHeader['migrations'], code: Migration[]): void {
  const known = new Map(code.map((m) => [m.version, m]));
  for (const m of backup) {
    const mine = known.get(m.version);
    if (!mine) {
      const latest = code.at(-1)?.version ?? 'none';
      throw new BackupError('newer_schema', `The backup was made by a newer Koordinator (database schema ${m.version}_${m.name}; this one knows up to ${latest}). Upgrade Koordinator, then restore.`);
    }
    if (mine.checksum !== m.checksum) {
      throw new BackupError('different_schema', `The backup's migration ${m.version}_${m.name} differs from this Koordinator's: the backup comes from an incompatible version.`);
    }
  }
}

async function countRows(db: Kysely<DB>, tables: string[]): Promise<{ name: string; rows: number }[]> {
  const counts: { name: string; rows: number }[] = [];
  for (const name of tables) {
    const result = await sql<{ n: number }>`select count(*)::bigint as n from ${sql.raw(qualified(name))}`.execute(db);
    counts.push({ name, rows: Number(result.rows[0]?.n ?? 0) });
  }
  return counts;
}

async function refuseIfHoldsData(db: Kysely<DB>, tables: string[]): Promise<void> {
  const holding = (await countRows(db, tables)).filter((c) => c.rows > 0);
  if (holding.length === 0) return;
  throw new BackupError(
    'not_empty',
    `The database already holds data (${holding.map((c) => `${c.name}: ${c.rows} ${c.rows === 1 ? 'row' : 'rows'}`).join(', ')}). ` +
      'A restore replaces everything in it: run it again with --force if that is what you want.',
  );
}

/**
 * Restores a backup into `db`: brings the schema to the backup's migrations, loads everything in
 * one transaction as the owner role (a failure leaves the database as it was), applies the
 * migrations that are newer than the backup, and verifies the audit trail.
 *
 * Triggers are switched off while loading, so the audit trail comes back byte for byte (with its
 * own seq, prev_hash and hash) instead of being re-chained; forced row-level security is lifted
 * for the load. Both are restored before the transaction commits.
 */
export async function restoreBackup(db: Database, input: Readable, options: RestoreOptions = {}): Promise<RestoreResult> {
  const code = options.migrations ?? readMigrations();
  const reader = new BackupReader(input);
  try {
    const header = await readHeader(reader);
    if (header.migrations.length === 0) throw new BackupError('damaged', 'The backup file is damaged: it lists no migrations');
    checkMigrations(header.migrations, code);

    if (!options.force) {
      // Refuse before migrating anything; checked again, under lock, in the restore's transaction.
      const existing = await sql<{ name: string }>`
        select relname::text as name from pg_class
        where relnamespace = 'public'::regnamespace and relkind = 'r' and relname in (${sql.join(GUARDED_TABLES)})`.execute(db.owner);
      await refuseIfHoldsData(db.owner, existing.rows.map((r) => r.name));
    }

    const backupVersions = new Set(header.migrations.map((m) => m.version));
    const latest = header.migrations.map((m) => m.version).sort().at(-1)!;
    await migrate(db, code.filter((m) => m.version <= latest));
    const applied = await sql<{ version: string; name: string }>`select version, name from schema_migrations order by version`.execute(db.owner);
    const ahead = applied.rows.filter((m) => !backupVersions.has(m.version));
    if (ahead.length > 0) {
      throw new BackupError(
        'target_newer',
        `The database is already at schema ${ahead.at(-1)!.version}_${ahead.at(-1)!.name}, newer than the backup's ${latest}. ` +
          'Restore into a new, empty database instead: it is brought up to date after the restore.',
      );
    }

    const loaded = await db.owner.transaction().execute(async (trx) => {
      await withoutTimeouts(trx);
      // Deferrable foreign keys (self-references, cycles) are checked at commit, when all rows are in.
      await sql`set constraints all deferred`.execute(trx);
      const catalog = await readCatalog(trx);
      const all = [...catalog.keys()].filter((name) => name !== 'schema_migrations');
      await sql.raw(`lock table ${all.map(qualified).join(', ')} in access exclusive mode`).execute(trx);

      if (!options.force) await refuseIfHoldsData(trx, GUARDED_TABLES.filter((t) => catalog.has(t)));

      for (const table of header.tables) {
        const target = catalog.get(table.name);
        if (!target) throw new BackupError('load_failed', `The backup holds table ${table.name}, which this database does not have`);
        const writable = new Set(target.columns.filter((c) => !c.generated).map((c) => c.name));
        const unknown = table.columns.filter((c) => !writable.has(c));
        if (unknown.length) throw new BackupError('load_failed', `The backup's table ${table.name} has columns this database does not have: ${unknown.join(', ')}`);
      }

      await sql.raw(`truncate table ${all.map(qualified).join(', ')}`).execute(trx);

      const triggers = await sql<{ table_name: string; name: string; mode: string }>`
        select c.relname::text as table_name, t.tgname::text as name, t.tgenabled::text as mode
        from pg_trigger t join pg_class c on c.oid = t.tgrelid
        where c.relnamespace = 'public'::regnamespace and not t.tgisinternal and t.tgenabled <> 'D'`.execute(trx);
      const restored = new Set(header.tables.map((t) => t.name));
      const switchedOff = triggers.rows.filter((t) => restored.has(t.table_name));
      for (const t of switchedOff) await sql.raw(`alter table ${qualified(t.table_name)} disable trigger ${quote(t.name)}`).execute(trx);
      const forced = [...catalog.values()].filter((t) => t.forceRowSecurity && restored.has(t.name));
      for (const t of forced) await sql.raw(`alter table ${qualified(t.name)} no force row level security`).execute(trx);

      let total = 0;
      for (const table of header.tables) {
        const section = parseLine(await reader.next(), sectionSchema, `the start of table ${table.name}`, reader);
        if (section.table !== table.name || section.rows !== table.rows) {
          throw new BackupError('damaged', `The backup file is damaged: line ${reader.lineNumber} should start table ${table.name} with ${table.rows} rows`);
        }
        const target = catalog.get(table.name)!;
        const columns = table.columns.map(quote).join(', ');
        const overriding = target.columns.some((c) => c.identityAlways) ? 'overriding system value' : '';
        const insert = (rows: string) =>
          sql`insert into ${sql.raw(qualified(table.name))} (${sql.raw(columns)}) ${sql.raw(overriding)}
              select ${sql.raw(columns)} from jsonb_populate_recordset(null::${sql.raw(qualified(table.name))}, ${rows}::jsonb)`;
        let batch: string[] = [];
        let chars = 0;
        let done = 0;
        const flush = async () => {
          if (batch.length === 0) return;
          const firstLine = reader.lineNumber - batch.length + 1;
          let inserted: bigint | undefined;
          try {
            inserted = (await insert(`[${batch.join(',')}]`).execute(trx)).numAffectedRows;
          } catch (error) {
            if (batch.some(isStructureLine)) {
              throw new BackupError('damaged', `The backup file is damaged: table ${table.name} has fewer rows than its header says`);
            }
            throw new BackupError('load_failed', `Table ${table.name}, rows on lines ${firstLine}–${reader.lineNumber} of the backup could not be restored: ${(error as Error).message}`);
          }
          if (inserted !== undefined && inserted !== BigInt(batch.length)) {
            throw new BackupError('damaged', `The backup file is damaged: table ${table.name}, lines ${firstLine}–${reader.lineNumber} do not hold one row each`);
          }
          done += batch.length;
          batch = [];
          chars = 0;
          options.onProgress?.({ table: table.name, done, total: table.rows });
        };
        for (let i = 0; i < table.rows; i += 1) {
          const line = await reader.next();
          if (line === undefined) throw new BackupError('damaged', `The backup file is incomplete: table ${table.name} ends after ${done + batch.length} of ${table.rows} rows`);
          if (!line.startsWith('{')) throw new BackupError('damaged', `The backup file is damaged: line ${reader.lineNumber} is not a row`);
          batch.push(line);
          chars += line.length;
          if (batch.length >= INSERT_ROWS || chars >= INSERT_CHARS) await flush();
        }
        await flush();
        if (table.rows === 0) options.onProgress?.({ table: table.name, done: 0, total: 0 });
        total += done;

        for (const column of target.columns) {
          if (!column.sequence) continue;
          await sql`select case when m is null then setval(${column.sequence}::regclass, s.seqstart, false) else setval(${column.sequence}::regclass, m, true) end
            from (select max(${sql.raw(`t.${quote(column.name)}`)})::bigint as m from ${sql.raw(qualified(table.name))} t) mx,
                 pg_sequence s where s.seqrelid = ${column.sequence}::regclass`.execute(trx);
        }
      }

      const trailer = parseLine(await reader.next(), trailerSchema, 'the end-of-backup line', reader);
      if (trailer.rows !== total || trailer.tables !== header.tables.length) throw new BackupError('damaged', 'The backup file is damaged: its end-of-backup line does not match its contents');
      if ((await reader.next()) !== undefined) throw new BackupError('damaged', 'The backup file is damaged: there is data after its end');

      for (const t of forced) await sql.raw(`alter table ${qualified(t.name)} force row level security`).execute(trx);
      for (const t of switchedOff) {
        const mode = t.mode === 'A' ? 'always ' : t.mode === 'R' ? 'replica ' : '';
        await sql.raw(`alter table ${qualified(t.table_name)} enable ${mode}trigger ${quote(t.name)}`).execute(trx);
      }
      return { tables: header.tables.map((t) => ({ name: t.name, rows: t.rows })), rows: total };
    });

    const migrated = await migrate(db, code);
    const audit = await verifyAuditChain(db);
    return { header, ...loaded, migrated, audit };
  } catch (error) {
    // Rows PostgreSQL rejects may be the garbage of a damaged file: if so, say that instead.
    if (error instanceof BackupError && error.code === 'load_failed') await reader.drain();
    throw error;
  } finally {
    reader.close();
  }
}
