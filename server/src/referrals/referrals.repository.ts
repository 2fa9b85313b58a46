import { sql } from 'kysely';
import { ROLE_CASE_PARTS } from '../../../common/src/case-parts.js';
import type { Role } from '../../../common/src/roles.js';
import type { Tx } from '../db/database.js';
import { containing } from '../db/like.js';
import type { InboxQuery } from './referral-input.js';
import type { ReferralDeadlines } from './referral-timing.js';

/** Roles that keep victims' records, and so can take a referral. */
export const CASE_ROLES = Object.keys(ROLE_CASE_PARTS) as Role[];

/**
 * Referrals with their bodies and people. Row-level security limits them to those the caller's
 * body sent or received (and, for the special police unit's officers, every one); `case_visible`
 * says whether the caller can open the case now, which for a receiver ends with the referral.
 */
export function referralRows(tx: Tx) {
  return tx
    .selectFrom('case_referrals as r')
    .innerJoin('organisations as from_org', 'from_org.id', 'r.from_org_id')
    .innerJoin('organisations as to_org', 'to_org.id', 'r.to_org_id')
    .innerJoin('users as sender', 'sender.id', 'r.created_by')
    .leftJoin('users as acceptor', 'acceptor.id', 'r.accepted_by')
    .leftJoin('users as closer', 'closer.id', 'r.closed_by')
    .select([
      'r.id', 'r.case_id', 'r.case_reference', 'r.status', 'r.urgency', 'r.services', 'r.parts', 'r.reason', 'r.sharing_basis', 'r.legal_ground',
      'r.from_org_id', 'r.to_org_id', 'r.created_by', 'r.created_at', 'r.accepted_at', 'r.closed_at', 'r.decline_reason', 'r.overdue_alerted_at',
      'from_org.short_name as from_short_name', 'from_org.name_az as from_name_az',
      'to_org.short_name as to_short_name', 'to_org.name_az as to_name_az', 'to_org.holds_unified_database as to_unit',
      'sender.full_name as sent_by', 'acceptor.full_name as accepted_by_name', 'closer.full_name as closed_by_name',
      sql<boolean>`exists (select 1 from cases c where c.id = r.case_id)`.as('case_visible'),
    ]);
}

export type ReferralRow = Awaited<ReturnType<ReturnType<typeof referralRows>['executeTakeFirstOrThrow']>>;

export function findReferral(tx: Tx, id: string) {
  return referralRows(tx).where('r.id', '=', id).executeTakeFirst();
}

export function referralsOfCase(tx: Tx, caseId: string) {
  return referralRows(tx).where('r.case_id', '=', caseId).orderBy('r.created_at', 'desc').orderBy('r.id').execute();
}

/** Due for acceptance by the special police unit: sent more than its hours ago (urgent ones fewer). */
const overdueCondition = (deadlines: ReferralDeadlines, now: Date) =>
  sql<boolean>`(r.status = 'sent' and to_org.holds_unified_database
    and r.created_at + make_interval(hours => case when r.urgency = 'urgent' then ${deadlines.urgentAcceptHours}::int else ${deadlines.acceptHours}::int end) <= ${now})`;

/** The inbox of a body: what it received, or what it sent; waiting and urgent ones first. */
export async function listInbox(tx: Tx, organisationId: string, query: InboxQuery, deadlines: ReferralDeadlines, now: Date) {
  let rows = referralRows(tx).where(query.box === 'incoming' ? 'r.to_org_id' : 'r.from_org_id', '=', organisationId);
  if (query.status === 'open') rows = rows.where('r.status', 'in', ['sent', 'accepted']);
  else if (query.status) rows = rows.where('r.status', '=', query.status);
  if (query.urgency) rows = rows.where('r.urgency', '=', query.urgency);
  if (query.overdue !== undefined) rows = rows.where(query.overdue ? overdueCondition(deadlines, now) : sql<boolean>`not ${overdueCondition(deadlines, now)}`);
  if (query.q) rows = rows.where('r.case_reference', 'ilike', containing(query.q.replace(/^(İA|IA)-?/i, '')));
  const [items, summary] = await Promise.all([
    rows
      .orderBy(sql`r.status = 'sent'`, 'desc')
      .orderBy(sql`r.urgency = 'urgent'`, 'desc')
      .orderBy('r.created_at', 'desc')
      .orderBy('r.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    rows
      .clearSelect()
      .select([
        sql<number>`count(*)::int`.as('total'),
        sql<number>`count(r.accepted_at)::int`.as('accepted'),
        sql<number | null>`(percentile_cont(0.5) within group (order by extract(epoch from r.accepted_at - r.created_at)) / 60)::float8`.as('median_minutes'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: summary.total, accepted: summary.accepted, medianMinutes: summary.median_minutes === null ? null : Math.round(summary.median_minutes) };
}

/** How many referrals wait in each box of the body, for the inbox's tabs. */
export async function inboxCounts(tx: Tx, organisationId: string, deadlines: ReferralDeadlines, now: Date) {
  const row = await tx
    .selectFrom('case_referrals as r')
    .innerJoin('organisations as to_org', 'to_org.id', 'r.to_org_id')
    .select([
      sql<number>`count(*) filter (where r.to_org_id = ${organisationId} and r.status = 'sent')::int`.as('incoming_waiting'),
      sql<number>`count(*) filter (where r.to_org_id = ${organisationId} and ${overdueCondition(deadlines, now)})::int`.as('incoming_overdue'),
      sql<number>`count(*) filter (where r.to_org_id = ${organisationId} and r.status = 'accepted')::int`.as('incoming_accepted'),
      sql<number>`count(*) filter (where r.from_org_id = ${organisationId} and r.status = 'sent')::int`.as('outgoing_waiting'),
    ])
    .where((eb) => eb.or([eb('r.to_org_id', '=', organisationId), eb('r.from_org_id', '=', organisationId)]))
    .executeTakeFirstOrThrow();
  return { incomingWaiting: row.incoming_waiting, incomingOverdue: row.incoming_overdue, incomingAccepted: row.incoming_accepted, outgoingWaiting: row.outgoing_waiting };
}

/** Active users of a body who keep victims' records (and so can take a referral), with what notifying them needs. */
export function caseWorkersOf(tx: Tx, organisationId: string, roles: readonly Role[] = CASE_ROLES) {
  return tx
    .selectFrom('users')
    .select(['id', 'email', 'locale'])
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .where('role', 'in', [...roles])
    .execute();
}

/** The user, if still active, with what notifying them needs. */
export function activeUser(tx: Tx, userId: string) {
  return tx.selectFrom('users').select(['id', 'email', 'locale']).where('id', '=', userId).where('active', '=', true).executeTakeFirst();
}

/** Whether the person's latest recorded decision on sharing their data with other bodies is a consent. */
export async function consentsToSharing(tx: Tx, caseId: string): Promise<boolean> {
  const latest = await tx
    .selectFrom('case_consents')
    .select('given')
    .where('case_id', '=', caseId)
    .where('purpose', '=', 'sharing_with_bodies')
    .orderBy('recorded_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.given === true;
}

export function openReferralTo(tx: Tx, caseId: string, organisationId: string) {
  return tx.selectFrom('case_referrals').select('id').where('case_id', '=', caseId).where('to_org_id', '=', organisationId).where('status', 'in', ['sent', 'accepted']).executeTakeFirst();
}
