/**
 * Periods and deadlines as plans write them: "2020─2022" (any dash, or a space), "2021–2024-cü
 * illər", "2020-ci il", "mütəmadi", "İyun 2004", "iyun 2004-cü il", "I rüb 2005", "2005-ci ilin
 * ikinci yarısı", "2004-cü ilin sonunadək", "Yanvar–Mart 2005", "2020-ci ildən 2022-ci ilədək",
 * and the same in Russian month names. Anything else is not recognised (null): the text is kept
 * and reported, never guessed.
 */
import { azLower } from '../../../../common/src/collation.js';
import type { ParsedPeriod } from './parsed-plan.js';

export interface PlanPeriod {
  from: string;
  to: string;
}

const DASHES = /[-‐‒–—―─−]/g;

/** The period as written, with whitespace collapsed and no spaces around a dash between numbers. */
export function periodText(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\d) ?([-‐‒–—―─−]) ?(?=\d)/g, '$1$2');
}

// ---------------------------------------------------------------------------------------------
// Tokens

type Token =
  | { t: 'year'; year: number }
  | { t: 'month'; month: number }
  | { t: 'quarter'; n: number }
  | { t: 'half'; n: number }
  | { t: 'ongoing' }
  | { t: 'dash' };

const MONTH_STEMS: readonly (readonly string[])[] = [
  ['yanvar', 'январ', 'january'],
  ['fevral', 'феврал', 'february'],
  ['mart', 'март', 'march'],
  ['aprel', 'апрел', 'april'],
  ['may', 'ма', 'may'],
  ['iyun', 'июн', 'june'],
  ['iyul', 'июл', 'july'],
  ['avqust', 'август', 'august'],
  ['sentyabr', 'сентябр', 'september'],
  ['oktyabr', 'октябр', 'october'],
  ['noyabr', 'ноябр', 'november'],
  ['dekabr', 'декабр', 'december'],
];
/** Russian "ма" alone would take "марта"; only "май", "мая", "мае" are May. */
const MONTH_WORD = /^(?:май|мая|мае)$/;

const ONGOING = /^(?:mütəmadi|müntəzəm|daimi|davamlı|hər|boyu|постоянно|регулярно|ежегодно|ongoing|regularly|continuously)\p{L}*$/u;
const ORDINALS: Readonly<Record<string, number>> = { birinci: 1, ikinci: 2, üçüncü: 3, dördüncü: 4 };
/** Words that only say "year", "during", "until", "by the end of", "month", … */
const FILLER =
  /^(?:il|ili|ilin|ilə|illər|illəri|illərin|illərdə|ildə|ilində|ilədək|ilinədək|ilinin|ay|ayı|ayında|ayınadək|ərzində|sonu|sonunadək|sonuna|sonuncu|qədər|dək|kimi|tarixədək|müddətində|dövründə|arası|arasında|olaraq|şəkildə|dan|dən|ci|cı|cu|cü|g|gg|г|гг|год|года|годы|годов|году|в|течение|до|конца|year|years|by|end|of|the|until|during)$/u;
const FROM_SUFFIX = /d[aə]n$/;

function monthOf(word: string): number | null {
  if (MONTH_WORD.test(word)) return 5;
  for (let i = 0; i < MONTH_STEMS.length; i++) {
    for (const stem of MONTH_STEMS[i] ?? []) {
      if (stem.length >= 3 && word.startsWith(stem)) return i + 1;
    }
  }
  return null;
}

/** Roman quarter and half numbers ("I rüb", "II yarım il") as digits before lower-casing eats I. */
function romanToDigits(text: string): string {
  const romans: Readonly<Record<string, string>> = { I: '1', II: '2', III: '3', IV: '4' };
  return text.replace(/\b(IV|III|II|I)\b(?=[-\s]*(?:c[iıuü]\s+)?(?:rüb|yarı|kvartal|квартал|полугод))/gu, (r) => romans[r] ?? r);
}

