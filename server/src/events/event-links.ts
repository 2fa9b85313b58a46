/**
 * Linked reports (decision 021): an activity of a report entry may name, in `eventId`, an event of
 * the register it does not make — a training another body organised with this one, or one the
 * Coordinator's office recorded. The entry then points at that event and no copy is made, so the
 * event is one row of the register and counted once in every total.
 */
import type { Tx } from '../db/database.js';
import { AppError } from '../http/problem.js';
import type { Activity } from '../reports/report-content.js';
import { linkableAmong, storedLinks } from './event-links.repository.js';

/**
 * Refuses a save that links an activity to an event the body may not link to. A link saved before
 * stays valid (an event that later drops the body from its partners does not block the entry).
 */
export async function checkEventLinks(tx: Tx, entry: { id: string; organisationId: string }, activities: readonly Activity[]) {
  const named = activities.flatMap((a) => (a.eventId ? [a.eventId] : []));
  if (!named.length) return;
  const before = await storedLinks(tx, entry.id);
  const added = named.filter((id) => !before.has(id));
  if (!added.length) return;
  const allowed = await linkableAmong(tx, entry.organisationId, added);
  if (added.some((id) => !allowed.has(id))) throw new AppError('EVENT_LINK_NOT_ALLOWED');
}

/**
 * Which activities of an accepted entry report another event by a link (position → event id), and
 * the rest as activities of the entry's own. A link to an event the body itself recorded and no
 * entry has claimed yet is that body's own event (the activity takes its id); a link that is not
 * allowed, or whose event is gone, leaves an ordinary activity that becomes an event of its own.
 */
export async function splitLinks(tx: Tx, entry: { id: string; organisationId: string }, reported: readonly Activity[]) {
  const allowed = await linkableAmong(tx, entry.organisationId, reported.flatMap((a) => (a.eventId ? [a.eventId] : [])));
  const links = new Map<number, string>();
  const activities = reported.map((a, i): Activity | null => {
    if (!a.eventId) return a;
    const { eventId, ...rest } = a;
    const target = allowed.get(eventId);
    if (!target) return rest;
    if (target.organiserId === entry.organisationId && (target.entryId === null || target.entryId === entry.id)) return { ...rest, id: eventId };
    links.set(i, eventId);
    return null;
  });
  return { activities, links };
}
