import type { Config } from '../config/config.js';
import type { Tx } from '../db/database.js';
import type { Actor } from '../policies/policy.js';

/**
 * One thing that needs a user now: a referral waiting for their body, a callback due, a reflection
 * period ending, a shelter near capacity, a rehabilitation plan to review. Tasks are computed when
 * asked for, from the records themselves; nothing is stored, so a task disappears as soon as
 * what it asks for is done.
 */
export interface Task {
  /** What it is; the client's text is `tasks.kind.<kind>` with `params` (e.g. `referral_waiting`). */
  kind: string;
  /** Stable within its kind (the referral's, the callback's id), for keys. */
  id: string;
  /** `overdue`: past its due time; `urgent`: to be done first; `normal` otherwise. */
  severity: 'overdue' | 'urgent' | 'normal';
  /** Since when it has waited (ISO). */
  since: string;
  /** By when it is to be done (ISO), if there is a limit. */
  dueAt: string | null;
  /** Where in the client it is done, e.g. `/referrals?box=incoming` or `/cases/<id>?tab=referrals`. */
  link: string;
  /** What the text names: references, bodies' short names, counts, dates. Never a person's identifying data. */
  params: Record<string, string | number | boolean | null>;
}

/** What a provider gets: the caller's transaction (row-level security applies), the caller, the clock, the configuration. */
export interface TaskContext {
  tx: Tx;
  actor: Actor;
  now: Date;
  config: Config;
}

/**
 * A source of tasks. Register one in `registry.ts` (one line); the feed asks every provider that
 * `appliesTo` the caller, each in its own savepoint, so a failing provider is reported and the
 * others are still shown. A provider runs under the caller's row-level security and must return
 * only what concerns the caller (their body, their own assignments).
 */
export interface TaskProvider {
  /** Unique; named in the answer's `failed` when the provider fails. */
  name: string;
  /** A cheap test on the caller (role, permissions) before any query. */
  appliesTo(actor: Actor): boolean;
  collect(context: TaskContext): Promise<Task[]>;
}
