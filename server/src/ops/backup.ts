/*
 * Logical backup and restore, one format for the embedded database (PGlite) and a PostgreSQL
 * server, so an installation can also move from one to the other.
 *
 * A backup is a gzip-compressed stream of JSON lines:
 *   1. a header: format name and version, when, the schema's migrations, and every table with
 *      its columns and row count;
 *   2. per table, in foreign-key-safe order: a line {"table": name, "rows": n} and then n lines,
 *      each one row as PostgreSQL's own `to_jsonb(row)` text (PostgreSQL converts the types both
 *      ways, so timestamps keep their microseconds, and arrays, jsonb, uuid, bigint and bytea
 *      come back exactly);
 *   3. a trailer {"end": "koordinator-backup", ...}: a file without it is incomplete.
 *
 * Tables are read from the catalog (schema public), so tables added by later migrations are
 * included without changes here. Left out: schema_migrations (recorded in the header instead) and
 * sessions (a restore logs everyone out).
 */
import { createGzip, createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { pipeline as pipelineCallback, Readable, type Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { migrate, readMigrations, type Migration } from '../db/migrate.js';
import { verifyAuditChain, type ChainProblem, type VerifyResult } from '../audit/verify.js';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { describeDatabase, openDatabase } from '../db/open.js';

export const BACKUP_FORMAT = 'koordinator-backup';
export const BACKUP_VERSION = 1;

/** Never in a backup: the migration history is in the header; sessions are not worth keeping. */
export const EXCLUDED_TABLES: readonly string[] = ['schema_migrations', 'sessions'];

/** A restore refuses to overwrite a database holding any of these unless forced. */
const GUARDED_TABLES = ['organisations', 'users', 'audit_log'];

const FETCH_ROWS = 1000;
const INSERT_ROWS = 1000;
const INSERT_CHARS = 4_000_000;
const MAX_LINE_CHARS = 256 * 1024 * 1024;

export type BackupErrorCode =
  | 'not_a_backup' // not gzip, or no header
  | 'unsupported_format' // a later format version
  | 'damaged' // incomplete or corrupt file
  | 'newer_schema' // the backup has migrations this code does not know
  | 'different_schema' // same migration number, different content
  | 'target_newer' // the target database's schema is ahead of the backup
  | 'not_empty' // the target holds data and force was not given
  | 'load_failed' // PostgreSQL rejected a row
  | 'row_security'; // the backup's role would see only part of a table

/** An expected failure with a message fit for an operator; `refusal` means nothing was attempted. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
  get refusal(): boolean {
    return this.code !== 'damaged' && this.code !== 'load_failed';
  }
}

export interface BackupProgress {
  table: string;
  done: number;
  total: number;
}

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  createdAt: z.string(),
  source: z.object({ database: z.string(), serverVersion: z.string() }).partial().optional(),
  migrations: z.array(z.object({ version: z.string(), name: z.string(), checksum: z.string() })),
  excluded: z.array(z.string()).optional(),
  tables: z.array(z.object({ name: z.string().min(1), rows: z.number().int().nonnegative(), columns: z.array(z.string()) })),
});
export type BackupHeader = z.infer<typeof headerSchema>;

const sectionSchema = z.object({ table: z.string(), rows: z.number().int().nonnegative() });
const trailerSchema = z.object({ end: z.literal(BACKUP_FORMAT), tables: z.number(), rows: z.number() });

// ---------------------------------------------------------------------------------------------
// The catalog

interface ColumnInfo {
  name: string;
  generated: boolean;
  identityAlways: boolean;
  sequence: string | null;
}

interface TableInfo {
  name: string;
  forceRowSecurity: boolean;
  primaryKey: string[];
  parents: string[];
  columns: ColumnInfo[];
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const qualified = (name: string) => `public.${quote(name)}`;

async function readCatalog(db: Kysely<DB>): Promise<Map<string, TableInfo>> {
  const tables = await sql<{ name: string; force_rls: boolean; primary_key: string[]; parents: string[] }>`
    select c.relname::text as name, c.relforcerowsecurity as force_rls,
      coalesce((select array_agg(a.attname::text order by array_position(i.indkey::int2[], a.attnum))
                from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = c.oid and i.indisprimary), '{}'::text[]) as primary_key,
      coalesce((select array_agg(distinct p.relname::text)
                from pg_constraint k join pg_class p on p.oid = k.confrelid
                where k.conrelid = c.oid and k.contype = 'f' and k.confrelid <> c.oid and not k.condeferrable
                  and p.relnamespace = c.relnamespace), '{}'::text[]) as parents
    from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
    order by c.oid`.execute(db);
  const columns = await sql<{ table_name: string; name: string; generated: boolean; identity_always: boolean; sequence: string | null }>`
    select c.relname::text as table_name, a.attname::text as name, a.attgenerated <> '' as generated,
      a.attidentity = 'a' as identity_always,
      pg_get_serial_sequence(format('public.%I', c.relname), a.attname::text) as sequence
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
      and a.attnum > 0 and not a.attisdropped
    order by c.oid, a.attnum`.execute(db);
  const catalog = new Map<string, TableInfo>();
  for (const t of tables.rows) {
    catalog.set(t.name, { name: t.name, forceRowSecurity: t.force_rls, primaryKey: t.primary_key, parents: t.parents, columns: [] });
  }
  for (const c of columns.rows) {
    catalog.get(c.table_name)?.columns.push({ name: c.name, generated: c.generated, identityAlways: c.identity_always, sequence: c.sequence });
  }
  return catalog;
}

/**
 * Parents before children; among tables free to go, creation order. Only non-deferrable foreign
 * keys count: deferrable ones are checked at the restore's commit, so they may form cycles. A
 * table referencing itself must declare that key DEFERRABLE for its rows to restore in any order.
 */
export function orderByDependencies(tables: readonly { name: string; parents: readonly string[] }[]): string[] {
  const names = new Set(tables.map((t) => t.name));
  const pending = new Map(tables.map((t) => [t.name, new Set(t.parents.filter((p) => names.has(p) && p !== t.name))]));
  const ordered: string[] = [];
  while (pending.size > 0) {
    const next = [...pending.keys()].find((name) => pending.get(name)!.size === 0);
    if (next === undefined) {
      throw new Error(`Tables ${[...pending.keys()].join(', ')} reference each other; they cannot be put in a restorable order`);
    }
    ordered.push(next);
    pending.delete(next);
    for (const parents of pending.values()) parents.delete(next);
  }
  return ordered;
}

function backedUpTables(catalog: Map<string, TableInfo>): TableInfo[] {
  const included = [...catalog.values()].filter((t) => !EXCLUDED_TABLES.includes(t.name));
  return orderByDependencies(included).map((name) => catalog.get(name)!);
}

async function withoutTimeouts(db: Kysely<DB>): Promise<void> {
  await sql`select set_config('statement_timeout', '0', true), set_config('idle_in_transaction_session_timeout', '0', true)`.execute(db);
}

// ---------------------------------------------------------------------------------------------
// Backup

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

// ---------------------------------------------------------------------------------------------
// Reading a backup file

/** Lines of a gzip-compressed stream, read on demand; zlib's errors become BackupErrors. */
class BackupReader {
  private readonly stream: Readable;
  private readonly iterator: AsyncIterator<Buffer>;
  private readonly decoder = new StringDecoder('utf8');
  private pending: string[] = [];
  private index = 0;
  private partial = '';
  private ended = false;
  private started = false;
  lineNumber = 0;

  constructor(input: Readable) {
    this.stream = pipelineCallback(input, createGunzip(), () => undefined);
    this.iterator = this.stream[Symbol.asyncIterator]();
  }

  async next(): Promise<string | undefined> {
    for (;;) {
      if (this.index < this.pending.length) {
        this.lineNumber += 1;
        return this.pending[this.index++];
      }
      if (this.ended) return undefined;
      let chunk: IteratorResult<Buffer>;
      try {
        chunk = await this.iterator.next();
      } catch (error) {
        throw this.translate(error);
      }
      let text: string;
      if (chunk.done) {
        this.ended = true;
        text = this.partial + this.decoder.end();
        this.pending = text ? [text] : [];
        this.partial = '';
      } else {
        this.started = true;
        text = this.partial + this.decoder.write(chunk.value);
        this.pending = text.split('\n');
        this.partial = this.pending.pop()!;
        if (this.partial.length > MAX_LINE_CHARS) throw new BackupError('damaged', 'The backup file is damaged: a line is impossibly long');
      }
      this.index = 0;
    }
  }

  private translate(error: unknown): Error {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('Z_')) return error as Error;
    if (!this.started && /header check/.test((error as Error).message)) {
      return new BackupError('not_a_backup', 'This is not a Koordinator backup (not a gzip-compressed file)');
    }
    return new BackupError('damaged', `The backup file is damaged or incomplete (${(error as Error).message})`);
  }

  /** Reads to the end, for the errors only the end reveals (gzip's checksum); throws those. */
  async drain(): Promise<void> {
    while ((await this.next()) !== undefined);
  }

  close(): void {
    this.stream.destroy();
  }
}

/** Whether a line is one of the backup's own section or end lines (the rows' JSON never is). */
function isStructureLine(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return sectionSchema.strict().safeParse(value).success || trailerSchema.strict().safeParse(value).success;
  } catch {
    return false;
  }
}