/** "İcra müddəti:" before the period itself. */
const LABEL = /^\s*(?:icra\s+)?(?:müddəti|müddət|vaxtı|tarixi)\s*[:\-–]?\s*/u;
/** "2020-ci", "2024-cü", "1-ci rüb": ordinal endings, not dashes. */
const ORDINAL_ENDING = /(\d)\s*[-‐–—]?\s*(?:c[iıuü])(?!\p{L})/gu;

function tokenize(raw: string): Token[] | null {
  const text = azLower(romanToDigits(raw))
    .replace(LABEL, '')
    .replace(ORDINAL_ENDING, '$1')
    .replace(DASHES, ' - ')
    .replace(/[,.;:()/]/g, ' ');
  const words = text.split(/\s+/).filter((w) => w !== '');
  const tokens: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    if (word === '-') tokens.push({ t: 'dash' });
    else if (/^(?:19|20)\d{2}$/.test(word)) tokens.push({ t: 'year', year: Number(word) });
    else if (/^(?:19|20)\d{2}(?:19|20)\d{2}$/.test(word)) {
      // "20202024": a copy that lost the dash between the years.
      tokens.push({ t: 'year', year: Number(word.slice(0, 4)) }, { t: 'dash' }, { t: 'year', year: Number(word.slice(4)) });
    } else if ((/^[1-4]$/.test(word) || word in ORDINALS) && /^(?:rüb|kvartal|квартал)/.test(next)) {
      tokens.push({ t: 'quarter', n: ORDINALS[word] ?? Number(word) });
      i++;
    } else if ((/^[12]$/.test(word) || word in ORDINALS) && /^(?:yarı|полугод)/.test(next)) {
      tokens.push({ t: 'half', n: ORDINALS[word] ?? Number(word) });
      i++;
    } else if (ONGOING.test(word)) {
      if (tokens.at(-1)?.t !== 'ongoing') tokens.push({ t: 'ongoing' });
    } else if (monthOf(word) !== null) {
      tokens.push({ t: 'month', month: monthOf(word) ?? 0 });
    } else if (!FILLER.test(word) && !/^(?:il|ay)\p{L}*$/u.test(word)) {
      return null;
    }
    // "2020-ci ildən", "iyundan": the ablative says "from", i.e. a range follows.
    if (FROM_SUFFIX.test(word) && word !== '-') tokens.push({ t: 'dash' });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Dates

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

interface Span {
  kind: 'year' | 'month' | 'range';
  from: string;
  to: string;
}

const monthSpan = (year: number, first: number, last: number, kind: Span['kind']): Span => ({
  kind,
  from: iso(year, first, 1),
  to: iso(year, last, lastDay(year, last)),
});

const isPart = (tok: Token | undefined): tok is Extract<Token, { t: 'month' | 'quarter' | 'half' }> =>
  tok !== undefined && (tok.t === 'month' || tok.t === 'quarter' || tok.t === 'half');

/**
 * Groups tokens into points in time ("İyun 2004", "2005", "I rüb 2005", "2004-cü ilin iyun
 * ayı"). A month without a year takes the year of a later point ("İyun–Dekabr 2004"), else the
 * plan's first year; without either the period is not recognised.
 */
function pointsOf(tokens: readonly Token[], defaultYear: number | null): Span[] | null {
  const points: Span[] = [];
  const used = new Set<number>();
  const yearAfter = (i: number): number | null => {
    for (const tok of tokens.slice(i + 1)) if (tok.t === 'year') return tok.year;
    return defaultYear;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    if (used.has(i) || tok === undefined || tok.t === 'dash' || tok.t === 'ongoing') continue;
    if (tok.t === 'year') {
      if (isPart(next)) used.add(i + 1);
      points.push(isPart(next) ? partSpan(next, tok.year) : { kind: 'year', from: iso(tok.year, 1, 1), to: iso(tok.year, 12, 31) });
      continue;
    }
    if (next?.t === 'year') used.add(i + 1);
    const year = next?.t === 'year' ? next.year : yearAfter(i);
    if (year === null) return null;
    points.push(partSpan(tok, year));
  }
  return points;
}

function partSpan(tok: { t: 'month'; month: number } | { t: 'quarter' | 'half'; n: number }, year: number): Span {
  if (tok.t === 'month') return monthSpan(year, tok.month, tok.month, 'month');
  const months = tok.t === 'quarter' ? 3 : 6;
  return monthSpan(year, (tok.n - 1) * months + 1, tok.n * months, 'range');
}

// ---------------------------------------------------------------------------------------------
// Periods

/** The period a text names, or null when it is not recognised. */
export function parsePeriod(raw: string, plan: PlanPeriod | null): ParsedPeriod | null {
  const text = periodText(raw);
  const tokens = tokenize(text);
  if (tokens === null || tokens.length === 0) return null;
  const points = pointsOf(tokens, plan === null ? null : Number(plan.from.slice(0, 4)));
  if (points === null || points.length > 2) return null;
  const ongoing = tokens.some((tok) => tok.t === 'ongoing');
  // "2020-ci ildən": from a point on, to the end of the plan.
  const openEnd = tokens.at(-1)?.t === 'dash' && points.length === 1;
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) {
    return ongoing ? { kind: 'ongoing', from: plan?.from ?? null, to: plan?.to ?? null, text } : null;
  }
  const to = openEnd ? (plan?.to ?? null) : last.to;
  if (to !== null && first.from > to) return null;
  if (ongoing) return { kind: 'ongoing', from: first.from, to, text };
  if (points.length === 1 && !openEnd) return { kind: first.kind, from: first.from, to: first.to, text };
  const sameSpan = first.from === last.from && first.to === last.to && !openEnd;
  return { kind: sameSpan ? first.kind : 'range', from: first.from, to, text };
}

