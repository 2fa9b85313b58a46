/**
 * Revisions keep what a measure was before and after a change as loose JSON (text, period,
 * participants …). These turn them into rows a person can read. Pure.
 */

const FIELD_ORDER = ['text', 'period', 'participants', 'subActions'];

export interface ChangedField {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields whose value differs, known fields first. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): ChangedField[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rank = (key: string) => (FIELD_ORDER.includes(key) ? FIELD_ORDER.indexOf(key) : FIELD_ORDER.length);
  keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return keys
    .filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after?.[field] ?? null))
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One value as text: a period by its text, a participant as "role: name", lists joined with "; ". */
export function describeValue(value: unknown, roleLabel: (role: string) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => describeValue(v, roleLabel)).join('; ') : '—';
  if (isRecord(value)) {
    if (typeof value.name === 'string') return typeof value.role === 'string' ? `${roleLabel(value.role)}: ${value.name}` : value.name;
    if (typeof value.text === 'string') return value.text || '—';
  }
  return JSON.stringify(value);
}
