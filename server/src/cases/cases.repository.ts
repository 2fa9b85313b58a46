import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Tx } from '../db/database.js';
import { containing } from '../db/like.js';

/**
 * Every query here runs as the application role, so row-level security limits it to the cases
 * the caller may see: lists and single reads share that one rule.
 */
function caseRows(tx: Tx) {
  return tx
    .selectFrom('cases')
    .innerJoin('organisations as owner', 'owner.id', 'cases.owner_org_id')
    .innerJoin('persons', 'persons.case_id', 'cases.id')
    .leftJoin('victim_contexts', 'victim_contexts.case_id', 'cases.id')
    .select([
      'cases.id', 'cases.reference', 'cases.owner_org_id', 'cases.case_worker_id', 'cases.status', 'cases.closure_reason',
      'cases.identification_channel', 'cases.first_contact_on', 'cases.revision', 'cases.created_at', 'cases.updated_at',
      'owner.short_name as owner_short_name', 'owner.name_az as owner_name_az',
      'persons.id as person_id', 'persons.cluster_id', 'persons.identity_sealed', 'persons.sex', 'persons.birth_year', 'persons.estimated_age',
      'persons.citizenships', 'persons.stateless', 'persons.languages', 'persons.migration_status', 'persons.disabilities',
      'persons.child_at_identification', 'persons.child_at_exploitation', 'persons.revision as person_revision',
      'victim_contexts.trafficking_status', 'victim_contexts.status_decided_by_org_id', 'victim_contexts.status_decided_on',
      'victim_contexts.exploitation', 'victim_contexts.forced_labour_industry', 'victim_contexts.sex_exploitation',
      'victim_contexts.recruitment_methods', 'victim_contexts.control_methods', 'victim_contexts.relationship_to_trafficker',
      'victim_contexts.transnational', 'victim_contexts.exploitation_started_on', 'victim_contexts.revision as victim_revision',
      sql<boolean>`(select app_sees_all_cases())`.as('sees_all'),
      sql<string[][]>`coalesce((select json_agg(r.parts) from case_referrals r where r.case_id = cases.id and r.to_org_id = app_org_id() and r.status in ('sent', 'accepted')), '[]'::json)`.as('referral_parts'),
      sql<{ emergency: boolean }[]>`coalesce((select json_agg(json_build_object('emergency', g.emergency)) from case_access_grants g where g.case_id = cases.id and g.organisation_id = app_org_id() and g.status = 'granted' and (g.expires_at is null or g.expires_at > now())), '[]'::json)`.as('grants'),
    ]);
}

export type CaseRow = Awaited<ReturnType<ReturnType<typeof caseRows>['executeTakeFirstOrThrow']>>;

export function findCase(tx: Tx, id: string) {
  return caseRows(tx).where('cases.id', '=', id).executeTakeFirst();
}

export interface CaseListFilter {
  status?: string;
  traffickingStatus?: string;
  channel?: string;
  owner?: 'mine' | 'others';
  /** A case reference, or person ids found by a name look-up. */
  reference?: string;
  personIds?: string[];
  page: number;
  pageSize: number;
}

/** The list's filters, on the case, so that the page and its count apply the same ones. */
function matching(organisationId: string, filter: CaseListFilter) {
  return (eb: ExpressionBuilder<DB, 'cases'>) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.status) conditions.push(eb('cases.status', '=', filter.status));
    if (filter.traffickingStatus) conditions.push(eb('cases.id', 'in', eb.selectFrom('victim_contexts').select('victim_contexts.case_id').where('victim_contexts.trafficking_status', '=', filter.traffickingStatus)));
    if (filter.channel) conditions.push(eb('cases.identification_channel', '=', filter.channel));
    if (filter.owner === 'mine') conditions.push(eb('cases.owner_org_id', '=', organisationId));
    if (filter.owner === 'others') conditions.push(eb('cases.owner_org_id', '<>', organisationId));
    if (filter.reference) conditions.push(eb('cases.reference', 'ilike', containing(filter.reference)));
    if (filter.personIds) {
      const ids = filter.personIds.length ? filter.personIds : ['00000000-0000-0000-0000-000000000000'];
      conditions.push(eb('cases.id', 'in', eb.selectFrom('persons').select('persons.case_id').where('persons.id', 'in', ids)));
    }
    return eb.and(conditions);
  };
}

