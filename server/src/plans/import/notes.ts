/**
 * The closing notes ("Qeyd:") that recommend bodies outside the executive to take part in
 * listed measures: "1. Azərbaycan Respublikasının Ali Məhkəməsinə tövsiyə edilsin ki, bu Milli
 * Fəaliyyət Planının 4.1.1-ci, 4.1.10-cu … və 4.7.4-cü yarımbəndlərində nəzərdə tutulmuş
 * tədbirlərin həyata keçirilməsində iştirak etsin".
 */
import type { Block } from './blocks.js';
import { compareCodes, isNumericCode, parseCode } from './codes.js';
import type { ExecutorMatcher } from './executors.js';
import type { ImportWarning, ParsedRecommended } from './parsed-plan.js';

export interface Recommendation {
  /** The body as the note names it ("Azərbaycan Respublikasının Ali Məhkəməsinə"). */
  name: string;
  organisationId: string | null;
  /** Codes as listed; a range ("4.1.1–4.1.5-ci") as its two ends, see `ranges`. */
  codes: string[];
  ranges: { from: string; to: string }[];
}

const NOTES_HEADING = /^\s*qeyd(?:lər)?(?!\p{L})\s*[:.]?\s*/iu;
const NOTE_START = /^\s*\d{1,2}[.)](?:\s+|$)/;
const RECOMMENDS = /tövsiyə\s+(?:edilsin|olunsun|edilir|olunur)/iu;

/** Paragraphs of the blocks after the table: lines joined, a numbered line or blank line starts one. */
function paragraphs(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim() !== '') out.push(current.trim());
    current = '';
  };
  for (const block of blocks) {
    if (block.kind === 'row') block.cells.forEach((c) => (current += ` ${c.text}`));
    else if (block.kind === 'blank' || NOTE_START.test(block.text) || NOTES_HEADING.test(block.text)) {
      flush();
      if (block.kind === 'line') current = block.text;
    } else {
      current = current === '' ? block.text : `${current} ${block.text}`;
    }
  }
  flush();
  return out;
}

/**
 * The notes as written: the numbered paragraphs after "Qeyd:", or without such a heading the
 * paragraphs that recommend something. A note's continuation lines are joined to it.
 */
export function readNotes(after: readonly Block[]): string[] {
  const all = paragraphs(after);
  const heading = all.findIndex((p) => NOTES_HEADING.test(p));
  if (heading < 0) return all.filter((p) => RECOMMENDS.test(p));
  const first = all[heading]?.replace(NOTES_HEADING, '') ?? '';
  const rest = all.slice(heading + 1).filter((p) => NOTE_START.test(p) || RECOMMENDS.test(p));
  return first === '' ? rest : [first, ...rest];
}

const CODE = String.raw`\d{1,3}(?:\.\d{1,3})+`;
/** "4.1.10-cu", "4.6.6-cı", "4.1.1–4.1.5-ci"; the ordinal ending is optional. */
const CODE_ITEM = new RegExp(`(?<![\\d.])(${CODE})(?!\\.?\\d)\\.?(?:\\s*[-–—]\\s*(${CODE})(?!\\.?\\d))?(?:-?c[iıuü])?`, 'gu');

/** "… Mətbuat Şurasına" → "… Mətbuat Şurası": the dative of the addressee, for the dictionary. */
function nominative(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/u, '').replace(/(\p{L}{3,}?)(?:n[aə]|y[aə])$/u, '$1');
}

/** Who a note recommends, and for which measures. */
export function readRecommendation(note: string, matcher: ExecutorMatcher): Recommendation | null {
  const m = RECOMMENDS.exec(note);
  if (m === null) return null;
  const name = note.slice(0, m.index).replace(NOTE_START, '').replace(/[\s,;:]+$/u, '').trim();
  const found = matcher.identify(name) ?? matcher.identify(nominative(name));
  const codes: string[] = [];
  const ranges: { from: string; to: string }[] = [];
  for (const item of note.slice(m.index).matchAll(CODE_ITEM)) {
    const [, from = '', to] = item;
    if (parseCode(from) === null || (to !== undefined && parseCode(to) === null)) continue; // "07.2020"
    if (to === undefined) codes.push(from);
    else ranges.push({ from, to });
  }
  return { name, organisationId: found?.organisationId ?? null, codes, ranges };
}

/** Recommended participants per measure code, and warnings for codes the plan does not have. */
export function recommendationsByCode(recommendations: readonly Recommendation[], codes: readonly string[]) {
  const byCode = new Map<string, ParsedRecommended[]>();
  const warnings: ImportWarning[] = [];
  for (const r of recommendations) {
    const inRange = r.ranges.flatMap(({ from, to }) =>
      codes.filter((c) => isNumericCode(c) && compareCodes(from, c) <= 0 && compareCodes(c, to) <= 0),
    );
    const ends = r.ranges.flatMap(({ from, to }) => [from, to]);
    for (const code of [...r.codes, ...ends]) {
      if (codes.includes(code)) continue;
      warnings.push({
        code: 'recommended_measure_unknown',
        message: `The notes recommend ${r.name} for ${code}, which is not a measure of this plan.`,
        measure: code,
        params: { code, name: r.name },
      });
    }
    for (const code of new Set([...r.codes.filter((c) => codes.includes(c)), ...inRange])) {
      const list = byCode.get(code) ?? [];
      if (!list.some((x) => x.name === r.name)) list.push({ name: r.name, organisationId: r.organisationId });
      byCode.set(code, list);
    }
  }
  return { byCode, warnings };
}
