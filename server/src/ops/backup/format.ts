/*
 * The backup format, one for the embedded database (PGlite) and a PostgreSQL server, so an
 * installation can also move from one to the other.
 *
 * A backup is a gzip-compressed stream of JSON lines:
 *   1. a header: format name and version, when, the schema's migrations, and every table with
 *      its columns and row count;
 *   2. per table, in foreign-key-safe order: a line {"table": name, "rows": n} and then n lines,
 *      each one row as PostgreSQL's own `to_jsonb(row)` text (PostgreSQL converts the types both
 *      ways, so timestamps keep their microseconds, and arrays, jsonb, uuid, bigint and bytea
 *      come back exactly);
 *   3. a trailer {"end": "koordinator-backup", ...}: a file without it is incomplete.
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'koordinator-backup';
export const BACKUP_VERSION = 1;

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

export const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  createdAt: z.string(),
  source: z.object({ database: z.string(), serverVersion: z.string() }).partial().optional(),
  migrations: z.array(z.object({ version: z.string(), name: z.string(), checksum: z.string() })),
  excluded: z.array(z.string()).optional(),
  tables: z.array(z.object({ name: z.string().min(1), rows: z.number().int().nonnegative(), columns: z.array(z.string()) })),
});
export type BackupHeader = z.infer<typeof headerSchema>;

export const sectionSchema = z.object({ table: z.string(), rows: z.number().int().nonnegative() });
export const trailerSchema = z.object({ end: z.literal(BACKUP_FORMAT), tables: z.number(), rows: z.number() });