export async function listCases(tx: Tx, organisationId: string, filter: CaseListFilter) {
  const where = matching(organisationId, filter);
  // The page is read in the order of cases_created (0017): only the rows shown are joined and presented.
  const items = await caseRows(tx).where(where).orderBy('cases.created_at', 'desc').orderBy('cases.id')
    .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).execute();
  // Counted on the cases alone: each has exactly one person (persons.case_id is unique and written
  // with the case, visible exactly when the case is) and a required owner, so the joins of the page
  // would not change the number, but each would cost a row-level-security check per visible case.
  const total = await tx.selectFrom('cases').where(where).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { items, total: total.n };
}

/** Visible persons whose keyed hashes include one of these. */
export async function personIdsByHashes(tx: Tx, hashes: string[]) {
  if (hashes.length === 0) return [];
  const rows = await tx.selectFrom('person_keys').select('person_id').distinct().where('hash', 'in', hashes).execute();
  return rows.map((row) => row.person_id);
}

export async function replacePersonKeys(tx: Tx, personId: string, keys: { kind: 'name' | 'document' | 'phone'; hash: string }[]) {
  await tx.deleteFrom('person_keys').where('person_id', '=', personId).execute();
  if (keys.length) await tx.insertInto('person_keys').values(keys.map((key) => ({ person_id: personId, ...key }))).execute();
}

export function caseDetails(tx: Tx, caseId: string) {
  return Promise.all([
    tx.selectFrom('victim_status_history').leftJoin('organisations', 'organisations.id', 'victim_status_history.decided_by_org_id')
      .select(['victim_status_history.trafficking_status', 'victim_status_history.decided_on', 'victim_status_history.recorded_at', 'organisations.short_name as decided_by'])
      .where('case_id', '=', caseId).orderBy('recorded_at').execute(),
    tx.selectFrom('trafficking_events').selectAll().where('case_id', '=', caseId).orderBy('date_from').execute(),
    tx.selectFrom('case_consents').selectAll().where('case_id', '=', caseId).orderBy('recorded_at').execute(),
    tx.selectFrom('case_assessments').selectAll().where('case_id', '=', caseId).orderBy('assessed_on', 'desc').execute(),
    tx.selectFrom('case_notes').innerJoin('users', 'users.id', 'case_notes.created_by').innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select(['case_notes.id', 'case_notes.part', 'case_notes.body_sealed', 'case_notes.created_at', 'users.full_name as author', 'organisations.short_name as author_org'])
      .where('case_id', '=', caseId).orderBy('case_notes.created_at').execute(),
    tx.selectFrom('perpetrators').selectAll().where('case_id', '=', caseId).execute(),
    tx.selectFrom('proceedings').selectAll().where('case_id', '=', caseId).orderBy('opened_on').execute(),
    tx.selectFrom('case_referrals').innerJoin('organisations as to_org', 'to_org.id', 'case_referrals.to_org_id').innerJoin('organisations as from_org', 'from_org.id', 'case_referrals.from_org_id')
      .select(['case_referrals.id', 'case_referrals.status', 'case_referrals.parts', 'case_referrals.reason', 'case_referrals.created_at', 'case_referrals.closed_at', 'to_org.short_name as to_org', 'from_org.short_name as from_org', 'case_referrals.to_org_id', 'case_referrals.from_org_id'])
      .where('case_id', '=', caseId).orderBy('case_referrals.created_at').execute(),
  ]).then(([statusHistory, events, consents, assessments, notes, perpetrators, proceedings, referrals]) => ({ statusHistory, events, consents, assessments, notes, perpetrators, proceedings, referrals }));
}

export type CaseDetails = Awaited<ReturnType<typeof caseDetails>>;
