/**
 * Item numbers as plans write them: "4.1.1.", "4.2.11", "13.1.", "1." and Roman section numbers
 * "IV.". Codes are kept without the trailing dot ("4.1.1").
 */

export { compareCodes } from '../../../../common/src/plan-format.js';

/** One to three digits per level, so that years ("2020.") are never taken for item numbers. */
const DOTTED = /^(\d{1,3}(?:\.\d{1,3})*)(\.?)$/;
const ROMAN = /^([IVXL]{1,6})\.$/;
/** A code followed by a title: "4.1. İnsan alverinin …", "IV. Maarifləndirmə", "1) …" is not one. */
const LEADING = /^(\d{1,3}(?:\.\d{1,3})*\.?|[IVXL]{1,6}\.)\s+(\S[\s\S]*)$/;

/**
 * The code a cell holds on its own, or null. A dot is required ("4.2.11", "1."), so a bare
 * number ("3" in a "1 2 3 4" column numbering row) or a year is not a code, nor is a date
 * ("22.07.2020").
 */
export function parseCode(text: string): string | null {
  const m = DOTTED.exec(text.trim());
  if (m === null) return null;
  const [, code = '', dot] = m;
  // Leading zeros ("390.020.030", an index code) are never item numbers.
  if (/(?:^|\.)0\d/.test(code)) return null;
  return code.includes('.') || dot === '.' ? code : null;
}

/** A bare number as the first column of layouts that number items "1", "2", …. */
export function parsePlainNumber(text: string): string | null {
  return /^\d{1,3}$/.test(text.trim()) ? text.trim() : null;
}

/** "4.1. Title" → { code: '4.1', rest: 'Title' }; Roman codes keep their letters ("IV"). */
export function splitLeadingCode(text: string): { code: string; rest: string } | null {
  const m = LEADING.exec(text.trim());
  if (m === null) return null;
  const [, rawCode = '', rest = ''] = m;
  const code = ROMAN.test(rawCode) ? rawCode.slice(0, -1) : parseCode(rawCode);
  return code === null ? null : { code, rest: rest.trim() };
}

export const isRoman = (code: string): boolean => /^[IVXL]+$/.test(code);

/** Arabic numbers only ("4.1.1"), as opposed to "I.1": the codes that have a numeric order. */
export const isNumericCode = (code: string): boolean => /^\d+(?:\.\d+)*$/.test(code);

export const codeDepth = (code: string): number => (isRoman(code) ? 0 : code.split('.').length);

/** "4.1.1" → "4.1"; a one-level code has no parent (''). */
export const parentCode = (code: string): string => code.split('.').slice(0, -1).join('.');

/** The code after `code` at the same level: "4.1.3" → "4.1.4". */
export function nextCode(code: string): string {
  const parts = code.split('.');
  const last = Number(parts.pop());
  return [...parts, String(last + 1)].join('.');
}
