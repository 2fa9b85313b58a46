/**
 * Figures stated in a report's narrative: "1913 nəfərin ölkə ərazisində yaşamaları
 * leqallaşdırılmış" → 1913 nəfər, "ölkə ərazisində yaşamaları leqallaşdırılmış"; "35 cinayət işi
 * başlanmışdır"; "qurbanların sayı 12 % azalmışdır". The unit is the counted noun after the
 * number, the label the rest of its clause (Azerbaijani puts the verb last), or the clause before
 * the number when nothing follows it. Years, dates, item codes, document and telephone numbers,
 * ordinals, durations and numbers inside quoted names are not figures.
 */
import { azLower } from '../../../../common/src/collation.js';
import { findDates } from './dates.js';
import { QUOTED } from './text.js';

export interface FoundFigure {
  label: string;
  value: number;
  unit: string | null;
  confidence: number;
  /** The label is too short to say what is counted. */
  labelUnclear: boolean;
}

/** Counted nouns, longest first; two-word ones are matched on two words. */
const UNITS = [
  'cinayət iş', 'inzibati xəta', 'iş yer', 'əcnəbi', 'şəxs', 'vətəndaş', 'qadın', 'kişi', 'uşaq', 'qız', 'oğlan', 'qurban', 'miqrant',
  'işçi', 'əməkdaş', 'fakt', 'hal', 'müraciət', 'şikayət', 'tədbir', 'təlim', 'seminar', 'görüş', 'kurs', 'sənəd', 'məktub', 'icazə',
  'qərar', 'protokol', 'material', 'kitabça', 'buklet', 'broşür', 'plakat', 'veriliş', 'məqalə', 'reportaj', 'müsahibə', 'ailə',
  'təsərrüfat subyekt', 'müəssisə', 'subyekt', 'iclas', 'yoxlama', 'reyd', 'sorğu', 'zəng', 'layihə', 'film', 'çarx', 'iş',
].sort((a, b) => b.length - a.length);
/** How a two-word unit is shown: its stem lacks the possessive ending ("cinayət iş" → "cinayət işi"). */
const DISPLAY: Readonly<Record<string, string>> = { 'cinayət iş': 'cinayət işi', 'iş yer': 'iş yeri', 'təsərrüfat subyekt': 'təsərrüfat subyekti' };
/** Inflections after a stem: plural, possessive and case endings. */
const INFLECTION = /^[lrnıiuüaədtsyk]{0,6}$/u;
/** Plural, possessive and case endings stripped from an unknown noun: "videotəlimatının" → "videotəlimat". */
const UNKNOWN_ENDING = /(?:l[aə]r)?(?:s?[ıiuü])?(?:n?[ıiuü]n|n?[dt][aə]n?|[ny]?[aə]|n[ıiuü])?$/u;
/** Words after a number that make it something other than a count. */
const NOT_COUNTED = /^(?:il|ay|gün|həftə|saat|dəqiqə|yaş|telefon|nömrə|saylı|sayli|nömrəli|maddə|bənd|yarımbənd|hissə|fəsil|bölmə|səhifə|bal)\p{L}*$/u;
const CURRENCY: Readonly<Record<string, string>> = { manat: 'manat', azn: 'manat', dollar: 'dollar', usd: 'dollar', avro: 'avro', euro: 'avro', eur: 'avro' };
const MULTIPLIER: Readonly<Record<string, number>> = { min: 1e3, mln: 1e6, milyon: 1e6, mlrd: 1e9, milyard: 1e9 };

