import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';
import type { Actor } from '../../policies/policy.js';
import { countsByOrganisation, stateCounts, visibleEntryRows, type Counts } from '../reports.repository.js';

/**
 * The figures of one period's dashboard. Every query starts from the entries this actor may see
 * (the one row rule), so the dashboard never counts what the actor could not open.
 */
const entriesOfPeriod = (tx: Tx, actor: Actor, periodId: string) => visibleEntryRows(tx, actor).where('report_entries.period_id', '=', periodId);

export type StateCounts = Counts;
export { countsByOrganisation };

export function totals(tx: Tx, actor: Actor, periodId: string) {
  return entriesOfPeriod(tx, actor, periodId).select(stateCounts).executeTakeFirstOrThrow();
}

export function countsBySection(tx: Tx, actor: Actor, periodId: string) {
  return entriesOfPeriod(tx, actor, periodId)
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .innerJoin('plan_sections', 'plan_sections.id', 'measures.section_id')
    .select(['plan_sections.code', 'plan_sections.title', 'plan_sections.position'])
    .select(stateCounts)
    .groupBy(['plan_sections.code', 'plan_sections.title', 'plan_sections.position'])
    .orderBy('plan_sections.position')
    .execute();
}

/** One cell per body and section that has entries. */
export function heatmapCells(tx: Tx, actor: Actor, periodId: string) {
  return entriesOfPeriod(tx, actor, periodId)
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .innerJoin('plan_sections', 'plan_sections.id', 'measures.section_id')
    .select(['report_entries.organisation_id', 'plan_sections.code as section'])
    .select(stateCounts)
    .groupBy(['report_entries.organisation_id', 'plan_sections.code'])
    .execute();
}

/**
 * Measures whose own time ran out by the end of the period (a range, a year or a month ending on
 * or before it), with the bodies whose entry does not say "done".
 */
export function endedWithoutDone(tx: Tx, actor: Actor, periodId: string) {
  return entriesOfPeriod(tx, actor, periodId)
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
    .select(['measures.id', 'measures.code', 'measures.text', 'organisations.short_name'])
    .where('measures.period_kind', 'in', ['range', 'year', 'month'])
    .where('measures.period_to', 'is not', null)
    .where(sql<boolean>`measures.period_to <= reporting_periods.ends_on`)
    .where('report_entries.status', '<>', 'done')
    .orderBy('measures.position')
    .orderBy(sql`az_sort_key(organisations.name_az) collate "C"`)
    .execute();
}

/** Bodies with submissions after the due date, or with entries still unsubmitted once it has passed. */
export function lateOrganisations(tx: Tx, actor: Actor, periodId: string) {
  const late = sql<number>`count(*) filter (where report_entries.late)::int`;
  const missing = sql<number>`count(*) filter (where report_entries.state = 'draft' and current_date > reporting_periods.due_on)::int`;
  return entriesOfPeriod(tx, actor, periodId)
    .innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
    .select(['organisations.id', 'organisations.short_name', 'organisations.name_az'])
    .select([late.as('late'), missing.as('missing')])
    .groupBy(['organisations.id', 'organisations.short_name', 'organisations.name_az'])
    .having((eb) => eb.or([eb(late, '>', 0), eb(missing, '>', 0)]))
    .orderBy(sql`count(*) filter (where report_entries.late) + count(*) filter (where report_entries.state = 'draft' and current_date > reporting_periods.due_on)`, 'desc')
    .orderBy(sql`az_sort_key(organisations.name_az) collate "C"`)
    .execute();
}

/** The needs list's filters: a body, a kind, a section (its code). */
export interface NeedFilter {
  organisationId?: string;
  kind?: string;
  section?: string;
}

const needAmount = sql<number | null>`(need.value ->> 'amount')::float8`;

/** One row per need named in the period's visible entries, with its entry's body, measure and section. */
function needRows(tx: Tx, actor: Actor, periodId: string) {
  return entriesOfPeriod(tx, actor, periodId)
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .innerJoin('plan_sections', 'plan_sections.id', 'measures.section_id')
    .innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
    .innerJoin(sql`jsonb_array_elements(report_entries.needs) with ordinality`.as('need'), (join) => join.onTrue());
}

/** The needs of a period, filtered; largest amounts first, then those without an amount, in plan order. */
export function listNeeds(tx: Tx, actor: Actor, periodId: string, filter: NeedFilter = {}, limit?: number) {
  let query = needRows(tx, actor, periodId)
    .select([
      'report_entries.id as entry_id',
      // The need's place in its entry's list (matches to donors' support refer to it).
      sql<number>`(need.ordinality - 1)::int`.as('position'),
      'report_entries.state',
      'organisations.id as organisation_id',
      'organisations.short_name',
      'organisations.name_az',
      'measures.id as measure_id',
      'measures.code',
      'measures.text',
      'plan_sections.code as section_code',
      'plan_sections.title as section_title',
      sql<string>`need.value ->> 'kind'`.as('kind'),
      sql<string>`need.value ->> 'description'`.as('description'),
      needAmount.as('amount'),
      sql<string | null>`nullif(btrim(need.value ->> 'currency'), '')`.as('currency'),
    ])
    .orderBy(needAmount, (ob) => ob.desc().nullsLast())
    .orderBy('measures.position')
    .orderBy(sql`az_sort_key(organisations.name_az) collate "C"`);
  if (filter.organisationId) query = query.where('report_entries.organisation_id', '=', filter.organisationId);
  if (filter.kind) query = query.where(sql<string>`need.value ->> 'kind'`, '=', filter.kind);
  if (filter.section) query = query.where('plan_sections.code', '=', filter.section);
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

/** The bodies and sections that named any need in the period: what the list can be filtered by. */
export async function needFilterOptions(tx: Tx, actor: Actor, periodId: string) {
  const [organisations, sections] = await Promise.all([
    needRows(tx, actor, periodId)
      .select(['organisations.id', 'organisations.short_name', 'organisations.name_az'])
      .groupBy(['organisations.id', 'organisations.short_name', 'organisations.name_az'])
      .orderBy(sql`az_sort_key(organisations.name_az) collate "C"`)
      .execute(),
    needRows(tx, actor, periodId)
      .select(['plan_sections.code', 'plan_sections.title', 'plan_sections.position'])
      .groupBy(['plan_sections.code', 'plan_sections.title', 'plan_sections.position'])
      .orderBy('plan_sections.position')
      .execute(),
  ]);
  return { organisations, sections };
}

/** The needs the bodies named, largest amounts first, then those without an amount. */
export function largestNeeds(tx: Tx, actor: Actor, periodId: string, limit = 10) {
  return listNeeds(tx, actor, periodId, {}, limit);
}
