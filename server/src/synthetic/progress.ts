/**
 * Where a synthetic run stands, kept in the database it fills (schema `synthetic`, outside the
 * application's `public` schema, so backups and the application never see it): the settings of
 * the run and, per stage, how many chunks are written. A chunk and its progress are committed in
 * one transaction, so a run stopped at any moment resumes after the last whole chunk and writes
 * nothing twice.
 */
import { sql } from 'kysely';
import type { Database, Tx } from '../db/database.js';

export interface RunSettings {
  seed: number;
  scale: number;
  /** The day the ten years end on; fixed at the first run so that a resumed run writes the same data. */
  today: string;
}

export async function ensureProgressTables(db: Database) {
  await db.execScript(`
    CREATE SCHEMA IF NOT EXISTS synthetic;
    CREATE TABLE IF NOT EXISTS synthetic.run (
      id integer PRIMARY KEY CHECK (id = 1),
      seed bigint NOT NULL,
      scale double precision NOT NULL,
      today date NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    );
    CREATE TABLE IF NOT EXISTS synthetic.progress (
      stage text PRIMARY KEY,
      done integer NOT NULL DEFAULT 0,
      total integer NOT NULL,
      rows bigint NOT NULL DEFAULT 0,
      finished_at timestamptz
    );
    -- Audit entries of the synthetic history, written in time order into audit_log by the last stage.
    CREATE TABLE IF NOT EXISTS synthetic.audit_pending (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      user_id uuid,
      organisation_id uuid,
      role text,
      action text NOT NULL,
      resource text NOT NULL,
      record_id text,
      ip text,
      request_id text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    );
  `);
}

/** The settings of the run already in this database, or these ones for a new run; a different seed or scale is refused. */
export async function claimRun(db: Database, wanted: RunSettings): Promise<{ settings: RunSettings; resumed: boolean }> {
  const existing = await sql<{ seed: string | number; scale: number; today: string }>`select seed, scale, today::text as today from synthetic.run where id = 1`.execute(db.owner);
  const row = existing.rows[0];
  if (row) {
    const settings = { seed: Number(row.seed), scale: Number(row.scale), today: String(row.today) };
    if (settings.seed !== wanted.seed || settings.scale !== wanted.scale) {
      throw new Error(`This database holds synthetic data of seed ${settings.seed} at scale ${settings.scale}; continue with those, or use an empty database`);
    }
    return { settings, resumed: true };
  }
  await sql`insert into synthetic.run (id, seed, scale, today) values (1, ${wanted.seed}, ${wanted.scale}, ${wanted.today})`.execute(db.owner);
  return { settings: wanted, resumed: false };
}

export async function stageFinished(db: Database, stage: string): Promise<boolean> {
  const { rows } = await sql<{ done: number; total: number }>`select done, total from synthetic.progress where stage = ${stage}`.execute(db.owner);
  return rows.length > 0 && Number(rows[0]!.done) >= Number(rows[0]!.total);
}

export async function stageProgress(db: Database, stage: string, total: number): Promise<{ done: number; rows: number }> {
  await sql`insert into synthetic.progress (stage, total) values (${stage}, ${total}) on conflict (stage) do nothing`.execute(db.owner);
  const row = (await sql<{ done: number; total: number; rows: string | number }>`select done, total, rows from synthetic.progress where stage = ${stage}`.execute(db.owner)).rows[0]!;
  if (Number(row.total) !== total) throw new Error(`Stage ${stage} was planned with ${row.total} chunks, now ${total}: the generator changed since this database was filled`);
  return { done: Number(row.done), rows: Number(row.rows) };
}

/** In the chunk's own transaction: the chunk is done exactly when its rows are there. */
export async function markChunk(tx: Tx, stage: string, chunk: number, rows: number) {
  await sql`update synthetic.progress set done = ${chunk + 1}, rows = rows + ${rows},
              finished_at = case when ${chunk + 1} >= total then now() end
            where stage = ${stage} and done = ${chunk}`.execute(tx);
}

export async function finishRun(db: Database) {
  await sql`update synthetic.run set finished_at = now() where id = 1`.execute(db.owner);
}

export async function progressRows(db: Database) {
  return (await sql<{ stage: string; done: number; total: number; rows: string | number; finished_at: Date | null }>`select stage, done, total, rows, finished_at from synthetic.progress order by stage`.execute(db.owner)).rows;
}

/** Prints rows per second and the time left, at most every `everyMs`, on one line when the output is a terminal. */
export class ProgressLine {
  private started = Date.now();
  private lastPrint = 0;
  private readonly tty = Boolean(process.stdout.isTTY);
  constructor(
    private readonly stage: string,
    private readonly totalChunks: number,
    private readonly firstChunk: number,
    private readonly out: ((line: string) => void) | null,
    private readonly everyMs = 2000,
  ) {}

  update(chunk: number, rows: number, force = false) {
    if (!this.out) return;
    const now = Date.now();
    if (!force && now - this.lastPrint < this.everyMs) return;
    this.lastPrint = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const doneHere = chunk + 1 - this.firstChunk;
    const left = this.totalChunks - chunk - 1;
    const eta = doneHere > 0 ? (seconds / doneHere) * left : 0;
    const line = `${this.stage.padEnd(9)} ${String(chunk + 1).padStart(5)}/${this.totalChunks} chunks  ${formatCount(rows)} rows  ${formatCount(rows / seconds)} rows/s  ${left ? `ETA ${formatDuration(eta)}` : `done in ${formatDuration(seconds)}`}`;
    if (this.tty) process.stdout.write(`\r${line.padEnd(100)}${left ? '' : '\n'}`);
    else this.out(line);
  }
}

export const formatCount = (n: number) => Math.round(n).toLocaleString('en').replaceAll(',', ' ');

export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 90) return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
