import { formatDate } from '../../../common/src/dates';

/** "10.03.2021", "10.03.2021 – 11.03.2021", or "—". */
export function dateRange(from: string | null, to: string | null): string {
  if (!from && !to) return '—';
  if (!to || to === from) return formatDate(from ?? to);
  return `${formatDate(from)} – ${formatDate(to)}`;
}

export const dash = (value: number | string | null | undefined) => (value === null || value === undefined || value === '' ? '—' : String(value));

/** A share (0.425) as a percentage in the reader's language ("42,5 %"). */
export function percent(value: number | null, language: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

export function decimal(value: number | null, language: string, digits = 2): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/** A number typed in a form, or null when left empty or not a number. */
export function numberOrNull(value: string | number): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
