/**
 * The narrative of a report as paragraphs. Plain-text copies wrap lines anywhere, so a line
 * continues the paragraph above unless the paragraph had ended (a sentence or item end followed
 * by a capital, a blank line) or the line starts a list item. Hyphenation and spacing are
 * repaired by the plan importer's rules.
 */
import { joinLines, tidyLine, type Vocabulary } from '../../plans/import/text-repair.js';

/** A quoted name or title: “…”, «…», „…“, "…". */
export const QUOTED = /[“«„"][^“”«»„"]*[”»"]/gu;

export interface Paragraph {
  text: string;
  /** The list marker as written ("·", "•", "-", "1)"), or null for a narrative paragraph. */
  marker: string | null;
}

/** Markers that always start an item. */
const STRONG_MARKER = /^[•·▪●◦■□➢➤►✓✔⁃∙○*]/u;
/** Markers that also occur inside wrapped text ("Bakı" / "- 6 nəfər"): an item only after an end. */
const WEAK_MARKER = /^(?:[-‐–—−]|\d{1,2}[.)]|[a-zа-я]\))(?=\s|$)/u;
const NUMBERED = /^(\d{1,2})([.)])$/;
/** An item ends with any of these; a sentence with these but the colon, which introduces what follows. */
const ITEM_END = /[.;:!?]["”»)]?$/u;
const SENTENCE_END = /[.;!?]["”»)]?$/u;
const STARTS_ANEW = /^[\p{Lu}\p{N}“"«„(]/u;

/** Whether a line ends a sentence or an item, so that the next line may start something new. */
export const endsSentence = (line: string): boolean => ITEM_END.test(line.trimEnd());

/** "2)" after "1)": the next number of a numbered list, whatever ended the item before. */
function continuesNumbering(marker: string, previous: string | null): boolean {
  const [m, p] = [NUMBERED.exec(marker), NUMBERED.exec(previous ?? '')];
  return m !== null && p !== null && m[2] === p[2] && Number(m[1]) === Number(p[1]) + 1;
}

/** A numbered list starts at 1 (or a): "sayı:" / "25)" inside a paragraph is a wrapped count, not item 25. */
const startsList = (marker: string): boolean => !/^\d/.test(marker) || /^1\D/.test(marker);

/** What precedes a line: nothing (a blank line, a heading), an ended item or sentence, or open text. */
export type Before = 'nothing' | 'end' | 'text';

/** The list marker a line starts with, if any; `previous`: the marker of the item before. */
export function listMarker(line: string, before: Before, previous: string | null = null): string | null {
  const text = line.trimStart();
  const strong = STRONG_MARKER.exec(text)?.[0];
  if (strong !== undefined) return strong;
  const weak = WEAK_MARKER.exec(text)?.[0];
  if (weak === undefined) return null;
  const starts = before === 'nothing' || (before === 'end' && startsList(weak));
  return starts || continuesNumbering(weak, previous) ? weak : null;
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
    // A list item may end without a full stop, with the bracket of its details: "… (Bakı, 25 nəfər)".
    const itemClosed = current?.marker != null && previous?.endsWith(')') === true;
    const before: Before = previous === undefined ? 'nothing' : itemClosed || ITEM_END.test(previous) ? 'end' : 'text';
    const marker = listMarker(line, before, current?.marker ?? null);
    const sentenceEnded = previous === undefined || itemClosed || SENTENCE_END.test(previous);
    if (current === null || marker !== null || (sentenceEnded && STARTS_ANEW.test(line))) {
      current = { lines: [marker === null ? line : withoutMarker(line, marker)], marker };
      groups.push(current);
    } else {
      current.lines.push(line);
    }
  }
  return groups;
}

/**
 * The lines of one paragraph joined by the plan importer's rules. They look only at where two
 * lines meet, so they are applied pair by pair: a paragraph of many short lines stays linear.
 */
function joinParagraph(lines: readonly string[], vocabulary: Vocabulary): string {
  const parts = lines.map((l) => l.trim()).filter((l) => l !== '');
  let text = '';
  for (let i = 0; i + 1 < parts.length; i++) {
    const next = parts[i + 1] ?? '';
    const joined = joinLines([parts[i] ?? '', next], vocabulary).text;
    text += joined.slice(0, joined.length - next.length);
  }
  return text + (parts.at(-1) ?? '');
}

/** The paragraphs of lines, each joined and tidied; empty items dropped. */
export function toParagraphs(lines: readonly string[], vocabulary: Vocabulary): Paragraph[] {
  return group(lines)
    .map((g) => ({ text: tidyLine(joinParagraph(g.lines, vocabulary)).text, marker: g.marker }))
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
