import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { PHONE_MIN_DIGITS, isNonSubstantive } from '../../../common/src/hotline.js';
import { recordAudit } from '../audit/audit.repository.js';
import { createCaseInput } from '../cases/case-input.js';
import { referCase } from '../cases/case-records.service.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import { findCase } from '../cases/cases.repository.js';
import { createCase, visibleCase } from '../cases/cases.service.js';
import { normalisePhone } from '../cases/identity.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import type { FieldMessageKey } from '../http/field-messages.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import type { ContactInput, ContactNotes, ContactReferralInput } from './hotline-input.js';
import { callerContext, notesContext, openCaller, presentContact, presentContactSummary, type CallerIdentity } from './hotline.presenter.js';
import {
  callbacksOfContact, caseContacts, casesByPhoneHash, contactReferrals, contactsByPhoneHash, findContact, operatorsOf, referralTargets, type ContactRow,
} from './hotline.repository.js';

export interface HotlineServices {
  vault: IdentityVault;
  /** The clock; tests set it. */
  now?: () => Date;
}

const nowOf = (services: HotlineServices) => services.now?.() ?? new Date();
/** A started time this far ahead of the server's clock is a wrong clock, not a contact. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The keyed hash of a number as typed, or null for one too short to say anything. */
export function phoneHashOf(vault: IdentityVault, phone: string | null): string | null {
  if (!phone || phone.replace(/\D/g, '').length < PHONE_MIN_DIGITS) return null;
  return vault.lookupHash('phone', normalisePhone(phone));
}

function sealNotes(vault: IdentityVault, id: string, notes: ContactNotes): string | null {
  if (Object.values(notes).every((value) => value === null)) return null;
  return vault.seal(JSON.stringify(notes), notesContext(id));
}

function sealCaller(vault: IdentityVault, id: string, caller: CallerIdentity): string | null {
  if (caller.name === null && caller.phone === null) return null;
  return vault.seal(JSON.stringify(caller), callerContext(id));
}

type FieldProblem = { path: string; key: FieldMessageKey };

