import type { TFunction } from 'i18next';
import {
  CASE_PARTS,
  CASE_STATUSES,
  CONSENT_PURPOSES,
  CONTROL_METHODS,
  DOCUMENT_KINDS,
  EXPLOITATION_FORMS,
  IDENTIFICATION_CHANNELS,
  LABOUR_INDUSTRIES,
  MIGRATION_STATUSES,
  PERPETRATOR_ROLES,
  PROCEEDING_STAGES,
  RECRUITMENT_METHODS,
  SEXES,
  SEX_EXPLOITATION_TYPES,
  TRAFFICKING_STATUSES,
} from '../../../common/src/case-parts';
import { ACCESS_STATUSES, ASSESSMENT_KINDS, CONTACT_KINDS, EVENT_KINDS, LEVELS, REFERRAL_STATUSES, RELATIONSHIPS } from './types';

/** Every coded value of a case, by the group its label lives under (`cases.code.<group>.<code>`). */
export const CODE_GROUPS = {
  status: CASE_STATUSES,
  traffickingStatus: TRAFFICKING_STATUSES,
  sex: SEXES,
  channel: IDENTIFICATION_CHANNELS,
  exploitation: EXPLOITATION_FORMS,
  sexExploitation: SEX_EXPLOITATION_TYPES,
  recruitment: RECRUITMENT_METHODS,
  control: CONTROL_METHODS,
  industry: LABOUR_INDUSTRIES,
  perpetratorRole: PERPETRATOR_ROLES,
  stage: PROCEEDING_STAGES,
  consent: CONSENT_PURPOSES,
  migration: MIGRATION_STATUSES,
  document: DOCUMENT_KINDS,
  contact: CONTACT_KINDS,
  relationship: RELATIONSHIPS,
  event: EVENT_KINDS,
  part: CASE_PARTS,
  assessment: ASSESSMENT_KINDS,
  level: LEVELS,
  referral: REFERRAL_STATUSES,
  access: ACCESS_STATUSES,
} as const;
export type CodeGroup = keyof typeof CODE_GROUPS;
export type CodeOf<G extends CodeGroup> = (typeof CODE_GROUPS)[G][number];

/** The label of a code in the reader's language; the code itself when there is none (a newer server). */
export function codeLabel<G extends CodeGroup>(t: TFunction, group: G, code: CodeOf<G> | string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  const key = `cases.code.${group}.${code}`;
  const text = t(key as never, { defaultValue: code } as never) as unknown;
  return typeof text === 'string' ? text : code;
}

export interface Option {
  value: string;
  label: string;
}

/** Options of a picker, in the order the codes are defined (HTCDS order, the most common first). */
export function codeOptions<G extends CodeGroup>(t: TFunction, group: G, codes: readonly CodeOf<G>[] = CODE_GROUPS[group] as readonly CodeOf<G>[]): Option[] {
  return codes.map((code) => ({ value: code, label: codeLabel(t, group, code) }));
}

/** Labels of several codes, joined for reading. */
export function codeList<G extends CodeGroup>(t: TFunction, group: G, codes: readonly string[] | null | undefined): string {
  if (!codes || codes.length === 0) return '—';
  return codes.map((code) => codeLabel(t, group, code)).join('; ');
}