const NUMBER = /(?<![\p{L}\p{N}/.,№–—-])(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?(?![\p{N}/]|\.\d)/gu;
const CODE = /\d+(?:\.\d+){2,}/gu;
/** Where a clause ends: ; : ! ?, a full stop before a capital or the end, a comma after a verb. */
const BOUNDARY = /[;:!?]|\.(?=\s+[\p{Lu}“"«(]|\s*$)|(?<=\p{L}(?:m[ıiuü]ş|d[ıiuü]r|[ıiuü]b))\s*,/gu;

type Span = [number, number];

/** Which characters no figure may touch: dates, quoted names, item codes. */
function maskOf(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const spans: Span[] = findDates(text).map((d) => [d.start, d.end]);
  for (const re of [QUOTED, CODE]) for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  for (const [start, end] of spans) mask.fill(1, start, end);
  return mask;
}

interface Unit {
  unit: string | null;
  /** Where the label starts: after a classifier ("nəfər", "%"), else at the counted noun. */
  labelStart: number;
  /** Where the unit ends. */
  end: number;
  known: boolean;
  multiplier: number;
}

/** Case endings on the number itself: "sayı 35-dir", "35-ə qədər", "35-dək". */
const NUMBER_ENDING = /^[-‐](?:d[ıiuü]r|d[əa]k|d[əa]n|y?[əa])(?!\p{L})/u;
/** What makes the number an ordinal ("19-cu"), part of a name ("1410-IVQ") or a document number. */
const NOT_A_COUNT = /^\s*[-‐–]\s*(?:[ıiuü]?nc[ıiuü]|c[ıiuü])(?!\p{L})|^[-‐]\p{Lu}|^\s*(?:saylı|nömrəli|№)/u;
const NEXT_WORD = /^\s*(\p{L}+|%)/u;

/** The counted noun a phrase starts with, inflected or not ("əcnəbinin" → "əcnəbi"), or null. */
function knownUnit(phrase: string): { unit: string; length: number } | null {
  for (const stem of UNITS) {
    const ending = phrase.startsWith(stem) ? (/^\p{L}*/u.exec(phrase.slice(stem.length))?.[0] ?? '') : null;
    if (ending !== null && INFLECTION.test(ending)) return { unit: DISPLAY[stem] ?? stem, length: stem.length + ending.length };
  }
  return null;
}

/** The unit after a number ending at `end`, or null when the number is not a count. */
function unitAfter(text: string, end: number): Unit | null {
  const after = text.slice(end);
  if (NOT_A_COUNT.test(after)) return null;
  const ending = NUMBER_ENDING.exec(after)?.[0].length ?? 0;
  let at = end + ending;
  let word = NEXT_WORD.exec(text.slice(at));
  const multiplier = word?.[1] === undefined ? 1 : (MULTIPLIER[azLower(word[1])] ?? 1);
  if (word !== null && multiplier !== 1) {
    at += word[0].length;
    word = NEXT_WORD.exec(text.slice(at));
  }
  const written = word?.[1];
  if (ending > 0 || word === null || written === undefined || /^\p{Lu}/u.test(written)) return { unit: null, labelStart: at, end: at, known: false, multiplier };
  const lower = azLower(written);
  const wordStart = at + word[0].length - written.length;
  const wordEnd = at + word[0].length;
  if (NOT_COUNTED.test(lower)) return null;
  const classifier = lower === '%' || lower.startsWith('faiz') ? '%' : (/^(?:nəfər|ədəd)/u.exec(lower)?.[0] ?? CURRENCY[lower]);
  // "12 %-i": the ending belongs to the classifier.
  const classifierEnd = wordEnd + (/^[-‐]\p{L}+/u.exec(text.slice(wordEnd))?.[0].length ?? 0);
  if (classifier !== undefined) return { unit: classifier, labelStart: classifierEnd, end: classifierEnd, known: true, multiplier };
  const known = knownUnit(azLower(text.slice(wordStart, wordStart + 40)));
  if (known !== null) return { unit: known.unit, labelStart: wordStart, end: wordStart + known.length, known: true, multiplier };
  // Noun phrases end in their head: "120 maarifləndirmə tədbiri" counts tədbirs.
  const head = /^\s+(\p{L}+)/u.exec(text.slice(wordEnd));
  const headUnit = head?.[1] === undefined ? null : knownUnit(azLower(head[1]));
  if (head !== null && headUnit !== null) return { unit: headUnit.unit, labelStart: wordStart, end: wordEnd + head[0].length, known: true, multiplier };
  const stripped = lower.replace(UNKNOWN_ENDING, '');
  return { unit: stripped.length >= 3 ? stripped : lower, labelStart: wordStart, end: wordEnd, known: false, multiplier };
}

/** Where each clause boundary starts and ends, in order. */
const boundariesOf = (text: string): Span[] => [...text.matchAll(BOUNDARY)].map((m) => [m.index, m.index + m[0].length]);

/** The index of the first boundary for which `after` holds (they are ordered), or their count. */
function firstWhere(boundaries: readonly Span[], after: (b: Span) => boolean): number {
  let [low, high] = [0, boundaries.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (after(boundaries[middle] ?? [0, 0])) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Longer clauses are cut: a label is read from this much text at most on either side. */
const CLAUSE_REACH = 600;

/** The clause around [start, end): from the boundary before to the boundary after. */
function clauseAround(boundaries: readonly Span[], length: number, start: number, end: number): Span {
  const before = boundaries[firstWhere(boundaries, ([, b]) => b > start) - 1];
  const following = boundaries[firstWhere(boundaries, ([a]) => a >= end)];
  return [Math.max(before?.[1] ?? 0, start - CLAUSE_REACH), Math.min(following?.[0] ?? length, end + CLAUSE_REACH)];
}

const LABEL_MAX = 240;
/** Without brackets (innermost first, so nested ones go too), spacing and edge punctuation. */
function tidy(text: string): string {
  let plain = text;
  for (let previous = ''; previous !== plain; ) [previous, plain] = [plain, plain.replace(/\s*\([^()]*\)/g, '')];
  return plain.replace(/\s+/g, ' ').replace(/^[\s,;:.–—-]+|[\s,;:.–—-]+$/g, '');
}
const wordCount = (text: string): number => (text === '' ? 0 : text.split(' ').length);

function shorten(label: string): string {
  if (label.length <= LABEL_MAX) return label;
  const space = label.lastIndexOf(' ', LABEL_MAX);
  return `${label.slice(0, space > 0 ? space : LABEL_MAX)} …`;
}

/** The label of a figure and how sure it is: the clause after it, else the clause around it. */
function labelOf(text: string, boundaries: readonly Span[], number: Span, unit: Unit): { label: string; factor: number } {
  const [from, to] = clauseAround(boundaries, text.length, number[0], unit.end);
  const after = tidy(text.slice(unit.labelStart, Math.max(to, unit.labelStart)));
  const afterUnit = tidy(text.slice(unit.end, Math.max(to, unit.end)));
  if (wordCount(after) >= 2 && wordCount(afterUnit) >= 1) return { label: shorten(after), factor: 1 };
  const before = tidy(text.slice(from, number[0]));
  return { label: shorten(tidy(`${before} ${after}`)), factor: 0.75 };
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The figures a paragraph states, in order. */
export function findFigures(text: string): FoundFigure[] {
  const mask = maskOf(text);
  const boundaries = boundariesOf(text);
  const figures: FoundFigure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (mask.subarray(start, end).includes(1) || /(?:№|nömrə\p{L}*|telefon\p{L}*)\s*$/u.test(text.slice(Math.max(0, start - 12), start))) continue;
    const integer = Number((m[1] ?? '').replace(/ /g, ''));
    const unit = unitAfter(text, end);
    if (unit === null) continue;
    const isYear = integer >= 1900 && integer <= 2100 && m[2] === undefined && !(unit.known && unit.unit !== '%');
    if (isYear) continue;
    const value = (m[2] === undefined ? integer : Number(`${integer}.${m[2]}`)) * unit.multiplier;
    const { label, factor } = labelOf(text, boundaries, [start, end], unit);
    const labelUnclear = wordCount(label) < 2;
    const base = unit.known ? 0.9 : unit.unit === null ? 0.5 : 0.6;
    figures.push({ label, value, unit: unit.unit, confidence: round(labelUnclear ? 0.3 : base * factor), labelUnclear });
  }
  return figures;
}
