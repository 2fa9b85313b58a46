import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Tx } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { containing } from '../db/like.js';
import type { Actor } from '../policies/policy.js';
import { visibleEntryRows } from '../reports/reports.repository.js';
import { kindsOfGroup, type Audience, type EventGroup, type EventKind } from './event-content.js';

/** The register's filters; the list and the totals take the same ones. */
export interface EventFilter {
  year?: number | undefined;
  kind?: EventKind | undefined;
  group?: EventGroup | undefined;
  audience?: Audience | undefined;
  organiserId?: string | undefined;
  measureId?: string | undefined;
  /** A section of the plan, by its code (4.7). */
  section?: string | undefined;
  /** Words that must all occur in the title, ignoring case and diacritics. */
  q?: string | undefined;
}

type EventScope = ExpressionBuilder<DB, 'events'>;

export function matches(filter: EventFilter) {
  return (eb: EventScope): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.year !== undefined) conditions.push(eb('events.year', '=', filter.year));
    if (filter.kind) conditions.push(eb('events.kind', '=', filter.kind));
    if (filter.group) conditions.push(eb('events.kind', 'in', kindsOfGroup(filter.group)));
    if (filter.audience) conditions.push(sql<SqlBool>`${filter.audience} = any(events.audiences)`);
    if (filter.organiserId) conditions.push(eb('events.organiser_id', '=', filter.organiserId));
    if (filter.measureId) {
      conditions.push(
        eb.exists(eb.selectFrom('event_measures').select('event_measures.event_id').whereRef('event_measures.event_id', '=', 'events.id').where('event_measures.measure_id', '=', filter.measureId)),
      );
    }
    if (filter.section) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('event_measures')
            .innerJoin('measures', 'measures.id', 'event_measures.measure_id')
            .innerJoin('plan_sections', 'plan_sections.id', 'measures.section_id')
            .select('event_measures.event_id')
            .whereRef('event_measures.event_id', '=', 'events.id')
            .where('plan_sections.code', '=', filter.section),
        ),
      );
    }
    for (const word of filter.q?.split(/\s+/).filter(Boolean) ?? []) {
      conditions.push(eb(sql`az_fold(events.title)`, 'like', sql`az_fold(${containing(word)})`));
    }
    return eb.and(conditions);
  };
}

/**
 * Events with their organiser. Every participant of the plan sees every event (the policy's read
 * rule), so the register needs no row rule beyond the filters.
 */
export function eventRows(tx: Tx) {
  return tx
    .selectFrom('events')
    .innerJoin('organisations', 'organisations.id', 'events.organiser_id')
    .select([
      'events.id',
      'events.organiser_id',
      'events.origin',
      'events.entry_id',
      'events.kind',
      'events.title',
      'events.date_from',
      'events.date_to',
      'events.year',
      'events.place',
      'events.participants',
      'events.women',
      'events.men',
      'events.partners',
      'events.audiences',
      'events.participant_groups',
      'events.materials',
      'events.languages',
      'events.reach',
      'events.assessment',
      'events.notes',
      'events.revision',
      'events.updated_at',
      'organisations.short_name as organiser_short_name',
      'organisations.name_az as organiser_name_az',
    ]);
}

export type EventRow = Awaited<ReturnType<ReturnType<typeof eventRows>['executeTakeFirstOrThrow']>>;

