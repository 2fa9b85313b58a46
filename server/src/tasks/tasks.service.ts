import { sql } from 'kysely';
import type { Config } from '../config/config.js';
import type { Tx } from '../db/database.js';
import type { Actor } from '../policies/policy.js';
import { TASK_PROVIDERS } from './registry.js';
import type { Task, TaskProvider } from './task-provider.js';

const SEVERITY_ORDER: Record<Task['severity'], number> = { overdue: 0, urgent: 1, normal: 2 };

/** Overdue first, then urgent; within each, what is due first, then what has waited longest. */
export function compareTasks(a: Task, b: Task): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff') ||
    a.since.localeCompare(b.since) ||
    a.kind.localeCompare(b.kind) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The caller's feed: every provider that applies to them, each in a savepoint of the caller's
 * transaction so that one failing (a table another part is migrating, a bug) costs only its own
 * tasks; the names of failed providers are returned so the client can say that something is missing.
 */
export async function collectTasks(tx: Tx, actor: Actor, now: Date, config: Config, providers: readonly TaskProvider[] = TASK_PROVIDERS, onError?: (provider: string, error: unknown) => void) {
  const items: Task[] = [];
  const failed: string[] = [];
  for (const provider of providers) {
    if (!provider.appliesTo(actor)) continue;
    await sql`savepoint task_provider`.execute(tx);
    try {
      items.push(...(await provider.collect({ tx, actor, now, config })));
      await sql`release savepoint task_provider`.execute(tx);
    } catch (error) {
      await sql`rollback to savepoint task_provider`.execute(tx);
      failed.push(provider.name);
      onError?.(provider.name, error);
    }
  }
  return { items: items.sort(compareTasks), failed };
}
