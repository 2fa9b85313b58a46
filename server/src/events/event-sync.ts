/**
 * The activities of an accepted report entry are events of the register: one event per activity,
 * with the activity's id as the event's id (decision 016). Accepting an entry again updates the
 * same events in place, so an activity appears once in the register and once in the totals however
 * often the entry is saved, reopened and accepted; what the register adds to it (audience, tests,
 * evaluations, materials) stays.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/database.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { RequestMeta } from '../http/context.js';
import type { Activity } from '../reports/report-content.js';
import { baseKind, type EventKind } from './event-content.js';
import { setEntryLinks } from './event-links.repository.js';
import { splitLinks } from './event-links.js';

type ReportedActivity = Activity;

const norm = (text: string | null | undefined) => (text ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('az');

/** A real calendar day, or null (a report may hold "2021-02-30"; the register keeps only real dates). */
export function realDay(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}

/** The dates of an activity as the register keeps them: real days, the first not after the last. */
export function activityDates(activity: Pick<Activity, 'dateFrom' | 'dateTo'>): { from: string | null; to: string | null } {
  const from = realDay(activity.dateFrom);
  const to = realDay(activity.dateTo);
  if (from && to && to < from) return { from: to, to: from };
  return { from: from ?? to, to: from ? to : null };
}

/** The year an event counts in: of its first day, or the reporting period's when it has none. */
export function eventYear(dateFrom: string | null, fallback: number): number {
  const year = dateFrom ? Number(dateFrom.slice(0, 4)) : NaN;
  return year >= 1990 && year <= 2100 ? year : fallback;
}

/** A finer kind the register gave the event is kept while the report's kind still agrees with it. */
export function syncedKind(current: EventKind | null, reported: Activity['kind']): EventKind {
  return current && baseKind(current) === reported ? current : reported;
}

interface Existing {
  id: string;
  origin: 'register' | 'report';
  kind: string;
  title: string;
  date_from: string | null;
}

/**
 * Which event each activity is: the one its id names (an event of this entry, or one the body
 * recorded directly in the register and now reports), else an event of this entry with the same
 * title and first day (a client that did not keep the ids), else a new one.
 */
export function assignEvents(activities: readonly ReportedActivity[], ofEntry: readonly Existing[], linkable: readonly Existing[]) {
  const own = new Map(ofEntry.map((e) => [e.id, e]));
  const register = new Map(linkable.map((e) => [e.id, e]));
  const unmatched = new Set(own.keys());
  const used = new Set<string>();
  const assigned: (Existing | null)[] = activities.map((a) => {
    const id = a.id;
    if (!id || used.has(id)) return null;
    const event = (unmatched.has(id) && own.get(id)) || register.get(id);
    if (!event) return null;
    used.add(id);
    unmatched.delete(id);
    return event;
  });
  activities.forEach((a, i) => {
    if (assigned[i]) return;
    const day = activityDates(a).from;
    const same = [...unmatched].map((id) => own.get(id)!).find((e) => norm(e.title) === norm(a.title) && e.date_from === day);
    if (!same) return;
    unmatched.delete(same.id);
    used.add(same.id);
    assigned[i] = same;
  });
  return { assigned, gone: [...unmatched].map((id) => own.get(id)!) };
}

