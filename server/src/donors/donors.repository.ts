import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import { containing } from '../db/like.js';
import { seesAllResources, visibleDonors, visibleSupports } from '../policies/donors.js';
import type { Actor } from '../policies/policy.js';
import { visibleEntryRows } from '../reports/reports.repository.js';

export interface DonorFilter {
  q?: string | undefined;
  kind?: string | undefined;
}

/** Donors this actor may see (the one row rule), with how many of their supports it sees. */
export function listDonors(tx: Tx, actor: Actor, filter: DonorFilter) {
  let query = tx
    .selectFrom('donors')
    .where(visibleDonors(actor))
    .select(['donors.id', 'donors.name', 'donors.kind', 'donors.country', 'donors.website', 'donors.notes'])
    .orderBy(sql`az_sort_key(donors.name) collate "C"`);
  if (filter.kind) query = query.where('donors.kind', '=', filter.kind);
  for (const word of filter.q?.split(/\s+/).filter(Boolean) ?? []) query = query.where(sql`az_fold(donors.name)`, 'like', sql`az_fold(${containing(word)})`);
  return query.execute();
}

export type DonorRow = Awaited<ReturnType<typeof listDonors>>[number];

export function findDonor(tx: Tx, actor: Actor, id: string) {
  return tx
    .selectFrom('donors')
    .where(visibleDonors(actor))
    .where('donors.id', '=', id)
    .select(['donors.id', 'donors.name', 'donors.kind', 'donors.country', 'donors.website', 'donors.notes'])
    .executeTakeFirst();
}

/** Supports this actor may see, with their donor; optionally of some donors only. */
export function supportRows(tx: Tx, actor: Actor, donorIds?: string[]) {
  let query = tx
    .selectFrom('supports')
    .innerJoin('donors', 'donors.id', 'supports.donor_id')
    .where(visibleSupports(actor))
    .select([
      'supports.id',
      'supports.donor_id',
      'donors.name as donor_name',
      'donors.kind as donor_kind',
      'supports.kind',
      'supports.description',
      'supports.amount',
      'supports.currency',
      'supports.starts_on',
      'supports.ends_on',
    ])
    .orderBy(sql`supports.starts_on`, (ob) => ob.desc().nullsLast())
    .orderBy('supports.created_at', 'desc');
  if (donorIds) {
    if (!donorIds.length) return Promise.resolve([]);
    query = query.where('supports.donor_id', 'in', donorIds);
  }
  return query.execute();
}

export type SupportRow = Awaited<ReturnType<typeof supportRows>>[number];

export function findSupport(tx: Tx, actor: Actor, id: string) {
  return tx.selectFrom('supports').where(visibleSupports(actor)).where('supports.id', '=', id).select(['supports.id', 'supports.donor_id']).executeTakeFirst();
}

/** The bodies and measures each support concerns. */
export async function supportTargets(tx: Tx, supportIds: string[]) {
  const organisations = new Map<string, { id: string; shortName: string; nameAz: string }[]>();
  const measures = new Map<string, { id: string; code: string; text: string }[]>();
  if (!supportIds.length) return { organisations, measures };
  const [orgRows, measureRows] = await Promise.all([
    tx
      .selectFrom('support_organisations')
      .innerJoin('organisations', 'organisations.id', 'support_organisations.organisation_id')
      .select(['support_organisations.support_id', 'organisations.id', 'organisations.short_name', 'organisations.name_az'])
      .where('support_organisations.support_id', 'in', supportIds)
      .orderBy(sql`az_sort_key(organisations.name_az) collate "C"`)
      .execute(),
    tx
      .selectFrom('support_measures')
      .innerJoin('measures', 'measures.id', 'support_measures.measure_id')
      .select(['support_measures.support_id', 'measures.id', 'measures.code', 'measures.text'])
      .where('support_measures.support_id', 'in', supportIds)
      .orderBy('measures.position')
      .execute(),
  ]);
  for (const r of orgRows) organisations.set(r.support_id, [...(organisations.get(r.support_id) ?? []), { id: r.id, shortName: r.short_name, nameAz: r.name_az }]);
  for (const r of measureRows) measures.set(r.support_id, [...(measures.get(r.support_id) ?? []), { id: r.id, code: r.code, text: r.text }]);
  return { organisations, measures };
}

