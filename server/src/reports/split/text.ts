/**
 * The narrative of a report as paragraphs. Plain-text copies wrap lines anywhere, so a line
 * continues the paragraph above unless the paragraph had ended (a sentence or item end followed
 * by a capital, a blank line) or the line starts a list item. Hyphenation and spacing are
 * repaired by the plan importer's rules.
 */
import { joinLines, tidyLine, type Vocabulary } from '../../plans/import/text-repair.js';

export interface Paragraph {
  text: string;
  /** The list marker as written ("·", "•", "-", "1)"), or null for a narrative paragraph. */
  marker: string | null;
}

/** Markers that always start an item. */
const STRONG_MARKER = /^[•·▪●◦■□➢➤►✓✔⁃∙○*]/u;
/** Markers that also occur inside wrapped text ("Bakı" / "- 6 nəfər"): an item only after an end. */
const WEAK_MARKER = /^(?:[-‐–—−](?=\s)|\d{1,2}[.)](?=\s)|[a-zа-я]\)(?=\s))/u;
const ENDED = /[.;:!?]["”»)]?$/u;

/** Whether a line ends a sentence or an item, so that the next line may start something new. */
export const endsSentence = (line: string): boolean => ENDED.test(line.trimEnd());
const STARTS_ANEW = /^[\p{Lu}\p{N}“"«„(]/u;

/** The list marker a line starts with, if any; `ended`: whether the text before it had ended. */
export function listMarker(line: string, ended: boolean): string | null {
  const text = line.trimStart();
  const strong = STRONG_MARKER.exec(text)?.[0];
  if (strong !== undefined) return strong;
  const weak = WEAK_MARKER.exec(text)?.[0];
  return weak !== undefined && ended ? weak : null;
}

const withoutMarker = (line: string, marker: string): string => line.trimStart().slice(marker.length).trim();

interface Group {
  lines: string[];
  marker: string | null;
}

/** Groups the lines of one part of a report into paragraphs and list items. */
function group(lines: readonly string[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      current = null;
      continue;
    }
    const previous = current?.lines.at(-1);
    const ended = previous === undefined || ENDED.test(previous);
    const marker = listMarker(line, ended);
    if (current === null || marker !== null || (ended && STARTS_ANEW.test(line))) {
      current = { lines: [marker === null ? line : withoutMarker(line, marker)], marker };
      groups.push(current);
    } else {
      current.lines.push(line);
    }
  }
  return groups;
}

/** The paragraphs of lines, each joined and tidied; empty items dropped. */
export function toParagraphs(lines: readonly string[], vocabulary: Vocabulary): Paragraph[] {
  return group(lines)
    .map((g) => ({ text: tidyLine(joinLines(g.lines, vocabulary).text).text, marker: g.marker }))
    .filter((p) => p.text !== '');
}

/** Paragraphs as one text: a blank line between paragraphs, list items on consecutive lines. */
export function paragraphsText(paragraphs: readonly Paragraph[]): string {
  return paragraphs
    .map((p, i) => {
      const line = p.marker === null ? p.text : `${p.marker} ${p.text}`;
      const previous = paragraphs[i - 1];
      if (previous === undefined) return line;
      return previous.marker !== null && p.marker !== null ? `\n${line}` : `\n\n${line}`;
    })
    .join('');
}
