/**
 * Repairs of texts that went through copying, wrapping and typesetting: lines of one cell joined,
 * words hyphenated at a line end rejoined, spacing collapsed. Every function is pure.
 */
import { azLower } from '../../../../common/src/collation.js';

/** Words of a document as written on one line, lower-cased; hyphenated compounds stay whole. */
export type Vocabulary = ReadonlySet<string>;

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐][\p{L}\p{M}\p{N}]+)*/gu;

export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const words = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(WORD)) words.add(azLower(m[0]));
  return words;
}

/** First parts that are always followed by a hyphen ("qeyri-hökumət", "qeyri-dövlət"). */
const ALWAYS_HYPHENATED = new Set(['qeyri']);

const LINE_END_HYPHEN = /([\p{L}\p{N}]+)[-‐]$/u;
const LINE_START_WORD = /^[\p{L}\p{N}]+/u;
const DASH_BETWEEN_NUMBERS = /\d[-–—─]$/;

/**
 * Whether a hyphen at the end of a line belongs to the word ("Qeyri-|Hökumət", "2020-|2022",
 * "hüquq-|mühafizə") or was added by the typesetter ("təkmilləşdi-|rilməsi"). The document itself
 * decides where it can: a compound written unbroken elsewhere keeps its hyphen, a word written
 * unbroken elsewhere loses it. Otherwise hyphenation is assumed, except after "qeyri".
 */
function keepsHyphen(fragment: string, next: string, vocabulary: Vocabulary): boolean {
  if (/^[\p{Lu}\p{N}]/u.test(next) || /\p{N}$/u.test(fragment)) return true;
  const lower = azLower(fragment);
  const following = azLower(next);
  if (vocabulary.has(`${lower}-${following}`)) return true;
  if (vocabulary.has(lower + following)) return false;
  return ALWAYS_HYPHENATED.has(lower);
}

/**
 * Joins the lines of one paragraph. Returns whether a hyphen at a line end had to be judged,
 * which is a guess a person may want to check.
 */
export function joinLines(lines: readonly string[], vocabulary: Vocabulary): { text: string; repaired: boolean } {
  let text = '';
  let repaired = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text === '') {
      text = line;
      continue;
    }
    const fragment = LINE_END_HYPHEN.exec(text)?.[1];
    const next = LINE_START_WORD.exec(line)?.[0];
    if (fragment !== undefined && next !== undefined && /\p{L}/u.test(next)) {
      repaired = true;
      text = keepsHyphen(fragment, next, vocabulary) ? text + line : text.slice(0, -1) + line;
    } else if (DASH_BETWEEN_NUMBERS.test(text) && /^\d/.test(line)) {
      text += line; // "2020─" + "2022"
    } else {
      text = `${text} ${line}`;
    }
  }
  return { text, repaired };
}

/** Straight double quotes as the typographic pairs the official texts use: "X" → “X”. */
function typographicQuotes(text: string): string {
  if ((text.match(/"/g) ?? []).length % 2 !== 0) return text;
  return text.replace(/(^|[\s(\[«„])"/g, '$1“').replace(/"/g, '”');
}

/**
 * Spacing inside one line: runs collapsed, no space before , . ; : ) or after (, a space after a
 * comma before a word ("Nazirliyi,digər"), "Qeyri- Hökumət" rejoined (reported as a repair),
 * straight quotes made typographic.
 */
export function tidyLine(line: string): { text: string; repaired: boolean } {
  let text = line.replace(/\s+/g, ' ').trim();
  const rejoined = text
    .replace(/(\p{L})[-‐] (?=\p{Lu})/gu, '$1-')
    .replace(/(^|[^\p{L}])(qeyri)[-‐] (?=\p{L})/giu, '$1$2-');
  const repaired = rejoined !== text;
  text = rejoined
    .replace(/ +([,.;:)])/g, '$1')
    .replace(/\( +/g, '(')
    .replace(/,(?=\p{L})/gu, ', ')
    .replace(/(\d) ?([-–—─]) ?(\d)/g, '$1$2$3');
  return { text: typographicQuotes(text), repaired };
}

/** One paragraph from a cell or lines: joined, hyphenation repaired, spacing tidied. */
export function repairText(raw: string, vocabulary: Vocabulary): { text: string; repaired: boolean } {
  const joined = joinLines(raw.split('\n'), vocabulary);
  const tidy = tidyLine(joined.text);
  return { text: tidy.text, repaired: joined.repaired || tidy.repaired };
}
