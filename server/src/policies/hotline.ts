import { can, definePolicy, hasRole } from './policy.js';

const operator = hasRole('hotline_operator');

/**
 * The hotline. The console — taking contacts, the known-caller hint, callbacks, the shift handover,
 * the metrics and the one-step referral — is for the hotline's operators. Reading one contact, or
 * the contacts of a case, is attempted by any role that keeps victims' records; row-level security
 * (migrations/0010_hotline.sql) then lets through only the hotline body's own contacts and, for
 * the special police unit, the contacts linked to a case it sees: everyone else gets "not found".
 * The notes and the caller's identity are the record's 'hotline' part (`hotlineNotesVisible`).
 */
export const hotlinePolicy = definePolicy('hotline', {
  console: operator,
  create: operator,
  edit: operator,
  refer: operator,
  callbacks: operator,
  read: can('cases.read'),
  caseContacts: can('cases.read'),
});
