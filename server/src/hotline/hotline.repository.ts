import { sql } from 'kysely';
import type { ReferralTargetKind } from '../../../common/src/hotline.js';
import type { Tx } from '../db/database.js';

/**
 * Every query runs as the application role: row-level security (migrations/0010_hotline.sql)
 * limits contacts to the hotline body's own and, for the special police unit, those linked to a
 * case it sees. Queries for the console narrow further to the caller's body.
 */
function contactRows(tx: Tx) {
  return tx
    .selectFrom('hotline_contacts as h')
    .innerJoin('users as operator', 'operator.id', 'h.operator_id')
    .innerJoin('organisations as body', 'body.id', 'h.organisation_id')
    .leftJoin('cases', 'cases.id', 'h.case_id')
    .select([
      'h.id', 'h.reference', 'h.organisation_id', 'h.operator_id', 'h.started_at', 'h.ended_at', 'h.channel', 'h.language', 'h.caller_type',
      'h.category', 'h.risk_flags', 'h.notes_sealed', 'h.caller_consent', 'h.caller_consent_at', 'h.caller_sealed', 'h.phone_hash', 'h.outcome',
      'h.case_id', 'h.revision', 'h.created_at', 'h.updated_at',
      'operator.full_name as operator_name', 'body.short_name as body_short_name',
      // The case's reference only where the caller sees the case (row-level security on cases).
      'cases.reference as case_reference',
    ]);
}

export type ContactRow = Awaited<ReturnType<ReturnType<typeof contactRows>['executeTakeFirstOrThrow']>>;

export function findContact(tx: Tx, id: string) {
  return contactRows(tx).where('h.id', '=', id).executeTakeFirst();
}