/** Matches this actor may see: of needs in entries it sees, to supports it sees. */
export function visibleMatches(tx: Tx, actor: Actor) {
  return visibleEntryRows(tx, actor)
    .innerJoin('need_matches', 'need_matches.entry_id', 'report_entries.id')
    .innerJoin('supports', 'supports.id', 'need_matches.support_id')
    .innerJoin('donors', 'donors.id', 'supports.donor_id')
    .where(visibleSupports(actor))
    .select([
      'need_matches.id',
      'need_matches.entry_id',
      'need_matches.need_position',
      'need_matches.need_kind',
      'need_matches.need_description',
      'need_matches.note',
      'need_matches.support_id',
      'supports.kind as support_kind',
      'supports.description as support_description',
      'supports.amount as support_amount',
      'supports.currency as support_currency',
      'donors.id as donor_id',
      'donors.name as donor_name',
      'report_entries.needs',
      'report_entries.organisation_id',
      'report_entries.measure_id',
    ]);
}

/** How many visible matches each support has. */
export async function matchCounts(tx: Tx, actor: Actor, supportIds: string[]) {
  if (!supportIds.length) return new Map<string, number>();
  const rows = await visibleEntryRows(tx, actor)
    .innerJoin('need_matches', 'need_matches.entry_id', 'report_entries.id')
    .where('need_matches.support_id', 'in', supportIds)
    .select(['need_matches.support_id', sql<number>`count(*)::int`.as('n')])
    .groupBy('need_matches.support_id')
    .execute();
  return new Map(rows.map((r) => [r.support_id, r.n]));
}

/** The measures of a plan, with whether any support names them; a body sees only the measures it reports on in the period. */
export function planMeasures(tx: Tx, actor: Actor, periodId: string) {
  let query = tx
    .selectFrom('reporting_periods')
    .innerJoin('measures', 'measures.plan_id', 'reporting_periods.plan_id')
    .innerJoin('plan_sections', 'plan_sections.id', 'measures.section_id')
    .where('reporting_periods.id', '=', periodId)
    .select([
      'measures.id',
      'measures.code',
      'measures.text',
      'plan_sections.code as section_code',
      'plan_sections.title as section_title',
      (eb) => eb.exists(eb.selectFrom('support_measures').select('support_measures.measure_id').whereRef('support_measures.measure_id', '=', 'measures.id')).as('supported'),
    ])
    .orderBy('measures.position');
  if (!seesAllResources(actor)) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('report_entries')
          .select('report_entries.id')
          .whereRef('report_entries.measure_id', '=', 'measures.id')
          .whereRef('report_entries.period_id', '=', 'reporting_periods.id')
          .where('report_entries.organisation_id', '=', actor.organisationId),
      ),
    );
  }
  return query.execute();
}

export async function setSupportTargets(tx: Tx, supportId: string, organisationIds: string[], measureIds: string[]) {
  await tx.deleteFrom('support_organisations').where('support_id', '=', supportId).execute();
  await tx.deleteFrom('support_measures').where('support_id', '=', supportId).execute();
  const orgs = [...new Set(organisationIds)];
  const measures = [...new Set(measureIds)];
  if (orgs.length) await tx.insertInto('support_organisations').values(orgs.map((organisation_id) => ({ support_id: supportId, organisation_id }))).execute();
  if (measures.length) await tx.insertInto('support_measures').values(measures.map((measure_id) => ({ support_id: supportId, measure_id }))).execute();
}
