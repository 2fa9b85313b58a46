/** Display forms of plan periods, codes and acts. Pure: translations are passed in. */

import { azLower } from '../../../common/src/collation';
import type { Period } from './types';

/** "2020─2022", "2020 - 2022" → "2020–2022": one dash, no spaces, between numbers. */
export function normaliseDashes(text: string): string {
  return text.replace(/(\d)\s*[-‐‑‒–—―─]+\s*(\d)/g, '$1–$2');
}

const year = (date: string | null | undefined) => (date ? date.slice(0, 4) : '');

/** The years a from–to span covers: "2020–2024", or "2020" when it is one year. */
export function yearSpan(from: string | null | undefined, to: string | null | undefined): string {
  const a = year(from);
  const b = year(to);
  if (!a || !b) return a || b;
  return a === b ? a : `${a}–${b}`;
}

/** A period as a reader sees it; `ongoing` is the translated word for "on a regular basis". */
export function periodText(period: Period | null | undefined, ongoing: string): string {
  if (!period) return '';
  if (period.kind === 'ongoing') return ongoing;
  const text = period.text.trim();
  // Two years with anything but letters between them ("2020 2022", "2020 ─ 2022"): one en dash.
  const years = /^(\d{4})[^\p{L}\p{N}]+(\d{4})$/u.exec(text);
  if (years) return `${years[1]}–${years[2]}`;
  return text ? normaliseDashes(text) : yearSpan(period.from, period.to);
}

/** Numeric-aware order of measure and section codes: 4.1.2 < 4.1.10 < 4.2. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').filter(Boolean);
  const pb = b.split('.').filter(Boolean);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const nx = Number(x);
    const ny = Number(y);
    const diff = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** "4.1.1." → "4.1.1" */
export const trimCode = (code: string) => code.replace(/\.+$/, '');

/** What the user typed, when it looks like a measure code ("13.2.4", "4.1."); null otherwise. */
export function codeQuery(text: string): { code: string; section: string | null } | null {
  const code = trimCode(text.trim());
  if (!/^\d+(\.\d+)*$/.test(code)) return null;
  const parts = code.split('.');
  return { code, section: parts.length >= 2 ? parts.slice(0, 2).join('.') : null };
}

const ACT_ISSUERS: readonly [RegExp, string][] = [
  [/prezident/u, 'president'],
  [/nazirlər kabinet/u, 'cabinet'],
  [/milli məclis/u, 'parliament'],
];
const ACT_WORDS: readonly [RegExp, string][] = [
  [/sərəncam/u, 'order'],
  [/fərman/u, 'decree'],
  [/qərar/u, 'resolution'],
  [/qanun/u, 'law'],
];

/**
 * The importer names an act's kind in Azerbaijani ("Prezidentin Sərəncamı"); this is the key of
 * its translation (`president_order`), or null for a kind it does not know.
 */
export function actKindKey(kind: string): string | null {
  const lower = azLower(kind);
  const word = ACT_WORDS.find(([re]) => re.test(lower))?.[1];
  if (!word) return null;
  const issuer = ACT_ISSUERS.find(([re]) => re.test(lower))?.[1];
  return issuer ? `${issuer}_${word}` : word;
}
