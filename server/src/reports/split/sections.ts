/**
 * A report's lines cut at its sub-item headings: the lines before the first heading (the
 * preamble), then each heading with the lines up to the next one. Lines that start like a
 * heading but fit none of the forms are collected for a warning.
 */
import { looksLikeHeading, matchHeading, type Heading } from './headings.js';
import type { SourceLine } from './source.js';
import { endsSentence } from './text.js';

export interface Section {
  heading: Heading;
  lines: string[];
}

export interface Sections {
  preamble: string[];
  sections: Section[];
  /** Heading-like lines that are not headings, with the section they fell in (-1: the preamble). */
  unrecognised: { line: string; section: number }[];
}

/** A heading on one line, or wrapped onto the next ("13.3.6-cı və" / "13.3.7-ci yarımbəndlər üzrə:"). */
function headingAt(lines: readonly SourceLine[], i: number, paragraphStart: boolean): { heading: Heading; consumed: number } | null {
  const line = lines[i];
  if (line === undefined) return null;
  const context = { paragraphStart, marked: line.marked };
  const heading = matchHeading(line.text, context);
  if (heading !== null) return { heading, consumed: 1 };
  const next = lines[i + 1];
  if (next === undefined || next.text.trim() === '' || !looksLikeHeading(line.text)) return null;
  const joined = matchHeading(`${line.text} ${next.text}`, context);
  return joined === null ? null : { heading: { ...joined, confidence: Math.round(joined.confidence * 90) / 100 }, consumed: 2 };
}

export function findSections(lines: readonly SourceLine[]): Sections {
  const result: Sections = { preamble: [], sections: [], unrecognised: [] };
  let paragraphStart = true;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const found = text.trim() === '' ? null : headingAt(lines, i, paragraphStart);
    const current = result.sections.at(-1);
    if (found !== null) {
      result.sections.push({ heading: found.heading, lines: found.heading.rest === '' ? [] : [found.heading.rest] });
      i += found.consumed - 1;
      paragraphStart = true;
      continue;
    }
    if (text.trim() !== '' && looksLikeHeading(text)) result.unrecognised.push({ line: text.trim(), section: result.sections.length - 1 });
    (current?.lines ?? result.preamble).push(text);
    paragraphStart = text.trim() === '' || endsSentence(text);
  }
  return result;
}
