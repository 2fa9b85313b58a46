/**
 * The hotline's codes (24/7, free, confidential line). HTCDS leaves helpline calls out of its
 * model: a call may come from anyone and may have nothing to do with exploitation, so a contact
 * is recorded on its own and becomes part of a victim's record only through a referral.
 */

export const HOTLINE_CHANNELS = ['phone', 'sms', 'messenger', 'web_form', 'email', 'in_person'] as const;
export type HotlineChannel = (typeof HOTLINE_CHANNELS)[number];

export const CALLER_TYPES = ['person_concerned', 'relative', 'public', 'employer', 'official', 'anonymous'] as const;
export type CallerType = (typeof CALLER_TYPES)[number];

/** Categories in groups, in the order the console offers them. */
export const CONTACT_CATEGORY_GROUPS = {
  trafficking: ['trafficking_crisis', 'trafficking_tip', 'trafficking_help'],
  information: ['migration_info', 'labour_info'],
  referral: ['referral_request'],
  non_substantive: ['silent', 'wrong_number', 'prank', 'abusive'],
} as const;
export type CategoryGroup = keyof typeof CONTACT_CATEGORY_GROUPS;
export const CONTACT_CATEGORIES = Object.values(CONTACT_CATEGORY_GROUPS).flat() as readonly ContactCategory[];
export type ContactCategory = (typeof CONTACT_CATEGORY_GROUPS)[CategoryGroup][number];

/** Contacts that carry no request: counted, never referred. */
export const NON_SUBSTANTIVE: readonly ContactCategory[] = CONTACT_CATEGORY_GROUPS.non_substantive;
export const isNonSubstantive = (category: string) => (NON_SUBSTANTIVE as readonly string[]).includes(category);

export const RISK_FLAGS = [
  'immediate_danger', 'child_involved', 'held_against_will', 'violence', 'documents_withheld', 'abroad', 'health_emergency', 'self_harm',
] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

export const CONTACT_OUTCOMES = [
  'information_given', 'referred', 'callback_planned', 'emergency_services', 'advised_other_service', 'no_action', 'call_dropped',
] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** The short structured notes of a contact: each a few lines, all sealed together. */
export const NOTE_FIELDS = ['situation', 'location', 'people', 'actions'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];
export const NOTE_FIELD_MAX = 1000;

export const CALLBACK_STATUSES = ['open', 'done', 'not_done'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** How a body a contact can be referred to takes part in the referral mechanism. */
export const REFERRAL_TARGET_KINDS = ['police', 'shelter', 'ngo', 'other'] as const;
export type ReferralTargetKind = (typeof REFERRAL_TARGET_KINDS)[number];

/** Time from the start of a contact to its first referral, in buckets the dashboard shows. */
export const TIME_TO_REFERRAL_BUCKETS = [
  { key: 'under_15m', upToMinutes: 15 },
  { key: 'under_1h', upToMinutes: 60 },
  { key: 'under_4h', upToMinutes: 240 },
  { key: 'under_24h', upToMinutes: 1440 },
  { key: 'over_24h', upToMinutes: Number.POSITIVE_INFINITY },
] as const;
export type TimeToReferralBucket = (typeof TIME_TO_REFERRAL_BUCKETS)[number]['key'];

export function timeToReferralBucket(minutes: number): TimeToReferralBucket {
  return TIME_TO_REFERRAL_BUCKETS.find((bucket) => minutes < bucket.upToMinutes)!.key;
}

/** A phone number as typed is kept only as a keyed hash unless the caller agrees; too short a number says nothing. */
export const PHONE_MIN_DIGITS = 7;
