/**
 * Sub-item headings of an implementation report, in the forms bodies write them:
 *
 *  - code(s), then what they are and "üzrə": "13.1.1-ci yarımbənd üzrə:", "13.3.6-cı və
 *    13.3.7-ci yarımbəndlər üzrə:", "4.1.1, 4.1.2 və 4.1.5-ci bəndlər üzrə", "4.2.1-ci bənd
 *    üzrə görülmüş işlər:", "4.7.1-ci tədbirin icrası barədə", "Planın 4.2.1-ci bəndi üzrə:";
 *  - the word first: "Tədbir 4.7.1:", "Bənd 4.2.1.", "№ 4.2.1", "Пункт 4.2.1";
 *  - a bare code at the start of a paragraph: "4.7.1. Tədbir:", "4.7.1 Təlimlərin keçirilməsi".
 *
 * Ordinal suffixes in any form (-ci, -cı, -cu, -cü, -nci, -ıncı, -üncü …), with or without a
 * dash or spaces; ranges "13.3.6–13.3.8". Keywords are also accepted as typed without
 * Azerbaijani letters ("yarimbend uzre"). Matching is on the Azerbaijani lower case, which keeps
 * every offset, so what follows a heading is cut from the line as written.
 */
import { azLower } from '../../../../common/src/collation.js';

export interface Heading {
  /** The measure codes, in the order written, ranges expanded ("13.3.6", "13.3.7"). */
  measures: string[];
  /** The heading as written (for the word-first and bare-code forms, with the measure's title). */
  heading: string;
  /** Report text written on the heading's line after its colon ("13.1.1 üzrə: Layihə …"). */
  rest: string;
  /** 1 for the "… üzrə:" forms; lower for forms that ordinary text can resemble. */
  confidence: number;
}

export interface HeadingContext {
  /** The line starts a paragraph: the previous line is blank or ended a sentence. */
  paragraphStart: boolean;
  /** Markup says the line is a heading (a Word heading style, a table's code cell). */
  marked: boolean;
}

const DASH = '[-‐‒–—―−]';
/** A level of a code: no leading zero and at most two digits, so dates ("12.03.2021") are not codes. */
const PART = '[1-9]\\d?';
const CODE = `${PART}(?:\\s?\\.\\s?${PART}){1,3}(?!\\d|\\.\\d)`;
const ORDINAL = `(?:\\.?\\s?${DASH}?\\s?(?:[ıiuü]?nc[ıiuü]|c[ıiuü])(?!\\p{L}))`;
const ONE = `${CODE}(?:${ORDINAL}|\\.)?`;
const RANGE = `${ONE}(?:\\s?${DASH}\\s?${ONE})?`;
const word = (w: string): string => `(?<!\\p{L})(?:${w})(?!\\p{L})`;
const JOINER = `\\s*(?:[,;&]|${word('v[əe](?:\\s+ya)?|il[əe]|и')})\\s*`;
const LIST = `(${RANGE}(?:${JOINER}${RANGE})*)`;
const KEYWORD = `(?:yar[ıi]mb[əe]nd|b[əe]nd|t[əe]dbir|madd[əe]|b[öo]lm[əe]|punkt|hiss[əe])\\p{L}*`;
const EXECUTION = `(?:\\s+icra\\p{L}*(?:\\s+v[əe]ziyy[əe]ti\\p{L}*)?)?`;
const CONNECTOR = word('[üu]zr[əe]|bar[əe]d[əe]|haqq[ıi]nda|il[əe]\\s+ba[ğg]l[ıi]|il[əe]\\s+[əe]laq[əe]dar|по');
/** A few words after the connector before the colon: "üzrə görülmüş işlər:". */
const TAIL = '(?:\\s+[\\p{L}\\p{N}-]+){0,4}?';
/** A colon with text after it, or the end of the line (a full stop at most): "üzrə görülən işlər barədə …" is a sentence. */
const END = `(?:${TAIL}\\s*:\\s*(.*)|\\s*\\.?\\s*)$`;
/** A few words before the codes: "Planın 4.2.1-ci bəndi üzrə:", then only with a colon. */
const PREFIX = '(?:[\\p{L}“”"«»()-]+\\s+){1,6}';

/** "13.1.1-ci yarımbənd üzrə: …", with or without the keyword. */
const CODES_THEN_CONNECTOR = new RegExp(`^${LIST}\\s*(?:${KEYWORD}${EXECUTION}\\s+)?${CONNECTOR}${END}`, 'u');
const PREFIXED = new RegExp(`^${PREFIX}${LIST}\\s*(?:${KEYWORD}${EXECUTION}\\s+)?${CONNECTOR}${TAIL}\\s*:\\s*(.*)$`, 'u');
/** "13.1.1-ci yarımbənd:", "4.7.1-ci tədbirin icrası": the ordinal makes it a heading. */
const ORDINAL_THEN_KEYWORD = new RegExp(`^${LIST}\\s*${KEYWORD}${EXECUTION}\\s*(?::\\s*(.*)|\\.?\\s*)$`, 'u');
/** "Tədbir 4.7.1: title", "Bənd 4.2.1.", "№ 4.2.1", "по пункту 4.2.1:". */
const KEYWORD_THEN_CODES = new RegExp(
  `^(?:по\\s+)?(?:${KEYWORD}|№|мероприяти\\p{L}*|подпункт\\p{L}*|пункт\\p{L}*)\\s*(?:№\\s*)?${LIST}\\s*(?:[.:)]\\s*(.*))?$`,
  'u',
);
/** "4.7.1. Tədbir: title", "4.7.1 Title", "4.7.1." */
const BARE_CODES = new RegExp(`^${LIST}\\s*[.:)]?\\s*(?:(${KEYWORD})\\s*[:.]\\s*)?(.*)$`, 'u');

