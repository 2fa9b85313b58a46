import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.js';
import type { Tx } from '../../db/database.js';
import type { RequestMeta } from '../../http/context.js';
import { AppError, notFound } from '../../http/problem.js';
import type { Actor } from '../../policies/policy.js';
import { requireAbility, visibleCase } from '../cases.service.js';

/** Asks the owner for access (or, for the unit's supervisor, takes emergency access at once). */
export async function requestAccess(tx: Tx, meta: RequestMeta, caseId: string, reason: string, emergency: boolean) {
  const result = await sql<{ id: string | null }>`select request_case_access(${caseId}, ${reason}, ${emergency}) as id`.execute(tx);
  const id = result.rows[0]?.id;
  if (!id) throw notFound();
  await recordAudit(tx, meta, { action: emergency ? 'case.emergency_access' : 'case.access_request', resource: 'case', recordId: caseId, details: { grantId: id, emergency } });
  return id;
}

/** The owner grants or refuses a request, or revokes a grant. */
export async function decideAccess(tx: Tx, meta: RequestMeta, actor: Actor, grantId: string, decision: 'granted' | 'refused' | 'revoked', expiresOn: string | null) {
  const grant = await tx.selectFrom('case_access_grants').selectAll().where('id', '=', grantId).where('owner_org_id', '=', actor.organisationId).executeTakeFirst();
  if (!grant) throw notFound();
  const allowed = decision === 'revoked' ? grant.status === 'granted' : grant.status === 'requested';
  if (!allowed) throw new AppError('ACCESS_REQUEST_STATE');
  await tx.updateTable('case_access_grants').set({
    status: decision, decided_by: actor.userId, decided_at: sql`now()`,
    expires_at: decision === 'granted' && expiresOn ? sql`(${expiresOn}::date + 1)::timestamptz` : grant.expires_at,
  }).where('id', '=', grantId).execute();
  await recordAudit(tx, meta, { action: `case.access_${decision}`, resource: 'case', recordId: grant.case_id, details: { grantId } });
}

/** The owner marks an emergency access as reviewed. */
export async function reviewEmergency(tx: Tx, meta: RequestMeta, actor: Actor, grantId: string) {
  const grant = await tx.selectFrom('case_access_grants').selectAll().where('id', '=', grantId).where('owner_org_id', '=', actor.organisationId).where('emergency', '=', true).executeTakeFirst();
  if (!grant) throw notFound();
  if (grant.reviewed_at) throw new AppError('ACCESS_REQUEST_STATE');
  await tx.updateTable('case_access_grants').set({ reviewed_by: actor.userId, reviewed_at: sql`now()` }).where('id', '=', grantId).execute();
  await recordAudit(tx, meta, { action: 'case.emergency_reviewed', resource: 'case', recordId: grant.case_id, details: { grantId } });
}

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

/** Requests to the caller's body (as owner) and from it; row-level security keeps the rest out. */
export async function accessRequests(tx: Tx, actor: Actor) {
  const rows = await tx
    .selectFrom('case_access_grants as g')
    .innerJoin('organisations as asking', 'asking.id', 'g.organisation_id')
    .innerJoin('organisations as owning', 'owning.id', 'g.owner_org_id')
    .innerJoin('users as requester', 'requester.id', 'g.requested_by')
    .select([
      'g.id', 'g.case_id', 'g.case_reference', 'g.reason', 'g.emergency', 'g.status', 'g.created_at', 'g.decided_at', 'g.expires_at', 'g.reviewed_at',
      'g.owner_org_id', 'asking.short_name as asking_org', 'owning.short_name as owner_org', 'requester.full_name as requester',
    ])
    .where((eb) => eb.or([eb('g.owner_org_id', '=', actor.organisationId), eb('g.organisation_id', '=', actor.organisationId)]))
    .orderBy('g.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((row) => {
    const mine = row.owner_org_id === actor.organisationId;
    return {
      id: row.id, caseId: row.case_id, reference: row.case_reference, reason: row.reason, emergency: row.emergency, status: row.status,
      createdAt: iso(row.created_at)!, decidedAt: iso(row.decided_at), expiresAt: iso(row.expires_at), reviewedAt: iso(row.reviewed_at),
      askingOrg: row.asking_org, ownerOrg: row.owner_org, requester: row.requester, incoming: mine,
      abilities: { decide: mine && row.status === 'requested', revoke: mine && row.status === 'granted', review: mine && row.emergency && !row.reviewed_at },
    };
  });
}

/** Who looked at or changed the case, from the audit trail: for the owner and the unit. */
export async function accessLog(tx: Tx, actor: Actor, caseId: string) {
  const { abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.viewAccessLog);
  const rows = await tx
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .leftJoin('organisations', 'organisations.id', 'audit_log.organisation_id')
    .select(['audit_log.seq', 'audit_log.at', 'audit_log.action', 'audit_log.role', 'audit_log.details', 'users.full_name', 'organisations.short_name'])
    .where('audit_log.resource', '=', 'case')
    .where('audit_log.record_id', '=', caseId)
    .orderBy('audit_log.seq', 'desc')
    .limit(500)
    .execute();
  return rows.map((row) => {
    const parts = (row.details as { parts?: unknown }).parts;
    return {
      seq: Number(row.seq), at: new Date(row.at).toISOString(), action: row.action, role: row.role, user: row.full_name, organisation: row.short_name,
      emergency: row.action === 'case.emergency_access', parts: Array.isArray(parts) ? (parts as string[]) : null,
    };
  });
}
