import type { CasePart } from '../../../../common/src/case-parts.js';
import { bakuToday } from '../../../../common/src/dates.js';
import type { Tx } from '../../db/database.js';
import type { Actor } from '../../policies/policy.js';
import type { IdentityVault } from '../crypto/identity-vault.js';

/**
 * One thing that happened to a case: a contact, a referral and its steps, a decision, a placement,
 * a service, a proceeding. The client's text is `timeline.kind.<kind>` with `params`.
 */
export interface TimelineEvent {
  /** Unique within the case's timeline: `<source>:<row id>[:<step>]`. */
  id: string;
  /** When: an ISO timestamp, or a day (`YYYY-MM-DD`) when only the day is known (`allDay`). */
  at: string;
  allDay: boolean;
  kind: string;
  /**
   * The part of the record it belongs to; the timeline shows it only to those who see that part,
   * as the case page does. `null`: the case's header (status, referrals, consents), seen with any part.
   */
  part: CasePart | null;
  /** The body that acted (short name), where known. */
  body: string | null;
  /** What the text names: codes, references, numbers, dates. Sealed values are not opened for it. */
  params: Record<string, string | number | boolean | null>;
  /**
   * When a day-only event was entered (ISO), if known: on that same day it orders the event among
   * the day's moments (a decision dated today comes after the referral accepted this morning).
   * Used for ordering only; not sent.
   */
  recordedAt?: string | null;
}

/** What a source gets: the caller's transaction (row-level security applies), the case, the parts the caller sees. */
export interface TimelineContext {
  tx: Tx;
  vault: IdentityVault;
  actor: Actor;
  caseId: string;
  parts: ReadonlySet<CasePart>;
}

/**
 * A source of a case's events. Register one in `registry.ts` (one line). A source is asked only
 * when the caller sees at least one of its `parts` (`null` stands for the header), in its own
 * savepoint so that a failing source costs only its own events; whatever it returns, events of
 * parts the caller does not see are dropped before the answer leaves the server.
 */
export interface TimelineSource {
  /** Unique; named in the answer's `failed` when the source fails. */
  name: string;
  parts: readonly (CasePart | null)[];
  collect(context: TimelineContext): Promise<TimelineEvent[]>;
}

/**
 * Where an event stands in time: a moment as it is; a day when it was entered if that was the same
 * day, otherwise as the day starts in Baku (UTC+4, no daylight saving).
 */
export function orderKey(event: Pick<TimelineEvent, 'at' | 'allDay' | 'recordedAt'>): number {
  if (!event.allDay) return Date.parse(event.at);
  if (event.recordedAt && bakuToday(new Date(event.recordedAt)) === event.at) return Date.parse(event.recordedAt);
  return Date.parse(`${event.at}T00:00:00+04:00`);
}

export const iso = (value: Date | string) => new Date(value).toISOString();
