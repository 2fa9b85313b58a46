/**
 * Dates as reports write them: "14-16 mart 2016-cı il", "13 yanvar 2016", "14 mart – 2 aprel
 * 2016", "30 dekabr 2015 – 2 yanvar 2016", "mart 2016", "12.03.2021", "12-14.03.2021",
 * "12.03–14.03.2021", "12.03.2021–14.03.2021", "2015-ci il 20 oktyabr". A date without a year
 * ("20 oktyabr – 20 noyabr") is found too, so that its numbers are never read as figures; it
 * gets the caller's default year, marked as assumed, or no ISO dates at all.
 */
import { parsePeriod } from '../../plans/import/period.js';

export interface FoundDate {
  /** Offsets of the date in the text, suffixes ("-cı il") included. */
  start: number;
  end: number;
  /** ISO dates; null when no year is written and no default was given. */
  from: string | null;
  to: string | null;
  /** 'month' when no day is written ("mart 2016"): from/to are the month's first and last days. */
  precision: 'day' | 'month';
  /** No year is written: the default year was used (or none was available). */
  yearAssumed: boolean;
}

interface Token {
  kind: 'num' | 'word' | 'dash' | 'other';
  text: string;
  start: number;
  end: number;
}

const TOKEN = /(\d+(?:[./]\d+)*)|(\p{L}+)|([-‐‒–—―−])|(\S)/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    kind: m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'dash' : 'other',
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const monthCache = new Map<string, number | null>();

/**
 * The month a word names ("mart", "martın", "İyun", "марта"), by the plan importer's period
 * reader, which knows the Azerbaijani and Russian month names: it reads "<word> 2000" as a
 * month exactly when the word is one.
 */
export function monthOf(word: string): number | null {
  let month = monthCache.get(word);
  if (month === undefined) {
    const period = parsePeriod(`${word} 2000`, null);
    month = period?.kind === 'month' && period.from !== null ? Number(period.from.slice(5, 7)) : null;
    monthCache.set(word, month);
  }
  return month;
}

/** A point of a date: a day may be missing ("mart 2016"), so may the year ("20 noyabr"). */
interface Point {
  day: number | null;
  month: number;
  year: number | null;
}

interface Parsed {
  from: Point;
  to: Point;
  /** Index of the token after the date. */
  next: number;
}

const isYear = (tok: Token | undefined): boolean => tok?.kind === 'num' && /^(?:19|20)\d{2}$/.test(tok.text);
const dayOf = (tok: Token | undefined): number | null =>
  tok?.kind === 'num' && /^\d{1,2}$/.test(tok.text) && Number(tok.text) >= 1 && Number(tok.text) <= 31 ? Number(tok.text) : null;
const monthAt = (tok: Token | undefined): number | null => (tok?.kind === 'word' ? monthOf(tok.text) : null);

/** "12.03.2021" → point; "12.03" → point without a year; anything else null. */
function dotted(tok: Token | undefined): Point | null {
  if (tok?.kind !== 'num') return null;
  const m = /^(\d{1,2})\.(\d{1,2})(?:\.((?:19|20)\d{2}))?$/.exec(tok.text);
  if (m === null) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { day: Number(m[1]), month, year: m[3] === undefined ? null : Number(m[3]) } : null;
}

/** The tokens after a year that only say "year": "-cı", "il", "ilin", "ildə". */
function afterYear(tokens: readonly Token[], i: number): number {
  let j = i;
  if (tokens[j]?.kind === 'dash' && tokens[j + 1]?.kind === 'word') j++;
  if (/^(?:[iıuü]?nc[iıuü]|c[iıuü])$/u.test(tokens[j]?.text ?? '')) j++;
  else if (j !== i) return i;
  if (/^(?:il|ilin|ildə|ilində|г)$/u.test(tokens[j]?.text ?? '')) j++;
  return j;
}

/** Numeric dates: "12.03.2021", "12.03.2021–14.03.2021", "12.03–14.03.2021", "12-14.03.2021". */
function numeric(tokens: readonly Token[], i: number): Parsed | null {
  const first = dotted(tokens[i]);
  const day = dayOf(tokens[i]);
  const dash = tokens[i + 1]?.kind === 'dash';
  const second = dash ? dotted(tokens[i + 2]) : null;
  if (second?.year != null && (first !== null || day !== null)) {
    const from = first ?? { day, month: second.month, year: second.year };
    return { from: { ...from, year: from.year ?? second.year }, to: second, next: afterYear(tokens, i + 3) };
  }
  if (first?.year != null) return { from: first, to: first, next: afterYear(tokens, i + 1) };
  return null;
}

