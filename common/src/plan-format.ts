/** Display forms of plan periods and measure codes, shared by the server's exports and the web client. Pure. */

export interface PeriodLike {
  kind: 'range' | 'year' | 'month' | 'ongoing';
  from: string | null;
  to: string | null;
  text: string;
}

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
export function periodText(period: PeriodLike | null | undefined, ongoing: string): string {
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
