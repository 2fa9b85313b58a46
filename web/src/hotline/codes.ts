import type { TFunction } from 'i18next';
import type { CasePart } from '../../../common/src/case-parts';
import {
  CALLER_TYPES, CONTACT_CATEGORY_GROUPS, CONTACT_OUTCOMES, HOTLINE_CHANNELS, NOTE_FIELDS, REFERRAL_TARGET_KINDS, RISK_FLAGS, TIME_TO_REFERRAL_BUCKETS,
} from '../../../common/src/hotline';

export type CasePartCode = CasePart;

/** Sharing a person's data on a referral: their consent, or a legal ground (server/src/referrals). */
export const SHARING_BASES = ['consent', 'vital_interests', 'child_protection', 'criminal_proceedings', 'legal_obligation'] as const;
export type CaseReferralBasis = (typeof SHARING_BASES)[number];

/** Every coded value of the hotline, by the group its label lives under (`hotline.code.<group>.<code>`). */
export const HOTLINE_CODES = {
  channel: HOTLINE_CHANNELS,
  callerType: CALLER_TYPES,
  category: Object.values(CONTACT_CATEGORY_GROUPS).flat(),
  categoryGroup: Object.keys(CONTACT_CATEGORY_GROUPS),
  riskFlag: RISK_FLAGS,
  outcome: CONTACT_OUTCOMES,
  note: NOTE_FIELDS,
  targetKind: REFERRAL_TARGET_KINDS,
  bucket: TIME_TO_REFERRAL_BUCKETS.map((b) => b.key),
  sharingBasis: SHARING_BASES,
} as const;
export type HotlineCodeGroup = keyof typeof HOTLINE_CODES;

/** The label of a code in the reader's language; the code itself when there is none (a newer server). */
export function hotlineLabel(t: TFunction, group: HotlineCodeGroup, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  const text = t(`hotline.code.${group}.${code}` as never, { defaultValue: code } as never) as unknown;
  return typeof text === 'string' ? text : code;
}

export function hotlineOptions(t: TFunction, group: HotlineCodeGroup, codes: readonly string[] = HOTLINE_CODES[group]) {
  return codes.map((code) => ({ value: code, label: hotlineLabel(t, group, code) }));
}

/** Categories as grouped options of a native select (an <optgroup> per group). */
export function categoryOptions(t: TFunction) {
  return (Object.entries(CONTACT_CATEGORY_GROUPS) as [string, readonly string[]][]).map(([group, codes]) => ({
    group: hotlineLabel(t, 'categoryGroup', group),
    items: hotlineOptions(t, 'category', codes),
  }));
}

export function hotlineList(t: TFunction, group: HotlineCodeGroup, codes: readonly string[] | null | undefined): string {
  if (!codes || codes.length === 0) return '—';
  return codes.map((code) => hotlineLabel(t, group, code)).join('; ');
}

/** mm:ss, or h:mm:ss past the hour. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** Risk flags that make a referral urgent by default. */
export const URGENT_FLAGS = ['immediate_danger', 'child_involved', 'held_against_will', 'health_emergency', 'self_harm'] as const;