/** "14", "14-16" or nothing, then a month name, then maybe a year. */
function textualPoint(tokens: readonly Token[], i: number): { from: Point; to: Point; next: number } | null {
  let j = i;
  const day = dayOf(tokens[j]);
  let dayTo: number | null = null;
  if (day !== null) {
    j++;
    if (tokens[j]?.kind === 'dash' && dayOf(tokens[j + 1]) !== null && monthAt(tokens[j + 2]) !== null) {
      dayTo = dayOf(tokens[j + 1]);
      j += 2;
    }
  }
  const month = monthAt(tokens[j]);
  if (month === null) return null;
  j++;
  const year = isYear(tokens[j]) ? Number(tokens[j]?.text) : null;
  if (year !== null) j = afterYear(tokens, j + 1);
  return { from: { day, month, year }, to: { day: dayTo ?? day, month, year }, next: j };
}

/** Textual dates and ranges of them: "14-16 mart 2016", "14 mart – 2 aprel 2016", "mart 2016". */
function textual(tokens: readonly Token[], i: number): Parsed | null {
  const first = textualPoint(tokens, i);
  if (first === null) return null;
  const second = tokens[first.next]?.kind === 'dash' ? textualPoint(tokens, first.next + 1) : null;
  const range = second !== null && (second.from.year !== null || first.from.year === null) ? second : null;
  const parsed: Parsed = range === null ? first : { from: first.from, to: range.to, next: range.next };
  // A month alone ("mart ayında") is too weak to be a date; with a day or a year it is one.
  return parsed.from.day === null && parsed.from.year === null && parsed.to.year === null ? null : parsed;
}

/** The legal style with the year first: "2015-ci il 20 oktyabr", "2016-cı ilin mart ayı". */
function yearFirst(tokens: readonly Token[], i: number): Parsed | null {
  if (!isYear(tokens[i])) return null;
  const j = afterYear(tokens, i + 1);
  if (j === i + 1) return null;
  const point = textualPoint(tokens, j);
  if (point === null || point.from.year !== null) return null;
  const year = Number(tokens[i]?.text);
  const next = /^ay\p{L}*$/u.test(tokens[point.next]?.text ?? '') ? point.next + 1 : point.next;
  return { from: { ...point.from, year }, to: { ...point.to, year }, next };
}

const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * ISO dates of a parse, or null when it names no real day. A missing first year is the second's
 * (a year earlier when the range crosses New Year: "30 dekabr – 2 yanvar 2016").
 */
function resolve(parsed: Parsed, defaultYear: number | null): Pick<FoundDate, 'from' | 'to' | 'yearAssumed'> | null {
  const { from, to } = parsed;
  const written = to.year ?? from.year;
  const toYear = written ?? defaultYear;
  const fromYear = from.year ?? (toYear === null ? null : from.month > to.month ? toYear - 1 : toYear);
  // Days are checked against a leap year when the year is unknown.
  const [checkFrom, checkTo] = [fromYear ?? 2000, toYear ?? 2000];
  if ((from.day ?? 1) > lastDay(checkFrom, from.month) || (to.day ?? 1) > lastDay(checkTo, to.month)) return null;
  const fromIso = iso(checkFrom, from.month, from.day ?? 1);
  const toIso = iso(checkTo, to.month, to.day ?? lastDay(checkTo, to.month));
  if (fromIso > toIso) return null;
  const known = fromYear !== null && toYear !== null;
  return { from: known ? fromIso : null, to: known ? toIso : null, yearAssumed: written === null };
}

/** Every date in a text, in order, none overlapping. */
export function findDates(text: string, defaultYear: number | null = null): FoundDate[] {
  const tokens = tokenize(text);
  const found: FoundDate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const parsed = numeric(tokens, i) ?? yearFirst(tokens, i) ?? textual(tokens, i);
    const dates = parsed === null ? null : resolve(parsed, defaultYear);
    if (parsed === null || dates === null) continue;
    const start = tokens[i]?.start ?? 0;
    const end = tokens[parsed.next - 1]?.end ?? start;
    const precision = parsed.from.day === null ? 'month' : 'day';
    found.push({ start, end, precision, ...dates });
    i = parsed.next - 1;
  }
  return found;
}

/** The years written in dates of a text, most frequent first: the year a report is about. */
export function writtenYears(text: string): number[] {
  const counts = new Map<number, number>();
  for (const date of findDates(text)) {
    if (!date.yearAssumed && date.to !== null) {
      const year = Number(date.to.slice(0, 4));
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([year]) => year);
}