/** Brings the register in line with the entry's activities as accepted; called when an entry is accepted. */
export async function registerReportedEvents(tx: Tx, meta: RequestMeta, entryId: string) {
  const entry = await tx
    .selectFrom('report_entries')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'report_entries.period_id')
    .select(['report_entries.id', 'report_entries.organisation_id', 'report_entries.measure_id', 'report_entries.activities', 'reporting_periods.year'])
    .where('report_entries.id', '=', entryId)
    .executeTakeFirstOrThrow();
  const reported = entry.activities as ReportedActivity[];
  // Activities that report another event by a link are not events of this entry (decision 021).
  const { activities, links } = await splitLinks(tx, { id: entryId, organisationId: entry.organisation_id }, reported);
  const fields = ['id', 'origin', 'kind', 'title', 'date_from'] as const;
  const ofEntry = await tx.selectFrom('events').select(fields).where('entry_id', '=', entryId).execute();
  const named = activities.flatMap((a) => (a && typeof a.id === 'string' && /^[0-9a-f-]{36}$/i.test(a.id) && !ofEntry.some((e) => e.id === a.id) ? [a.id] : []));
  const linkable = named.length
    ? await tx.selectFrom('events').select(fields).where('id', 'in', named).where('entry_id', 'is', null).where('organiser_id', '=', entry.organisation_id).execute()
    : [];
  const own = activities.flatMap((a) => (a ? [a] : []));
  const { assigned: ownAssigned, gone } = assignEvents(own, ofEntry, linkable);
  let next = 0;
  const assigned = activities.map((a) => (a ? (ownAssigned[next++] ?? null) : null));

  const ids: (string | undefined)[] = [];
  const counts = { created: 0, updated: 0, linked: 0, removed: 0, unlinked: 0, reportedByLink: 0, removedLinks: 0 };
  for (const [i, activity] of activities.entries()) {
    if (!activity) {
      ids.push(undefined);
      continue;
    }
    const event = assigned[i] ?? null;
    const { from, to } = activityDates(activity);
    const facts = {
      organiser_id: entry.organisation_id,
      entry_id: entryId,
      kind: syncedKind(event ? (event.kind as EventKind) : null, activity.kind),
      title: activity.title,
      date_from: from,
      date_to: to,
      year: eventYear(from, entry.year),
      place: activity.place ?? null,
      participants: activity.participants ?? null,
      women: activity.women ?? null,
      men: activity.men ?? null,
      partners: activity.partners ?? [],
      updated_by: meta.actor?.userId ?? null,
      updated_at: new Date(),
    };
    let id: string;
    if (event) {
      id = event.id;
      await tx.updateTable('events').set((eb) => ({ ...facts, revision: eb('revision', '+', 1) })).where('id', '=', id).execute();
      counts[ofEntry.some((e) => e.id === id) ? 'updated' : 'linked'] += 1;
    } else {
      id = randomUUID();
      await tx.insertInto('events').values({ id, origin: 'report', created_by: meta.actor?.userId ?? null, ...facts }).execute();
      counts.created += 1;
    }
    await tx.insertInto('event_measures').values({ event_id: id, measure_id: entry.measure_id }).onConflict((oc) => oc.doNothing()).execute();
    ids.push(id);
  }
  for (const event of gone) {
    // No longer reported: an event that came from the report goes; one recorded in the register stays there.
    if (event.origin === 'report') {
      await tx.deleteFrom('events').where('id', '=', event.id).execute();
      counts.removed += 1;
    } else {
      await tx.updateTable('events').set({ entry_id: null }).where('id', '=', event.id).execute();
      counts.unlinked += 1;
    }
  }
  const linkCounts = await setEntryLinks(tx, { id: entryId, organisationId: entry.organisation_id, measureId: entry.measure_id }, [...links.values()]);
  counts.reportedByLink = linkCounts.linked;
  counts.removedLinks = linkCounts.removedLinks;
  // The entry keeps each activity's event id (or the event it links to), so the next acceptance finds the same events.
  const written = reported.map((a, i) => {
    const { id: _id, eventId: _eventId, ...facts } = a;
    const linked = links.get(i);
    return linked ? { ...facts, eventId: linked } : { ...facts, id: ids[i] };
  });
  if (reported.some((a, i) => a.eventId !== links.get(i) || a.id !== (links.has(i) ? undefined : ids[i]))) {
    await tx.updateTable('report_entries').set({ activities: JSON.stringify(written) }).where('id', '=', entryId).execute();
  }
  if (Object.values(counts).some(Boolean)) {
    await recordAudit(tx, meta, { action: 'event.report_sync', resource: 'event', details: { entryId, ...counts } });
  }
  return { ids, ...counts };
}
