/**
 * Display formatting of dates for people in Azerbaijan: dd.mm.yyyy and dd.mm.yyyy HH:mm, always in
 * Baku time whatever the machine's timezone or the reader's language. Pure; no locale defaults.
 */
export const DISPLAY_TIME_ZONE = 'Asia/Baku';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

let formatter: Intl.DateTimeFormat | undefined;
function bakuFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: DISPLAY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return formatter;
}

interface Parts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

function bakuParts(value: string | Date): Parts | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const parts: Partial<Parts> = {};
  for (const part of bakuFormatter().formatToParts(date)) {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year' || part.type === 'hour' || part.type === 'minute') {
      parts[part.type] = part.value;
    }
  }
  const { day, month, year, hour, minute } = parts;
  if (!day || !month || !year || !hour || !minute) return null;
  return { day, month, year, hour, minute };
}

/** `2024-05-01` or an ISO instant or a Date → `01.05.2024` (Baku time). Empty for null; the input itself when unparseable. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return `${m[3]}.${m[2]}.${m[1]}`;
  }
  const p = bakuParts(value);
  if (!p) return typeof value === 'string' ? value : '';
  return `${p.day}.${p.month}.${p.year}`;
}

/** An ISO instant or a Date → `01.05.2024 14:05` (Baku time). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const p = bakuParts(value);
  if (!p) return typeof value === 'string' ? value : '';
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

/** `01.05.2024` (also `1.5.2024`, `01/05/2024`, `01-05-2024`) → `2024-05-01`; null when not a real date. */
export function parseDisplayDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today's calendar date in Baku, as YYYY-MM-DD: due dates and "this year" are Baku days. */
export function bakuToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
