/**
 * The SQL of linked reports: a report entry that reports an event it did not make (two bodies held
 * one training; one body reports a training under two measures). See decision 021.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Tx } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { eventRows, matches, type EventFilter } from './events.repository.js';

/** The names a body goes by, as they may be written among an event's partners. */
async function namesOf(tx: Tx, organisationId: string): Promise<string[]> {
  const row = await tx.selectFrom('organisations').select(['short_name', 'name_az', 'name_ru', 'name_en']).where('id', '=', organisationId).executeTakeFirst();
  return row ? [row.short_name, row.name_az, row.name_ru, row.name_en].map((n) => n.trim()).filter(Boolean) : [];
}

/**
 * The rule for which events a body may report by linking: those it organises, those that name it
 * among their partners (by any of its names, ignoring case and diacritics), and those the
 * Coordinator's office recorded in the register.
 */
function mayLink(organisationId: string, names: string[]) {
  return (eb: ExpressionBuilder<DB, 'events'>): Expression<SqlBool> => {
    const rules: Expression<SqlBool>[] = [
      eb('events.organiser_id', '=', organisationId),
      eb.and([
        eb('events.origin', '=', 'register'),
        eb.exists(
          eb.selectFrom('users').select('users.id').whereRef('users.id', '=', 'events.created_by').where('users.role', 'in', ['national_coordinator', 'secretariat']),
        ),
      ]),
    ];
    if (names.length) {
      const folded = sql.join(names.map((n) => sql`az_fold(${n})`));
      rules.push(sql<SqlBool>`exists (select 1 from unnest(events.partners) as partner where az_fold(trim(partner)) in (${folded}))`);
    }
    return eb.or(rules);
  };
}

/** Events this body may link an activity to, matching the register's filters, newest first. */
export async function listLinkable(tx: Tx, organisationId: string, filter: EventFilter, limit: number) {
  const names = await namesOf(tx, organisationId);
  return eventRows(tx)
    .where(matches(filter))
    .where(mayLink(organisationId, names))
    .orderBy('events.year', 'desc')
    .orderBy(sql`events.date_from`, (ob) => ob.desc().nullsLast())
    .orderBy('events.id')
    .limit(limit)
    .execute();
}

/** Of these ids, the events this body may link to, with who organises them and which entry made them. */
export async function linkableAmong(tx: Tx, organisationId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!unique.length) return new Map<string, { organiserId: string; entryId: string | null }>();
  const names = await namesOf(tx, organisationId);
  const rows = await tx
    .selectFrom('events')
    .select(['events.id', 'events.organiser_id', 'events.entry_id'])
    .where('events.id', 'in', unique)
    .where(mayLink(organisationId, names))
    .execute();
  return new Map(rows.map((r) => [r.id, { organiserId: r.organiser_id, entryId: r.entry_id }]));
}

/** The events this entry's stored activities link to (a link already saved stays valid). */
export async function storedLinks(tx: Tx, entryId: string): Promise<Set<string>> {
  const row = await tx.selectFrom('report_entries').select('activities').where('id', '=', entryId).executeTakeFirst();
  const activities = (row?.activities ?? []) as { eventId?: string }[];
  return new Set(activities.flatMap((a) => (a.eventId ? [a.eventId] : [])));
}

/** Makes the entry's links exactly these events, each also listed under the entry's measure. */
export async function setEntryLinks(tx: Tx, entry: { id: string; organisationId: string; measureId: string }, eventIds: readonly string[]) {
  const unique = [...new Set(eventIds)];
  let gone = tx.deleteFrom('event_reports').where('entry_id', '=', entry.id);
  if (unique.length) gone = gone.where('event_id', 'not in', unique);
  const removed = Number((await gone.executeTakeFirst()).numDeletedRows);
  if (!unique.length) return { linked: 0, removedLinks: removed };
  const added = await tx
    .insertInto('event_reports')
    .values(unique.map((event_id) => ({ event_id, entry_id: entry.id, organisation_id: entry.organisationId })))
    .onConflict((oc) => oc.doNothing())
    .returning('event_id')
    .execute();
  await tx
    .insertInto('event_measures')
    .values(unique.map((event_id) => ({ event_id, measure_id: entry.measureId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  return { linked: added.length, removedLinks: removed };
}

/** The entries that report each event by a link, with the body and the measure. */
export async function linkedReportsOf(tx: Tx, eventIds: string[]) {
  if (!eventIds.length) return [];
  return tx
    .selectFrom('event_reports')
    .innerJoin('organisations', 'organisations.id', 'event_reports.organisation_id')
    .innerJoin('report_entries', 'report_entries.id', 'event_reports.entry_id')
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .select(['event_reports.event_id', 'event_reports.entry_id', 'organisations.id as organisation_id', 'organisations.short_name', 'organisations.name_az', 'measures.code'])
    .where('event_reports.event_id', 'in', eventIds)
    .orderBy('organisations.short_name')
    .execute();
}

/** The measures of the entries that report an event by a link (kept when its organiser edits its measures). */
export async function linkedMeasuresOf(tx: Tx, eventId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('event_reports')
    .innerJoin('report_entries', 'report_entries.id', 'event_reports.entry_id')
    .select('report_entries.measure_id')
    .where('event_reports.event_id', '=', eventId)
    .execute();
  return rows.map((r) => r.measure_id);
}