export async function listEvents(tx: Tx, filter: EventFilter, page: { page: number; pageSize: number }) {
  const query = eventRows(tx).where(matches(filter));
  const [rows, total] = await Promise.all([
    query
      .orderBy('events.year', 'desc')
      .orderBy(sql`events.date_from`, (ob) => ob.desc().nullsLast())
      .orderBy(sql`az_sort_key(events.title) collate "C"`)
      .orderBy('events.id')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    tx.selectFrom('events').where(matches(filter)).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** Every event matching the filters, for the totals. */
export function totalsRows(tx: Tx, filter: EventFilter) {
  return eventRows(tx).where(matches(filter)).execute();
}

export function findEvent(tx: Tx, id: string) {
  return eventRows(tx).where('events.id', '=', id).executeTakeFirst();
}

/** The measures of each event, in plan order. */
export async function measuresOf(tx: Tx, eventIds: string[]) {
  const byEvent = new Map<string, { id: string; code: string; text: string }[]>();
  if (!eventIds.length) return byEvent;
  const rows = await tx
    .selectFrom('event_measures')
    .innerJoin('measures', 'measures.id', 'event_measures.measure_id')
    .select(['event_measures.event_id', 'measures.id', 'measures.code', 'measures.text'])
    .where('event_measures.event_id', 'in', eventIds)
    .orderBy('measures.position')
    .execute();
  for (const row of rows) {
    const list = byEvent.get(row.event_id) ?? [];
    list.push({ id: row.id, code: row.code, text: row.text });
    byEvent.set(row.event_id, list);
  }
  return byEvent;
}

/** The report entries events came from, with whether this actor may open them. */
export async function entriesOf(tx: Tx, actor: Actor, entryIds: string[]) {
  const byId = new Map<string, { id: string; periodId: string; year: number; measureCode: string; visible: boolean }>();
  const ids = [...new Set(entryIds)];
  if (!ids.length) return byId;
  const [rows, visible] = await Promise.all([
    tx
      .selectFrom('report_entries')
      .innerJoin('reporting_periods', 'reporting_periods.id', 'report_entries.period_id')
      .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
      .select(['report_entries.id', 'report_entries.period_id', 'reporting_periods.year', 'measures.code'])
      .where('report_entries.id', 'in', ids)
      .execute(),
    visibleEntryRows(tx, actor).select('report_entries.id').where('report_entries.id', 'in', ids).execute(),
  ]);
  const open = new Set(visible.map((v) => v.id));
  for (const row of rows) byId.set(row.id, { id: row.id, periodId: row.period_id, year: row.year, measureCode: row.code, visible: open.has(row.id) });
  return byId;
}

/** Names of the organisations named among participants. */
export async function organisationNames(tx: Tx, ids: string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map<string, { shortName: string; nameAz: string }>();
  const rows = await tx.selectFrom('organisations').select(['id', 'short_name', 'name_az']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, { shortName: r.short_name, nameAz: r.name_az }]));
}

export function evaluationsOf(tx: Tx, eventIds: string[]) {
  if (!eventIds.length) return Promise.resolve([]);
  return tx
    .selectFrom('event_evaluations')
    .select(['id', 'event_id', 'respondent', 'relevance', 'clarity', 'organisation', 'usefulness', 'comment', 'recorded_at'])
    .where('event_id', 'in', eventIds)
    .orderBy('recorded_at')
    .execute();
}

/** Evaluations of every event matching the filters, for the totals. */
export function evaluationsMatching(tx: Tx, filter: EventFilter) {
  return tx
    .selectFrom('event_evaluations')
    .innerJoin('events', 'events.id', 'event_evaluations.event_id')
    .select(['event_evaluations.respondent', 'event_evaluations.relevance', 'event_evaluations.clarity', 'event_evaluations.organisation', 'event_evaluations.usefulness'])
    .where(matches(filter))
    .execute();
}

/** The measure ids among these that exist. */
export async function existingMeasures(tx: Tx, ids: string[]) {
  if (!ids.length) return new Set<string>();
  return new Set((await tx.selectFrom('measures').select('id').where('id', 'in', ids).execute()).map((m) => m.id));
}

export async function existingOrganisations(tx: Tx, ids: string[]) {
  if (!ids.length) return new Set<string>();
  return new Set((await tx.selectFrom('organisations').select('id').where('id', 'in', ids).execute()).map((o) => o.id));
}

export async function setEventMeasures(tx: Tx, eventId: string, measureIds: string[]) {
  await tx.deleteFrom('event_measures').where('event_id', '=', eventId).execute();
  const unique = [...new Set(measureIds)];
  if (unique.length) await tx.insertInto('event_measures').values(unique.map((measure_id) => ({ event_id: eventId, measure_id }))).execute();
}
