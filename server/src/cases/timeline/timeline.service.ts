import { sql } from 'kysely';
import type { CasePart } from '../../../../common/src/case-parts.js';
import type { Tx } from '../../db/database.js';
import type { Actor } from '../../policies/policy.js';
import type { IdentityVault } from '../crypto/identity-vault.js';
import { visibleCase } from '../cases.service.js';
import { TIMELINE_SOURCES } from './registry.js';
import { orderKey, type TimelineEvent, type TimelineSource } from './timeline-source.js';

/** Whether the caller sees an event: the header always, a part only when the case page would show it. */
export const shownTo = (parts: ReadonlySet<CasePart>) => (part: CasePart | null) => part === null || parts.has(part);

/**
 * One case's events from every source, oldest first, with the case page's rules: row-level
 * security decides whether the case is visible at all (404 otherwise), the caller's parts decide
 * which events are sent. Each source runs in its own savepoint; the names of those that failed are
 * returned so the client can say that the timeline is incomplete.
 */
export async function caseTimeline(tx: Tx, vault: IdentityVault, actor: Actor, caseId: string, sources: readonly TimelineSource[] = TIMELINE_SOURCES, onError?: (source: string, error: unknown) => void) {
  const { parts } = await visibleCase(tx, actor, caseId);
  const shown = shownTo(parts);
  const items: TimelineEvent[] = [];
  const failed: string[] = [];
  for (const source of sources) {
    if (!source.parts.some(shown)) continue;
    await sql`savepoint timeline_source`.execute(tx);
    try {
      const events = await source.collect({ tx, vault, actor, caseId, parts });
      items.push(...events.filter((event) => shown(event.part)));
      await sql`release savepoint timeline_source`.execute(tx);
    } catch (error) {
      await sql`rollback to savepoint timeline_source`.execute(tx);
      failed.push(source.name);
      onError?.(source.name, error);
    }
  }
  items.sort((a, b) => orderKey(a) - orderKey(b) || a.id.localeCompare(b.id));
  return { items, parts: [...parts], failed };
}
