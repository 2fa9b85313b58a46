import type { TFunction } from 'i18next';

/** Groups of shelter codes; the label of a code is `shelters.<group>.<code>`. */
export type ShelterCodeGroup = 'kind' | 'region' | 'category' | 'exitReason' | 'result' | 'actionStatus' | 'level';

export function shelterLabel(t: TFunction, group: ShelterCodeGroup, code: string | null | undefined): string {
  if (!code) return '—';
  const text = t(`shelters.${group}.${code}` as never, { defaultValue: code } as never) as unknown;
  return typeof text === 'string' ? text : code;
}

export function shelterOptions(t: TFunction, group: ShelterCodeGroup, codes: readonly string[]) {
  return codes.map((code) => ({ value: code, label: shelterLabel(t, group, code) }));
}

/** Kinds of assistance (what a shelter offers, a service's and a goal's kind): `care.kind.<code>`. */
export function careKindLabel(t: TFunction, code: string | null | undefined): string {
  if (!code) return '—';
  const text = t(`care.kind.${code}` as never, { defaultValue: code } as never) as unknown;
  return typeof text === 'string' ? text : code;
}
