import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import type { ContactNotes } from './hotline-input.js';
import type { CallbackRow, ContactRow, contactReferrals } from './hotline.repository.js';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

export const notesContext = (contactId: string) => `hotline_notes:${contactId}`;
export const callerContext = (contactId: string) => `hotline_caller:${contactId}`;
export const callbackContext = (callbackId: string) => `hotline_callback:${callbackId}`;

export interface CallerIdentity {
  name: string | null;
  phone: string | null;
}

export const EMPTY_NOTES: ContactNotes = { situation: null, location: null, people: null, actions: null };

export function openNotes(vault: IdentityVault, row: { id: string; notes_sealed: string | null }): ContactNotes {
  return row.notes_sealed ? { ...EMPTY_NOTES, ...(JSON.parse(vault.open(row.notes_sealed, notesContext(row.id))) as ContactNotes) } : EMPTY_NOTES;
}

export function openCaller(vault: IdentityVault, row: { id: string; caller_sealed: string | null }): CallerIdentity | null {
  return row.caller_sealed ? (JSON.parse(vault.open(row.caller_sealed, callerContext(row.id))) as CallerIdentity) : null;
}

function durationSeconds(row: ContactRow) {
  return row.ended_at ? Math.max(0, Math.round((new Date(row.ended_at).getTime() - new Date(row.started_at).getTime()) / 1000)) : null;
}

/** A contact as lists show it: what it was about and how it ended, never the notes or the caller. */
export function presentContactSummary(row: ContactRow) {
  return {
    id: row.id,
    reference: row.reference,
    body: { id: row.organisation_id, shortName: row.body_short_name },
    operator: { id: row.operator_id, fullName: row.operator_name },
    startedAt: iso(row.started_at),
    endedAt: isoOrNull(row.ended_at),
    durationSeconds: durationSeconds(row),
    channel: row.channel,
    language: row.language,
    callerType: row.caller_type,
    category: row.category,
    riskFlags: row.risk_flags,
    outcome: row.outcome,
    case: row.case_id && row.case_reference ? { id: row.case_id, reference: row.case_reference } : null,
  };
}

type ReferralRow = Awaited<ReturnType<typeof contactReferrals>>[number];

/** One contact; the notes and the caller only when `withNotes` (the record's 'hotline' part). */
export function presentContact(
  vault: IdentityVault,
  row: ContactRow,
  options: { withNotes: boolean; referrals: ReferralRow[]; callbacks: CallbackRow[]; abilities: Record<string, boolean> },
) {
  const caller = options.withNotes ? openCaller(vault, row) : null;
  return {
    ...presentContactSummary(row),
    revision: row.revision,
    consent: row.caller_consent,
    consentAt: isoOrNull(row.caller_consent_at),
    /** A number was given: it is kept as a keyed hash (and, with consent, sealed in `caller`). */
    phoneRecorded: row.phone_hash !== null,
    notesHidden: !options.withNotes,
    notes: options.withNotes ? openNotes(vault, row) : null,
    caller: caller ? { name: caller.name, phone: caller.phone } : null,
    referrals: options.referrals.map((r) => ({
      id: r.referral_id, createdAt: iso(r.created_at), status: r.status, toOrg: r.to_org, toOrgId: r.to_org_id, by: r.by_name,
      case: r.case_reference ? { id: r.case_id, reference: r.case_reference } : null,
    })),
    callbacks: options.callbacks.map((c) => presentCallback(vault, c, options.withNotes)),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    abilities: options.abilities,
  };
}

export function presentCallback(vault: IdentityVault, row: CallbackRow, withNote = true, now = new Date()) {
  return {
    id: row.id,
    contact: { id: row.contact_id, reference: row.contact_reference, category: row.contact_category, riskFlags: row.contact_risk_flags },
    dueAt: iso(row.due_at),
    overdue: row.status === 'open' && new Date(row.due_at).getTime() < now.getTime(),
    assignedTo: row.assigned_to ? { id: row.assigned_to, fullName: row.assignee_name ?? '' } : null,
    note: withNote && row.note_sealed ? vault.open(row.note_sealed, callbackContext(row.id)) : null,
    status: row.status,
    closedAt: isoOrNull(row.closed_at),
    closedBy: row.closed_by_name,
    createdAt: iso(row.created_at),
  };
}