function parseLine<T>(line: string | undefined, schema: z.ZodType<T>, what: string, reader: BackupReader): T {
  if (line === undefined) throw new BackupError('damaged', `The backup file is incomplete: it ends before ${what}`);
  try {
    return schema.parse(JSON.parse(line));
  } catch {
    throw new BackupError('damaged', `The backup file is damaged: line ${reader.lineNumber} should be ${what}`);
  }
}

async function readHeader(reader: BackupReader): Promise<BackupHeader> {
  const line = await reader.next();
  let value: unknown;
  try {
    value = JSON.parse(line ?? '');
  } catch {
    throw new BackupError('not_a_backup', 'This is not a Koordinator backup (it has no backup header)');
  }
  if ((value as { format?: unknown })?.format !== BACKUP_FORMAT) {
    throw new BackupError('not_a_backup', 'This is not a Koordinator backup (it has no backup header)');
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new BackupError('unsupported_format', `This backup uses format version ${version}, made by a newer Koordinator; this one reads version ${BACKUP_VERSION}. Upgrade first.`);
  }
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success || parsed.data.version !== BACKUP_VERSION) throw new BackupError('damaged', 'The backup file is damaged: its header is incomplete');
  return parsed.data;
}

/** Reads only the header: what a backup holds, without restoring it. */
export async function readBackupHeader(input: Readable): Promise<BackupHeader> {
  const reader = new BackupReader(input);
  try {
    return await readHeader(reader);
  } finally {
    reader.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Restore

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

// ---------------------------------------------------------------------------------------------
// Reporting, shared by `restore` and `audit:verify`

export function describeProblem(problem: ChainProblem): string {
  switch (problem.problem) {
    case 'altered':
      return `Entry #${problem.seq} was altered`;
    case 'missing_before':
      return `Entries before #${problem.seq} were removed`;
    case 'broken_link':
      return `Entry #${problem.seq} does not link to its predecessor`;
    case 'missing_at_end':
      return `The newest entries were removed: the trail had reached #${problem.seq}`;
  }
}

/** The human report of a verification: one line when intact, else one line per problem. */
export function formatAuditReport(result: VerifyResult): { ok: boolean; lines: string[] } {
  if (result.problems.length === 0) return { ok: true, lines: [`Audit trail intact: ${result.entries} entries`] };
  const count = result.problems.length;
  return {
    ok: false,
    lines: [`Audit trail NOT intact: ${count} ${count === 1 ? 'problem' : 'problems'} in ${result.entries} entries`, ...result.problems.map((p) => `  ${describeProblem(p)}`)],
  };
}

export function auditReportJson(result: VerifyResult) {
  return {
    ok: result.problems.length === 0,
    entries: result.entries,
    problems: result.problems.map((p) => ({ seq: p.seq, problem: p.problem, message: describeProblem(p) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Command-line support

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
export function embeddedDatabaseExists(config: Pick<Config, 'DATA_DIR'>): boolean {
  return existsSync(join(config.DATA_DIR, 'pglite', 'PG_VERSION'));
}

/**
 * The embedded database must never be opened by two processes at once. Koordinator holds no
 * lock on it, so this asks the configured port whether Koordinator answers there.
 */
export async function koordinatorAnswers(config: Pick<Config, 'HOST' | 'PORT'>): Promise<boolean> {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  try {
    const response = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}/healthz`, { signal: AbortSignal.timeout(1500) });
    const body = (await response.json()) as { status?: unknown };
    return response.ok && body.status === 'ok';
  } catch {
    return false;
  }
}

/**
 * Opens the configured database for a maintenance command. `existing`: the database must already
 * hold Koordinator's schema (backup, verification); otherwise an empty one is fine (restore).
 */
export async function openForMaintenance(config: Config, options: { existing: boolean }): Promise<Database> {
  if (!config.DATABASE_URL) {
    if (options.existing && !embeddedDatabaseExists(config)) {
      throw new CommandError(`No embedded database found in ${join(config.DATA_DIR, 'pglite')}. Set DATA_DIR (or DATABASE_URL) to the installation's.`);
    }
    if (await koordinatorAnswers(config)) {
      throw new CommandError(
        `Koordinator is running on port ${config.PORT}. Stop it first: the embedded database must not be opened by two programs at once.`,
      );
    }
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
