/**
 * The lines of a text copied out of a PDF: blank lines dropped, spacing collapsed, page furniture
 * (running headers, page numbers, the footer with the document's title) left out. Whether a line
 * ended in a space is kept: inside a table cell the copy usually ends every line but the cell's
 * last one with a (non-breaking) space. Pure.
 */
import { azLower } from '../../../../common/src/collation.js';

export interface Line {
  text: string;
  /** The line as copied ended in a space or non-breaking space. */
  trailingSpace: boolean;
}

/** Compares words the way a reader would: case and the Azerbaijani dotted/dotless I ignored. */
export const fold = (text: string): string => azLower(text).replace(/\s+/g, ' ').trim();

/** The running footer of every page: the document's title, broken over lines. */
const FOOTER_HEAD = 'ehtiyacların qiymətləndirilməsi:';
const FOOTER_LINES = new Set(['azərbaycan respublikasında', 'insan alverinə qarşı mübarizə', 'sahəsində cavab tədbirləri']);

/** A running header ("3. Tövsiyələr"), or an excerpt's mark of left-out text. */
function isRunningHeader(folded: string): boolean {
  return /^\d\.\s*(nəticələr|tövsiyələr|giriş|əlavələr)$/.test(folded) || /^\[\s*(…|\.\.\.)\s*\]$/.test(folded);
}

const isPageNumber = (folded: string) => /^\d{1,3}$/.test(folded);

export function toLines(text: string): Line[] {
  const raw = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\u00a0\u2007\u202f\t]/g, ' '))
    .map((content) => ({ content, clean: content.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.clean !== '');
  // Page furniture: running headers and the footer block; a page number only next to them, so a
  // number that a cell or sentence happens to leave alone on a line is kept.
  const furniture = raw.map((line) => isRunningHeader(fold(line.clean)));
  for (let i = 0; i < raw.length; i++) {
    if (fold(raw[i]!.clean) !== FOOTER_HEAD) continue;
    furniture[i] = true;
    for (let j = i + 1, seen = 0; j < raw.length && seen < FOOTER_LINES.size && FOOTER_LINES.has(fold(raw[j]!.clean)); j++, seen++) furniture[j] = true;
  }
  for (let i = 0; i < raw.length; i++) {
    if (isPageNumber(fold(raw[i]!.clean)) && (furniture[i - 1] || furniture[i + 1] || i === raw.length - 1)) furniture[i] = true;
  }
  return raw.flatMap((line, i) => (furniture[i] ? [] : [{ text: line.clean, trailingSpace: /\s$/.test(line.content) }]));
}

/**
 * Joins the lines of one paragraph or cell: a line that ends with "/" or a hyphen runs on into
 * the next without a space ("Koordinator/|Məruzəçi", "qeyri-|hökumət"), others are separated by one.
 */
export function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    const text = part.trim();
    if (!text) continue;
    if (!out) out = text;
    else if (/\s\/$/.test(out)) out += ` ${text}`;
    else if (/[/]$/.test(out) || /\p{L}[-‐]$/u.test(out)) out += text;
    else out += ` ${text}`;
  }
  return out.replace(/\s+([,.;:)])/g, '$1').replace(/\(\s+/g, '(').replace(/\s+/g, ' ').trim();
}

/** Starts with a capital letter (a cell, a sentence or a name begins here). */
export const startsCapital = (text: string): boolean => /^[\p{Lu}]/u.test(text);