async function checkContact(tx: Tx, input: ContactInput, now: Date) {
  const problems: FieldProblem[] = [];
  if (new Date(input.startedAt).getTime() > now.getTime() + CLOCK_SKEW_MS) problems.push({ path: 'startedAt', key: 'hotline.started_in_future' });
  if (!input.consent && input.callerName) problems.push({ path: 'callerName', key: 'hotline.identity_without_consent' });
  // The case must be one the caller sees (row-level security): a contact cannot reveal another body's case.
  if (input.caseId && !(await findCase(tx, input.caseId))) problems.push({ path: 'caseId', key: 'hotline.case_unknown' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems);
}

/** The columns a contact's input sets; `existing` keeps what the input leaves unsaid (the number, the consent time). */
function contactColumns(vault: IdentityVault, id: string, input: ContactInput, now: Date, existing?: ContactRow) {
  const started = new Date(Math.min(new Date(input.startedAt).getTime(), now.getTime()));
  const typedHash = phoneHashOf(vault, input.phone);
  const earlierCaller = existing ? openCaller(vault, existing) : null;
  const caller: CallerIdentity = input.consent ? { name: input.callerName, phone: input.phone ?? earlierCaller?.phone ?? null } : { name: null, phone: null };
  return {
    started_at: started,
    ended_at: input.outcome ? new Date(Math.max(started.getTime(), new Date(existing?.ended_at ?? now).getTime())) : null,
    channel: input.channel,
    language: input.language,
    caller_type: input.callerType,
    category: input.category,
    risk_flags: input.riskFlags,
    notes_sealed: sealNotes(vault, id, input.notes),
    caller_consent: input.consent,
    caller_consent_at: input.consent ? (existing?.caller_consent_at ?? now) : null,
    // Without consent nothing of the caller is kept but the keyed hash of the number.
    caller_sealed: input.consent ? sealCaller(vault, id, caller) : null,
    // A number typed now replaces the hash; none typed keeps the one recorded before.
    phone_hash: typedHash ?? existing?.phone_hash ?? null,
    outcome: input.outcome,
    case_id: input.caseId,
  };
}

/** A contact of the caller's own body, or 404: another body's contact does not exist for the caller. */
async function ownContact(tx: Tx, actor: Actor, id: string) {
  const row = await findContact(tx, id);
  if (!row || row.organisation_id !== actor.organisationId) throw notFound();
  return row;
}

export async function createContact(tx: Tx, services: HotlineServices, meta: RequestMeta, actor: Actor, input: ContactInput) {
  const now = nowOf(services);
  await checkContact(tx, input, now);
  const id = randomUUID();
  const created = await tx.insertInto('hotline_contacts')
    .values({ id, organisation_id: actor.organisationId, operator_id: actor.userId, updated_by: actor.userId, ...contactColumns(services.vault, id, input, now) })
    .returning(['reference', 'revision']).executeTakeFirstOrThrow();
  await recordAudit(tx, meta, {
    action: 'hotline.contact_create', resource: 'hotline_contact', recordId: id,
    details: { reference: created.reference, channel: input.channel, category: input.category, outcome: input.outcome, caseId: input.caseId, consent: input.consent },
  });
  return { id, reference: created.reference, revision: created.revision };
}

export async function updateContact(tx: Tx, services: HotlineServices, meta: RequestMeta, actor: Actor, id: string, revision: number, input: ContactInput) {
  const now = nowOf(services);
  const existing = await ownContact(tx, actor, id);
  await checkContact(tx, input, now);
  const result = await tx.updateTable('hotline_contacts')
    .set({ ...contactColumns(services.vault, id, input, now, existing), revision: sql`revision + 1`, updated_by: actor.userId, updated_at: now })
    .where('id', '=', id).where('revision', '=', revision).executeTakeFirst();
  if (!result || result.numUpdatedRows === 0n) throw new AppError('HOTLINE_CONFLICT');
  await recordAudit(tx, meta, {
    action: 'hotline.contact_update', resource: 'hotline_contact', recordId: id,
    details: { category: input.category, outcome: input.outcome, caseId: input.caseId, consent: input.consent, consentWithdrawn: existing.caller_consent && !input.consent },
  });
  return { revision: revision + 1 };
}

/**
 * Whether the caller sees a contact's notes and its caller: the hotline's operators of the body
 * that took it, and whoever sees the 'hotline' part of the case it belongs to (an emergency access).
 */
async function notesVisible(tx: Tx, actor: Actor, row: ContactRow) {
  if (row.organisation_id === actor.organisationId && actor.role === 'hotline_operator') return true;
  if (!row.case_id) return false;
  const { parts } = await visibleCase(tx, actor, row.case_id);
  return parts.has('hotline');
}

/** One contact, for its body or for the special police unit through its case; every read is audited. */
export async function readContact(tx: Tx, services: HotlineServices, meta: RequestMeta, actor: Actor, id: string) {
  const row = await findContact(tx, id);
  if (!row) throw notFound();
  const withNotes = await notesVisible(tx, actor, row);
  const own = row.organisation_id === actor.organisationId && actor.role === 'hotline_operator';
  const [referrals, callbacks] = await Promise.all([contactReferrals(tx, [id]), own ? callbacksOfContact(tx, id) : Promise.resolve([])]);
  await recordAudit(tx, meta, { action: 'hotline.contact_view', resource: 'hotline_contact', recordId: id, details: { notes: withNotes, caseId: row.case_id } });
  const referable = !isNonSubstantive(row.category);
  return presentContact(services.vault, row, { withNotes, referrals, callbacks, abilities: { edit: own, refer: own && referable, addCallback: own } });
}

/** The contacts of a case, as the caller may see them: what and when, never the notes. */
export async function contactsOfCase(tx: Tx, actor: Actor, caseId: string) {
  const { parts } = await visibleCase(tx, actor, caseId);
  const rows = await (await import('./hotline.repository.js')).caseContacts(tx, caseId);
  const referrals = await contactReferrals(tx, rows.map((row) => row.id));
  return {
    items: rows.map((row) => ({
      ...presentContactSummary(row),
      referrals: referrals.filter((r) => r.contact_id === row.id).map((r) => ({ id: r.referral_id, toOrg: r.to_org, createdAt: new Date(r.created_at).toISOString(), status: r.status })),
      /** The caller can open the contact itself (its own body's operators). */
      openable: row.organisation_id === actor.organisationId && actor.role === 'hotline_operator',
    })),
    notesPart: parts.has('hotline'),
  };
}

const UNKNOWN_PERSON = 'Naməlum';

/**
 * One step from a contact to a referral: the contact's case is created (owned by the hotline
 * body, channel 'hotline') when it has none, the referral goes through the unified database's
 * own service, and the contact records both. Only what the receiver needs travels: the person as
 * far as known, the reason written for the receiver, and the parts the operator chose — never the
 * contact's notes. All of it is one transaction: a refused referral leaves no case behind.
 */
export async function referContact(tx: Tx, services: HotlineServices, meta: RequestMeta, actor: Actor, id: string, input: ContactReferralInput) {
  const now = nowOf(services);
  const row = await ownContact(tx, actor, id);
  if (isNonSubstantive(row.category)) throw new AppError('VALIDATION_FAILED', [{ path: 'category', key: 'hotline.non_substantive_referral' }]);
  if (row.revision !== input.revision) throw new AppError('HOTLINE_CONFLICT');
  let caseId = row.case_id;
  let caseReference = row.case_reference;
  const createdCase = !caseId;
  if (!caseId) {
    const caller = openCaller(services.vault, row);
    // The number travels only when the person concerned called and agreed to keep it.
    const phone = row.caller_consent && row.caller_type === 'person_concerned' ? caller?.phone : null;
    const firstContactOn = bakuToday(new Date(row.started_at));
    const parsed = createCaseInput.parse({
      identificationChannel: 'hotline',
      firstContactOn,
      person: {
        names: [input.person.name ?? `${UNKNOWN_PERSON} — ${row.reference}`],
        sex: input.person.sex,
        estimatedAge: input.person.estimatedAge,
        citizenships: input.person.citizenship ? [input.person.citizenship] : [],
        languages: row.language ? [row.language] : [],
        contacts: phone ? [{ kind: 'phone', value: phone }] : [],
      },
      victim: { traffickingStatus: input.traffickingStatus },
      consents: input.sharingConsent === null ? [] : [{ purpose: 'sharing_with_bodies', given: input.sharingConsent, recordedOn: bakuToday(now) }],
    });
    const created = await createCase(tx, { vault: services.vault, today: bakuToday(now) }, meta, actor, parsed);
    // A placeholder is not a name: it must not make every unknown person a duplicate of the others.
    if (!input.person.name) await tx.deleteFrom('person_keys').where('person_id', '=', created.personId).where('kind', '=', 'name').execute();
    caseId = created.id;
    caseReference = created.reference;
  }
  const referralId = await referCase(tx, meta, actor, caseId, {
    toOrgId: input.toOrgId, parts: input.parts, reason: input.reason, urgency: input.urgency, services: input.services,
    sharingBasis: input.sharingBasis, legalGround: input.legalGround, confirmNoActiveUsers: input.confirmNoActiveUsers,
  });
  await tx.insertInto('hotline_contact_referrals').values({ contact_id: id, referral_id: referralId, created_by: actor.userId, created_at: now }).execute();
  const updated = await tx.updateTable('hotline_contacts')
    .set({ case_id: caseId, outcome: sql`coalesce(outcome, 'referred')`, ended_at: sql`coalesce(ended_at, greatest(${now}::timestamptz, started_at))`, revision: sql`revision + 1`, updated_by: actor.userId, updated_at: now })
    .where('id', '=', id).where('revision', '=', input.revision).executeTakeFirst();
  if (!updated || updated.numUpdatedRows === 0n) throw new AppError('HOTLINE_CONFLICT');
  await recordAudit(tx, meta, { action: 'hotline.refer', resource: 'hotline_contact', recordId: id, details: { caseId, referralId, toOrgId: input.toOrgId, parts: input.parts, createdCase } });
  return { caseId, caseReference: caseReference!, referralId, createdCase, revision: input.revision + 1 };
}

/**
 * The known-caller hint: the body's earlier contacts from the same number, and the cases the caller
 * sees with that number, found by the keyed hash alone. The number itself is neither stored nor logged.
 */
export async function knownCaller(tx: Tx, services: HotlineServices, meta: RequestMeta, actor: Actor, phone: string, contactId: string | null) {
  const hash = phoneHashOf(services.vault, phone);
  if (!hash) return { recognised: false, count: 0, firstAt: null, lastAt: null, contacts: [], cases: [] };
  const [earlier, cases] = await Promise.all([contactsByPhoneHash(tx, actor.organisationId, hash, contactId), casesByPhoneHash(tx, hash)]);
  const linked = new Map<string, string>();
  for (const row of earlier.items) if (row.case_id && row.case_reference) linked.set(row.case_id, row.case_reference);
  for (const row of cases) linked.set(row.id, row.reference);
  await recordAudit(tx, meta, { action: 'hotline.known_caller', resource: 'hotline_contact', recordId: contactId, details: { contacts: earlier.count, cases: linked.size } });
  return {
    recognised: earlier.count > 0 || linked.size > 0,
    count: earlier.count,
    firstAt: earlier.firstAt ? new Date(earlier.firstAt).toISOString() : null,
    lastAt: earlier.lastAt ? new Date(earlier.lastAt).toISOString() : null,
    contacts: earlier.items.map(presentContactSummary),
    cases: [...linked].map(([id, reference]) => ({ id, reference })),
  };
}

/** What the console needs besides contacts: the body's operators (for callbacks) and where a contact can be referred. */
export async function consoleInfo(tx: Tx, actor: Actor) {
  const [operators, targets] = await Promise.all([operatorsOf(tx, actor.organisationId), referralTargets(tx, actor.organisationId)]);
  return { operators: operators.map((o) => ({ id: o.id, fullName: o.full_name })), targets };
}