export interface ContactListFilter {
  open?: boolean;
  category?: string;
  channel?: string;
  operatorId?: string;
  /** Baku days, inclusive. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** Midnight in Baku of a day, as an instant. */
const bakuMidnight = (day: string) => sql<Date>`(${day}::date)::timestamp at time zone 'Asia/Baku'`;

export async function listContacts(tx: Tx, organisationId: string, filter: ContactListFilter) {
  let query = contactRows(tx).where('h.organisation_id', '=', organisationId);
  if (filter.open === true) query = query.where('h.outcome', 'is', null);
  if (filter.open === false) query = query.where('h.outcome', 'is not', null);
  if (filter.category) query = query.where('h.category', '=', filter.category);
  if (filter.channel) query = query.where('h.channel', '=', filter.channel);
  if (filter.operatorId) query = query.where('h.operator_id', '=', filter.operatorId);
  if (filter.from) query = query.where('h.started_at', '>=', bakuMidnight(filter.from));
  if (filter.to) query = query.where('h.started_at', '<', sql<Date>`${bakuMidnight(filter.to)} + interval '1 day'`);
  const [items, total] = await Promise.all([
    query.orderBy('h.started_at', 'desc').orderBy('h.id').limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).execute(),
    query.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

/** The contacts of one case the caller may see (the hotline body's, or the special police unit's view). */
export function caseContacts(tx: Tx, caseId: string) {
  return contactRows(tx).where('h.case_id', '=', caseId).orderBy('h.started_at').execute();
}

export function contactReferrals(tx: Tx, contactIds: string[]) {
  if (contactIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('hotline_contact_referrals as hr')
    .innerJoin('case_referrals as r', 'r.id', 'hr.referral_id')
    .innerJoin('organisations as to_org', 'to_org.id', 'r.to_org_id')
    .innerJoin('users as by', 'by.id', 'hr.created_by')
    .leftJoin('cases', 'cases.id', 'r.case_id')
    .select(['hr.contact_id', 'hr.referral_id', 'hr.created_at', 'r.status', 'r.to_org_id', 'r.case_id', 'to_org.short_name as to_org', 'by.full_name as by_name', 'cases.reference as case_reference'])
    .where('hr.contact_id', 'in', contactIds)
    .orderBy('hr.created_at')
    .execute();
}

function callbackRows(tx: Tx) {
  return tx
    .selectFrom('hotline_callbacks as cb')
    .innerJoin('hotline_contacts as h', 'h.id', 'cb.contact_id')
    .leftJoin('users as assignee', 'assignee.id', 'cb.assigned_to')
    .leftJoin('users as closer', 'closer.id', 'cb.closed_by')
    .select([
      'cb.id', 'cb.contact_id', 'cb.organisation_id', 'cb.assigned_to', 'cb.due_at', 'cb.note_sealed', 'cb.status', 'cb.closed_at', 'cb.created_at',
      'h.reference as contact_reference', 'h.category as contact_category', 'h.risk_flags as contact_risk_flags',
      'assignee.full_name as assignee_name', 'closer.full_name as closed_by_name',
    ]);
}

export type CallbackRow = Awaited<ReturnType<ReturnType<typeof callbackRows>['executeTakeFirstOrThrow']>>;

export function callbacksOfContact(tx: Tx, contactId: string) {
  return callbackRows(tx).where('cb.contact_id', '=', contactId).orderBy('cb.due_at').execute();
}

export function listCallbacks(tx: Tx, organisationId: string, filter: { status: string; assignedTo?: string; dueBefore?: Date }) {
  let query = callbackRows(tx).where('cb.organisation_id', '=', organisationId).where('cb.status', '=', filter.status);
  // "Mine" includes the callbacks left to anyone of the body.
  if (filter.assignedTo) query = query.where((eb) => eb.or([eb('cb.assigned_to', '=', filter.assignedTo!), eb('cb.assigned_to', 'is', null)]));
  if (filter.dueBefore) query = query.where('cb.due_at', '<=', filter.dueBefore);
  return query.orderBy(filter.status === 'open' ? 'cb.due_at' : 'cb.closed_at', filter.status === 'open' ? 'asc' : 'desc').limit(500).execute();
}

export function findCallback(tx: Tx, id: string) {
  return callbackRows(tx).where('cb.id', '=', id).executeTakeFirst();
}

/** Referrals the body's contacts led to since an instant (the shift handover). */
export function referralsSince(tx: Tx, organisationId: string, since: Date) {
  return tx
    .selectFrom('hotline_contact_referrals as hr')
    .innerJoin('hotline_contacts as h', 'h.id', 'hr.contact_id')
    .innerJoin('case_referrals as r', 'r.id', 'hr.referral_id')
    .innerJoin('organisations as to_org', 'to_org.id', 'r.to_org_id')
    .innerJoin('users as by', 'by.id', 'hr.created_by')
    .leftJoin('cases', 'cases.id', 'r.case_id')
    .select(['hr.referral_id', 'hr.created_at', 'h.id as contact_id', 'h.reference as contact_reference', 'h.category', 'r.status', 'r.case_id',
      'cases.reference as case_reference', 'to_org.short_name as to_org', 'by.full_name as by_name'])
    .where('h.organisation_id', '=', organisationId)
    .where('hr.created_at', '>=', since)
    .orderBy('hr.created_at', 'desc')
    .execute();
}

/** The body's earlier contacts from the same number (by its keyed hash). */
export async function contactsByPhoneHash(tx: Tx, organisationId: string, hash: string, excludeId: string | null) {
  let query = contactRows(tx).where('h.organisation_id', '=', organisationId).where('h.phone_hash', '=', hash);
  if (excludeId) query = query.where('h.id', '<>', excludeId);
  const [items, summary] = await Promise.all([
    query.orderBy('h.started_at', 'desc').limit(10).execute(),
    query.clearSelect().select([sql<number>`count(*)::int`.as('n'), sql<Date | null>`min(h.started_at)`.as('first_at'), sql<Date | null>`max(h.started_at)`.as('last_at')]).executeTakeFirstOrThrow(),
  ]);
  return { items, count: summary.n, firstAt: summary.first_at, lastAt: summary.last_at };
}

/** Cases the caller sees whose person has this phone hash among their look-up keys. */
export function casesByPhoneHash(tx: Tx, hash: string) {
  return tx
    .selectFrom('person_keys')
    .innerJoin('persons', 'persons.id', 'person_keys.person_id')
    .innerJoin('cases', 'cases.id', 'persons.case_id')
    .select(['cases.id', 'cases.reference', 'cases.created_at'])
    .distinct()
    .where('person_keys.kind', '=', 'phone')
    .where('person_keys.hash', '=', hash)
    .orderBy('cases.created_at', 'desc')
    .limit(10)
    .execute();
}

/** Active operators of the body: whom a callback can be given to. */
export function operatorsOf(tx: Tx, organisationId: string) {
  return tx.selectFrom('users').select(['id', 'full_name']).where('organisation_id', '=', organisationId).where('role', '=', 'hotline_operator')
    .where('active', '=', true).orderBy('full_name').execute();
}

/**
 * Bodies a contact can be referred to: the special police unit (which keeps the unified database),
 * and bodies with active users who take cases — shelters and assistance centres, NGOs.
 */
export async function referralTargets(tx: Tx, organisationId: string) {
  const rows = await tx
    .selectFrom('organisations as o')
    .select([
      'o.id', 'o.short_name', 'o.name_az', 'o.name_ru', 'o.name_en', 'o.kind', 'o.holds_unified_database',
      sql<boolean>`exists (select 1 from users u where u.organisation_id = o.id and u.active and u.role = 'shelter_worker')`.as('has_shelter'),
      sql<boolean>`exists (select 1 from users u where u.organisation_id = o.id and u.active
        and u.role in ('shelter_worker', 'ngo_partner', 'police_investigator', 'police_supervisor', 'frontline_officer'))`.as('has_case_workers'),
    ])
    .where('o.active', '=', true)
    .where('o.id', '<>', organisationId)
    .execute();
  const kindOf = (row: (typeof rows)[number]): ReferralTargetKind => (row.holds_unified_database ? 'police' : row.has_shelter ? 'shelter' : row.kind === 'ngo' ? 'ngo' : 'other');
  const order: Record<ReferralTargetKind, number> = { police: 0, shelter: 1, ngo: 2, other: 3 };
  return rows
    .filter((row) => row.holds_unified_database || row.has_case_workers)
    .map((row) => ({ id: row.id, shortName: row.short_name, nameAz: row.name_az, nameRu: row.name_ru, nameEn: row.name_en, kind: kindOf(row) }))
    .sort((a, b) => order[a.kind] - order[b.kind] || a.shortName.localeCompare(b.shortName));
}
