/**
 * Codes of sections and measures as the import stores them: written codes kept, missing ones
 * derived or generated, numbers that restart per section qualified, and the sections in document
 * order including those only the measures' codes name.
 */
import { codeDepth, isNumericCode, nextCode, parentCode } from './codes.js';
import type { ImportWarning, ParsedSection } from './parsed-plan.js';
import type { FoundMeasures, RawMeasure } from './table.js';
import { repairText, type Vocabulary } from './text-repair.js';

/** Section codes as written, else the parent of the first numbered measure under it, else 1, 2, …. */
export function sectionCodesOf(found: FoundMeasures): string[] {
  return found.sections.map((s, i) => {
    const measure = found.measures.find((m) => m.section === i && m.code !== null && codeDepth(m.code) >= 2);
    return s.code ?? (measure?.code === undefined || measure.code === null ? String(i + 1) : parentCode(measure.code));
  });
}

/**
 * Codes of all measures. A layout without codes is numbered 1, 2, …; a measure whose code is
 * missing among coded ones gets the next code (a guess); numbers that restart in every section
 * ("1.", "2.") are qualified by the section ("I.1", "I.2").
 */
export function measureCodesOf(measures: readonly RawMeasure[], sectionCodes: readonly string[]): { codes: string[]; guessed: Set<number> } {
  if (measures.every((m) => m.code === null)) return { codes: measures.map((_, i) => String(i + 1)), guessed: new Set() };
  const plain = measures.flatMap((m) => (m.code !== null && !m.code.includes('.') ? [m.code] : []));
  const restarts = new Set(plain).size < plain.length && sectionCodes.length > 0;
  const codes: string[] = [];
  const guessed = new Set<number>();
  measures.forEach((m, i) => {
    const section = m.section === null ? undefined : sectionCodes[m.section];
    const previous = codes.at(-1);
    if (m.code === null) {
      guessed.add(i);
      codes.push(previous === undefined ? '1' : nextCode(previous));
    } else if (restarts && !m.code.includes('.') && section !== undefined) codes.push(`${section}.${m.code}`);
    else codes.push(m.code);
  });
  return { codes, guessed };
}

/**
 * The section of a measure: the heading above it, unless its code names a section that has a
 * heading of its own, or a sibling of the heading above ("4.9.1" under "4.8" when the 4.9
 * heading is missing).
 */
export function sectionOfMeasure(code: string, raw: RawMeasure, sectionCodes: readonly string[]): string {
  const above = raw.section === null ? undefined : sectionCodes[raw.section];
  const parent = code.includes('.') ? parentCode(code) : null;
  if (parent === null) return above ?? '';
  const sibling = above !== undefined && isNumericCode(above) && isNumericCode(parent) && parentCode(above) === parentCode(parent);
  return above === undefined || sectionCodes.includes(parent) || sibling ? parent : above;
}

/** Sections in document order, with those only the measures' codes name (no heading) inserted. */
export function listSections(found: FoundMeasures, sectionCodes: readonly string[], sectionOf: readonly string[], vocabulary: Vocabulary): ParsedSection[] {
  const sections: ParsedSection[] = [];
  const add = (code: string, written: string): void => {
    const title = repairText(written, vocabulary).text;
    const existing = sections.find((s) => s.code === code);
    if (existing === undefined) sections.push({ code, title });
    else if (existing.title === '') existing.title = title;
  };
  let next = 0;
  const addHeadingsUpTo = (index: number): void => {
    for (; next <= index && next < found.sections.length; next++) add(sectionCodes[next] ?? '', found.sections[next]?.title ?? '');
  };
  found.measures.forEach((m, i) => {
    addHeadingsUpTo(m.section ?? -1);
    if (sectionOf[i] !== '') add(sectionOf[i] ?? '', '');
  });
  addHeadingsUpTo(found.sections.length - 1);
  return sections;
}

/** Headings read from a plain line, or a plain row where the other headings are formatted. */
export function plainHeadingWarnings(found: FoundMeasures, sectionCodes: readonly string[]): ImportWarning[] {
  const anyStyled = found.sections.some((s) => s.styled);
  return found.sections.flatMap((s, i) =>
    s.line || (anyStyled && !s.styled)
      ? [
          {
            code: 'section_heading_from_plain_text' as const,
            message: `The heading of section ${sectionCodes[i]} was taken from plain text, not from a heading row.`,
            params: { section: sectionCodes[i] ?? '' },
          },
        ]
      : [],
  );
}