/** A line that starts like a heading, for the warning when none of the forms fits. */
const HEADING_LIKE = new RegExp(
  `^(?:[•·*-]\\s*)?(?:${PART}(?:\\.${PART}){2}|${CODE}${ORDINAL}|.{0,60}${KEYWORD}\\s+[üu]zr[əe](?!\\p{L}))`,
  'u',
);

const hasOrdinal = (codes: string): boolean => new RegExp(ORDINAL, 'u').test(codes);

/** "13.3.6-cı və 13.3.7-ci" → ["13.3.6", "13.3.7"]; "13.3.6–13.3.8" → the three codes. */
export function measureCodes(list: string): string[] {
  const codes: string[] = [];
  const ranges = new RegExp(`(${CODE})(?:${ORDINAL}|\\.)?(?:\\s?${DASH}\\s?(${CODE}))?`, 'gu');
  for (const m of list.matchAll(ranges)) {
    const [first, last] = [m[1], m[2]].map((c) => c?.replace(/\s/g, ''));
    if (first !== undefined) codes.push(...expand(first, last));
  }
  return [...new Set(codes)];
}

/** The codes of a range with the same parent ("13.3.6"–"13.3.8"); otherwise its two ends. */
function expand(first: string, last: string | undefined): string[] {
  if (last === undefined) return [first];
  const [a, b] = [first, last].map((c) => c.split('.'));
  const [from, to] = [Number(a?.at(-1)), Number(b?.at(-1))];
  const sameParent = a?.slice(0, -1).join('.') === b?.slice(0, -1).join('.');
  if (!sameParent || to <= from || to - from > 20) return [first, last];
  const parent = a?.slice(0, -1).join('.') ?? '';
  return Array.from({ length: to - from + 1 }, (_, k) => `${parent}.${from + k}`);
}

const depth = (codes: string[]): number => Math.min(...codes.map((c) => c.split('.').length));

/** A heading of the "… üzrə" forms; `after`: the text after its colon, to the end of the line. */
function connectorHeading(line: string, list: string, after: string | undefined, prefixed: boolean): Heading {
  const rest = after === undefined || after === '' ? '' : line.slice(line.length - after.length).trim();
  const measures = measureCodes(list);
  const confidence = (prefixed ? 0.85 : 1) * (depth(measures) < 3 ? 0.8 : 1);
  return { measures, heading: line.slice(0, line.length - rest.length).trim(), rest, confidence };
}

/** The "… üzrə" and "Tədbir 4.7.1" forms: unambiguous wherever the line is. */
function explicitHeading(line: string, lower: string): Heading | null {
  const connector = CODES_THEN_CONNECTOR.exec(lower);
  if (connector !== null) return connectorHeading(line, connector[1] ?? '', connector[2], false);
  const prefixed = PREFIXED.exec(lower);
  if (prefixed !== null) return connectorHeading(line, prefixed[1] ?? '', prefixed[2], true);
  const ordinal = ORDINAL_THEN_KEYWORD.exec(lower);
  if (ordinal !== null && hasOrdinal(ordinal[1] ?? '')) return connectorHeading(line, ordinal[1] ?? '', ordinal[2], false);
  const keyword = KEYWORD_THEN_CODES.exec(lower);
  if (keyword === null) return null;
  const measures = measureCodes(keyword[1] ?? '');
  return { measures, heading: line, rest: '', confidence: depth(measures) < 3 ? 0.8 : 0.95 };
}

/** A code at the start of a paragraph followed by a title, "Tədbir:" or nothing. */
function bareHeading(line: string, lower: string, context: HeadingContext): Heading | null {
  if (!context.paragraphStart && !context.marked) return null;
  const m = BARE_CODES.exec(lower);
  if (m === null) return null;
  const measures = measureCodes(m[1] ?? '');
  if (depth(measures) < 3 || hasOrdinal(m[1] ?? '')) return null;
  const title = m[3] ?? '';
  const writtenTitle = line.slice(line.length - title.length);
  if (m[2] === undefined && title !== '' && !context.marked && !/^[\p{Lu}“"«„]/u.test(writtenTitle)) return null;
  const confidence = context.marked || m[2] !== undefined ? 0.9 : title === '' ? 0.85 : 0.7;
  // A long title is a paragraph numbered with the code: the code is the heading, the rest text.
  if (m[2] === undefined && title.length > 200) return { measures, heading: line.slice(0, line.length - title.length).trim(), rest: writtenTitle, confidence };
  return { measures, heading: line, rest: '', confidence };
}

/** The heading a line is, or null. */
export function matchHeading(raw: string, context: HeadingContext): Heading | null {
  const line = raw.trim().replace(/\s+/g, ' ');
  if (line === '') return null;
  const lower = azLower(line);
  return explicitHeading(line, lower) ?? bareHeading(line, lower, context);
}

/** Whether a line that is not a heading starts like one (reported: a form not understood). */
export function looksLikeHeading(raw: string): boolean {
  return HEADING_LIKE.test(azLower(raw.trim()));
}