/** The smallest period covering all of them ("Mütəmadi" and "İyun 2004" under one task). */
export function unionPeriods(periods: readonly ParsedPeriod[], text: string): ParsedPeriod {
  const [first] = periods;
  if (first !== undefined && periods.every((p) => p.kind === first.kind && p.from === first.from && p.to === first.to)) {
    return { ...first, text };
  }
  const froms = periods.map((p) => p.from);
  const tos = periods.map((p) => p.to);
  const earliest = froms.includes(null) ? null : (froms as string[]).reduce((a, b) => (a < b ? a : b));
  const latest = tos.includes(null) ? null : (tos as string[]).reduce((a, b) => (a > b ? a : b));
  const kind = periods.every((p) => p.kind === 'ongoing') ? 'ongoing' : 'range';
  return { kind, from: earliest, to: latest, text };
}

/**
 * A period cell: one period, or several on separate lines or after semicolons ("İyun 2004;
 * Dekabr 2004"), which are united. Null when any part is not recognised. Line breaks are taken
 * as the author's: join wrapped lines before.
 */
export function parsePeriodCell(raw: string, plan: PlanPeriod | null): ParsedPeriod | null {
  // A line that ends or starts with a dash continues a range ("2020─" / "2022").
  const joined = raw.replace(/\s*([-‐‒–—―─−])\s*\n\s*/g, '$1').replace(/\s*\n\s*([-‐‒–—―─−])\s*/g, '$1');
  const parts = joined.split(/\n|;/).filter((p) => p.trim() !== '');
  if (parts.length > 1) {
    const periods = parts.map((p) => parsePeriod(p, plan));
    if (periods.every((p) => p !== null)) return unionPeriods(periods, periodText(parts.join('; ')));
  }
  return parsePeriod(joined, plan);
}

/** The whole years the dated periods cover ("İyun 2004" … "I rüb 2005" → 2004–2005), or null. */
export function yearsCovered(periods: readonly (ParsedPeriod | null)[]): PlanPeriod | null {
  const dated = periods.filter((p) => p !== null && p.kind !== 'ongoing');
  const froms = dated.flatMap((p) => (p?.from == null ? [] : [p.from])).sort();
  const tos = dated.flatMap((p) => (p?.to == null ? [] : [p.to])).sort();
  const [first] = froms;
  const last = tos.at(-1);
  return first === undefined || last === undefined ? null : { from: `${first.slice(0, 4)}-01-01`, to: `${last.slice(0, 4)}-12-31` };
}
