import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import type { HotlineServices } from './hotline.service.js';
import { callbackContext, presentCallback, presentContactSummary } from './hotline.presenter.js';
import { findCallback, findContact, listCallbacks, listContacts, referralsSince } from './hotline.repository.js';

/** A due time this far in the past is a typing mistake, not a plan. */
const PAST_TOLERANCE_MS = 5 * 60_000;
const HOUR_MS = 3_600_000;

const nowOf = (services: HotlineServices) => services.now?.() ?? new Date();

/** A callback: a task with a due time for one operator of the body, or for whoever is on duty. */
export async function addCallback(tx: Tx, services: HotlineServices, meta: RequestMeta, actor: Actor, contactId: string, input: { dueAt: string; assignedTo: string | null; note: string | null }) {
  const contact = await findContact(tx, contactId);
  if (!contact || contact.organisation_id !== actor.organisationId) throw notFound();
  const problems: { path: string; key: 'hotline.due_in_past' | 'hotline.assignee_unknown' }[] = [];
  if (new Date(input.dueAt).getTime() < nowOf(services).getTime() - PAST_TOLERANCE_MS) problems.push({ path: 'dueAt', key: 'hotline.due_in_past' });
  if (input.assignedTo) {
    const assignee = await tx.selectFrom('users').select('id').where('id', '=', input.assignedTo).where('organisation_id', '=', actor.organisationId)
      .where('role', '=', 'hotline_operator').where('active', '=', true).executeTakeFirst();
    if (!assignee) problems.push({ path: 'assignedTo', key: 'hotline.assignee_unknown' });
  }
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems);
  const id = randomUUID();
  await tx.insertInto('hotline_callbacks').values({
    id, contact_id: contactId, organisation_id: actor.organisationId, assigned_to: input.assignedTo, due_at: input.dueAt,
    note_sealed: input.note ? services.vault.seal(input.note, callbackContext(id)) : null, created_by: actor.userId,
  }).execute();
  await recordAudit(tx, meta, { action: 'hotline.callback_create', resource: 'hotline_contact', recordId: contactId, details: { callbackId: id, assignedTo: input.assignedTo } });
  return id;
}

/** Done, or closed without being done (the caller could not be reached). Two people closing it at once: one wins. */
export async function closeCallback(tx: Tx, services: HotlineServices, meta: RequestMeta, actor: Actor, id: string, status: 'done' | 'not_done') {
  const existing = await findCallback(tx, id);
  if (!existing || existing.organisation_id !== actor.organisationId) throw notFound();
  const result = await tx.updateTable('hotline_callbacks').set({ status, closed_by: actor.userId, closed_at: nowOf(services) })
    .where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  if (!result || result.numUpdatedRows === 0n) throw new AppError('CALLBACK_CLOSED');
  await recordAudit(tx, meta, { action: `hotline.callback_${status}`, resource: 'hotline_contact', recordId: existing.contact_id, details: { callbackId: id } });
}

export async function callbackList(tx: Tx, services: HotlineServices, meta: RequestMeta, actor: Actor, filter: { status: string; mine: boolean }) {
  const rows = await listCallbacks(tx, actor.organisationId, { status: filter.status, assignedTo: filter.mine ? actor.userId : undefined });
  const now = nowOf(services);
  if (rows.some((row) => row.note_sealed)) {
    await recordAudit(tx, meta, { action: 'hotline.callbacks_view', resource: 'hotline_contact', details: { callbackIds: rows.filter((row) => row.note_sealed).map((row) => row.id) } });
  }
  return { items: rows.map((row) => presentCallback(services.vault, row, true, now)) };
}

/**
 * The shift handover: what the next shift takes over — callbacks open and due before the end of
 * the next shift (overdue first), contacts that still have no outcome, and the referrals the
 * body's contacts led to during the shift that ends.
 */
export async function handover(tx: Tx, services: HotlineServices, meta: RequestMeta, actor: Actor, hours: number) {
  const now = nowOf(services);
  const since = new Date(now.getTime() - hours * HOUR_MS);
  const until = new Date(now.getTime() + hours * HOUR_MS);
  const [callbacks, open, referrals, counts] = await Promise.all([
    listCallbacks(tx, actor.organisationId, { status: 'open', dueBefore: until }),
    listContacts(tx, actor.organisationId, { open: true, page: 1, pageSize: 200 }),
    referralsSince(tx, actor.organisationId, since),
    tx.selectFrom('hotline_contacts').select([sql<number>`count(*)::int`.as('n'), sql<number>`count(*) filter (where outcome is null)::int`.as('open')])
      .where('organisation_id', '=', actor.organisationId).where('started_at', '>=', since).executeTakeFirstOrThrow(),
  ]);
  await recordAudit(tx, meta, { action: 'hotline.handover_view', resource: 'hotline_contact', details: { hours, callbackIds: callbacks.map((c) => c.id) } });
  return {
    since: since.toISOString(),
    until: until.toISOString(),
    contactsInShift: counts.n,
    callbacks: callbacks.map((row) => presentCallback(services.vault, row, true, now)),
    openContacts: open.items.map(presentContactSummary),
    openContactsTotal: open.total,
    referrals: referrals.map((r) => ({
      id: r.referral_id, createdAt: new Date(r.created_at).toISOString(), status: r.status, toOrg: r.to_org, by: r.by_name, category: r.category,
      contact: { id: r.contact_id, reference: r.contact_reference },
      case: r.case_reference ? { id: r.case_id, reference: r.case_reference } : null,
    })),
  };
}
