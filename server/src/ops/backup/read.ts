import { createGunzip } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, headerSchema, sectionSchema, trailerSchema, type BackupHeader } from './format.js';

const MAX_LINE_CHARS = 256 * 1024 * 1024;

/** Lines of a gzip-compressed stream, read on demand; zlib's errors become BackupErrors. */
export class BackupReader {
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
    this.stream = pipeline(input, createGunzip(), () => undefined);
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
export function isStructureLine(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return sectionSchema.strict().safeParse(value).success || trailerSchema.strict().safeParse(value).success;
  } catch {
    return false;
  }
}

export function parseLine<T>(line: string | undefined, schema: z.ZodType<T>, what: string, reader: BackupReader): T {
  if (line === undefined) throw new BackupError('damaged', `The backup file is incomplete: it ends before ${what}`);
  try {
    return schema.parse(JSON.parse(line));
  } catch {
    throw new BackupError('damaged', `The backup file is damaged: line ${reader.lineNumber} should be ${what}`);
  }
}

export async function readHeader(reader: BackupReader): Promise<BackupHeader> {
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
