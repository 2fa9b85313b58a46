import { z } from 'zod';
import { CASE_PARTS, SEXES } from '../../../common/src/case-parts.js';
import { REFERRAL_SERVICES, REFERRAL_URGENCIES, SHARING_BASES } from '../../../common/src/referrals.js';
import { CALLER_TYPES, CONTACT_CATEGORIES, CONTACT_OUTCOMES, HOTLINE_CHANNELS, NOTE_FIELD_MAX, RISK_FLAGS, type ContactCategory } from '../../../common/src/hotline.js';
import { country } from '../cases/case-input.js';
import { text } from '../http/routing.js';

const instant = z.iso.datetime({ offset: true });
const noteField = text(NOTE_FIELD_MAX).nullable().default(null);

export const notesInput = z.object({ situation: noteField, location: noteField, people: noteField, actions: noteField });
export type ContactNotes = z.output<typeof notesInput>;

export const contactInput = z.object({
  /** When the operator started the contact (the keystroke), not when it was first saved. */
  startedAt: instant,
  channel: z.enum(HOTLINE_CHANNELS),
  language: z.string().regex(/^[a-z]{2,3}$/).nullable().default(null),
  callerType: z.enum(CALLER_TYPES),
  category: z.enum(CONTACT_CATEGORIES as [ContactCategory, ...ContactCategory[]]),
  riskFlags: z.array(z.enum(RISK_FLAGS)).max(RISK_FLAGS.length).default([]).transform((list) => [...new Set(list)]),
  notes: notesInput.default({ situation: null, location: null, people: null, actions: null }),
  /** The caller agreed that a name and number may be kept (sealed). Without it, neither is. */
  consent: z.boolean().default(false),
  callerName: text(200).nullable().default(null),
  /** The number as typed: hashed for the known-caller hint; kept (sealed) only with consent. */
  phone: text(50).nullable().default(null),
  outcome: z.enum(CONTACT_OUTCOMES).nullable().default(null),
  caseId: z.uuid().nullable().default(null),
});
export type ContactInput = z.output<typeof contactInput>;

export const contactUpdateInput = contactInput.extend({ revision: z.number().int().positive() });

export const contactFilters = z.object({
  open: z.enum(['true', 'false']).optional(),
  category: z.enum(CONTACT_CATEGORIES as [ContactCategory, ...ContactCategory[]]).optional(),
  channel: z.enum(HOTLINE_CHANNELS).optional(),
  mine: z.enum(['true']).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

/** One step from a contact to a referral: the case is created from the contact when it has none. */
export const contactReferralInput = z.object({
  revision: z.number().int().positive(),
  toOrgId: z.uuid(),
  parts: z.array(z.enum(CASE_PARTS)).min(1).transform((list) => [...new Set(list)]),
  reason: text(2000),
  /** The person concerned, as far as known; only what the receiving body needs to find them. */
  person: z.object({
    name: text(200).nullable().default(null),
    sex: z.enum(SEXES).default('unknown'),
    estimatedAge: z.number().int().min(0).max(120).nullable().default(null),
    citizenship: country.nullable().default(null),
  }).default({ name: null, sex: 'unknown', estimatedAge: null, citizenship: null }),
  traffickingStatus: z.enum(['potential', 'presumed']).default('potential'),
  /** Whether the person agreed to their data being shared with the receiving body; null when not asked. */
  sharingConsent: z.boolean().nullable().default(null),
  urgency: z.enum(REFERRAL_URGENCIES).default('normal'),
  services: z.array(z.enum(REFERRAL_SERVICES)).max(REFERRAL_SERVICES.length).default([]).transform((list) => [...new Set(list)]),
  /** The person's consent (recorded with the case), or the legal ground for sharing without it. */
  sharingBasis: z.enum(SHARING_BASES).default('consent'),
  legalGround: text(500).nullable().default(null),
  /** The operator was told nobody at the receiving body can take the referral in the system, and sends it anyway. */
  confirmNoActiveUsers: z.boolean().default(false),
});
export type ContactReferralInput = z.output<typeof contactReferralInput>;

export const knownCallerInput = z.object({
  phone: text(50),
  /** The contact being recorded, left out of its own hint. */
  contactId: z.uuid().nullable().default(null),
});

export const callbackInput = z.object({
  dueAt: instant,
  /** An operator of the body; null: anyone of the body on duty. */
  assignedTo: z.uuid().nullable().default(null),
  note: text(500).nullable().default(null),
});

export const callbackFilters = z.object({
  status: z.enum(['open', 'done', 'not_done']).default('open'),
  mine: z.enum(['true']).optional(),
});

export const handoverQuery = z.object({ hours: z.coerce.number().int().min(1).max(72).default(12) });

export const metricsQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });
