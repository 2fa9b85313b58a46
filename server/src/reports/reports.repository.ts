import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Tx } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { containing } from '../db/like.js';
import type { Actor } from '../policies/policy.js';
import { visibleEntries } from '../policies/reports.js';
import type { EntryContent } from './report-content.js';

export async function insertPeriod(tx: Tx, values: { planId: string; kind: 'year' | 'half_year'; year: number; half: number | null; startsOn: string; endsOn: string; dueOn: string; createdBy: string }) {
  const row = await tx
    .insertInto('reporting_periods')
    .values({ plan_id: values.planId, kind: values.kind, year: values.year, half: values.half, starts_on: values.startsOn, ends_on: values.endsOn, due_on: values.dueOn, created_by: values.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Every body's task list: one entry per measure running in the period and organisation taking
 * part in it; a body named twice on one measure reports once, in its strongest role.
 */
export async function createTasks(tx: Tx, periodId: string) {
  const result = await sql`
    insert into report_entries (period_id, measure_id, organisation_id, role, activities, figures, needs)
    select distinct on (m.id, p.organisation_id) rp.id, m.id, p.organisation_id, p.role, '[]', '[]', '[]'
    from reporting_periods rp
    join measures m on m.plan_id = rp.plan_id
    join measure_participants p on p.measure_id = m.id
    where rp.id = ${periodId}
      and p.organisation_id is not null
      and p.role in ('executor', 'involved', 'recommended')
      and (m.period_kind is null or m.period_kind = 'ongoing' or (m.period_from <= rp.ends_on and m.period_to >= rp.starts_on))
    order by m.id, p.organisation_id, case p.role when 'executor' then 0 when 'involved' then 1 else 2 end`.execute(tx);
  return Number(result.numAffectedRows ?? 0);
}

export function periodRows(tx: Tx) {
  return tx
    .selectFrom('reporting_periods')
    .innerJoin('plans', 'plans.id', 'reporting_periods.plan_id')
    .select([
      'reporting_periods.id',
      'reporting_periods.kind',
      'reporting_periods.year',
      'reporting_periods.half',
      'reporting_periods.starts_on',
      'reporting_periods.ends_on',
      'reporting_periods.due_on',
      'reporting_periods.status',
      'plans.id as plan_id',
      'plans.title as plan_title',
    ])
    .orderBy('reporting_periods.year', 'desc')
    .orderBy('reporting_periods.half', 'desc');
}

export type PeriodRow = Awaited<ReturnType<ReturnType<typeof periodRows>['executeTakeFirstOrThrow']>>;

/** Entries by workflow state, for progress tables and the dashboard. */
export const stateCounts = [
  sql<number>`count(*)::int`.as('total'),
  sql<number>`count(*) filter (where report_entries.state = 'draft')::int`.as('draft'),
  sql<number>`count(*) filter (where report_entries.state = 'submitted')::int`.as('submitted'),
  sql<number>`count(*) filter (where report_entries.state = 'accepted')::int`.as('accepted'),
  sql<number>`count(*) filter (where report_entries.state = 'returned')::int`.as('returned'),
  sql<number>`count(*) filter (where report_entries.late)::int`.as('late'),
] as const;

/** Report entries with their period, filtered by the one row rule: every reporting query starts here. */
export function visibleEntryRows(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('report_entries')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'report_entries.period_id')
    .where(visibleEntries(actor));
}

/** Entry counts by state per period, of the entries this actor may see. */
export async function countsByPeriod(tx: Tx, actor: Actor, periodIds: string[]) {
  if (!periodIds.length) return new Map<string, Counts>();
  const rows = await visibleEntryRows(tx, actor).where('report_entries.period_id', 'in', periodIds).select('report_entries.period_id').select(stateCounts).groupBy('report_entries.period_id').execute();
  return new Map(rows.map((r) => [r.period_id, r as Counts]));
}

export async function countsByOrganisation(tx: Tx, actor: Actor, periodId: string) {
  return visibleEntryRows(tx, actor)
    .innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
    .where('report_entries.period_id', '=', periodId)
    .select(['organisations.id', 'organisations.short_name', 'organisations.name_az'])
    .select(stateCounts)
    .groupBy(['organisations.id', 'organisations.short_name', 'organisations.name_az'])
    .orderBy(sql`az_sort_key(organisations.name_az) collate "C"`)
    .execute();
}

export interface Counts {
  total: number;
  draft: number;
  submitted: number;
  accepted: number;
  returned: number;
  late: number;
}

export interface EntryFilter {
  periodId?: string;
  organisationId?: string;
  state?: 'draft' | 'submitted' | 'accepted' | 'returned';
  section?: string;
  measureId?: string;
  year?: number;
  /** Words that must all occur in the narrative, ignoring case and diacritics. */
  q?: string;
  page: number;
  pageSize: number;
}

/** Each word of the query must occur in the narrative, ignoring case and diacritics (as the measures' search). */
function narrativeMatches(words: string[]) {
  return (eb: ExpressionBuilder<DB, 'report_entries'>): Expression<SqlBool> =>
    eb.and(words.map((word) => eb(sql`az_fold(report_entries.narrative)`, 'like', sql`az_fold(${containing(word)})`)));
}

function entryRows(tx: Tx, actor: Actor) {
  return visibleEntryRows(tx, actor)
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .innerJoin('plan_sections', 'plan_sections.id', 'measures.section_id')
    .innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
    .select([
      'report_entries.id',
      'report_entries.period_id',
      'report_entries.measure_id',
      'report_entries.organisation_id',
      'report_entries.role',
      'report_entries.state',
      'report_entries.status',
      'report_entries.late',
      'report_entries.revision',
      'report_entries.submitted_version',
      'report_entries.updated_at',
      'report_entries.narrative',
      'reporting_periods.status as period_status',
      'reporting_periods.due_on',
      'measures.code as measure_code',
      'measures.text as measure_text',
      'measures.position as measure_position',
      'plan_sections.code as section_code',
      'plan_sections.title as section_title',
      'organisations.short_name as organisation_short_name',
      'organisations.name_az as organisation_name_az',
    ]);
}

export type EntryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

export async function listEntries(tx: Tx, actor: Actor, filter: EntryFilter) {
  let query = entryRows(tx, actor);
  if (filter.periodId) query = query.where('report_entries.period_id', '=', filter.periodId);
  if (filter.organisationId) query = query.where('report_entries.organisation_id', '=', filter.organisationId);
  if (filter.state) query = query.where('report_entries.state', '=', filter.state);
  if (filter.section) query = query.where('plan_sections.code', '=', filter.section);
  if (filter.measureId) query = query.where('report_entries.measure_id', '=', filter.measureId);
  if (filter.year !== undefined) query = query.where('reporting_periods.year', '=', filter.year);
  const words = filter.q?.split(/\s+/).filter(Boolean) ?? [];
  if (words.length) query = query.where(narrativeMatches(words));
  const [rows, total] = await Promise.all([
    query
      .orderBy('reporting_periods.year', 'desc')
      .orderBy('reporting_periods.half', 'desc')
      .orderBy('measures.position')
      .orderBy(sql`az_sort_key(organisations.name_az) collate "C"`)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

export function findEntry(tx: Tx, actor: Actor, id: string) {
  return entryRows(tx, actor).where('report_entries.id', '=', id).executeTakeFirst();
}

export function entryContent(tx: Tx, id: string) {
  return tx.selectFrom('report_entries').select(['status', 'narrative', 'activities', 'figures', 'needs']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** Saves content only over the revision the writer saw, and only while editable; returns whether it did. */
export async function saveContent(tx: Tx, id: string, revision: number, content: EntryContent, userId: string): Promise<boolean> {
  const result = await tx
    .updateTable('report_entries')
    .set((eb) => ({
      status: content.status,
      narrative: content.narrative,
      activities: JSON.stringify(content.activities),
      figures: JSON.stringify(content.figures),
      needs: JSON.stringify(content.needs),
      revision: eb('revision', '+', 1),
      updated_by: userId,
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('revision', '=', revision)
    .where('state', 'in', ['draft', 'returned'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setEntryState(tx: Tx, id: string, state: 'submitted' | 'accepted' | 'returned', extra: { submitted?: { late: boolean } } = {}) {
  await tx
    .updateTable('report_entries')
    .set((eb) => ({
      state,
      revision: eb('revision', '+', 1),
      updated_at: new Date(),
      ...(extra.submitted ? { submitted_version: eb('submitted_version', '+', 1), submitted_at: new Date(), late: extra.submitted.late } : {}),
    }))
    .where('id', '=', id)
    .execute();
}

export async function insertEvent(tx: Tx, entryId: string, kind: 'submitted' | 'accepted' | 'returned' | 'reopened', version: number, userId: string, snapshot: object | null, comment: string | null) {
  await tx.insertInto('report_entry_events').values({ entry_id: entryId, kind, version, by_user: userId, snapshot: JSON.stringify(snapshot), comment }).execute();
}

export function eventsOf(tx: Tx, entryId: string) {
  return tx
    .selectFrom('report_entry_events')
    .leftJoin('users', 'users.id', 'report_entry_events.by_user')
    .select(['report_entry_events.id', 'report_entry_events.kind', 'report_entry_events.version', 'report_entry_events.comment', 'report_entry_events.at', 'report_entry_events.snapshot', 'users.full_name'])
    .where('report_entry_events.entry_id', '=', entryId)
    .orderBy('report_entry_events.at')
    .execute();
}
