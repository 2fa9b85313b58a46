/**
 * Plain-text layouts as blocks: tab-separated rows (the legal database's export), cells separated
 * by '|' and wrapped across lines (news sites), or no table at all (lines only). HTML and Word
 * documents go through html-blocks.ts.
 */
import { lineBlock, type Block, type Cell, type DocumentBlocks, type RowBlock } from './blocks.js';
import { parseCode, splitLeadingCode } from './codes.js';

const INLINE_TAG = /<\/?(?:b|strong|i|em|u|span|font)(?:\s[^>]*)?>/gi;
const WHOLE_BOLD = /^(?:<(?:b|strong)>|\*\*)[\s\S]*(?:<\/(?:b|strong)>|\*\*)[\s,.:;]*$/i;

/** Text without inline markup ("<b>…</b>", "**…**"), and whether all of it was bold. */
function stripInline(raw: string): { text: string; bold: boolean } {
  const trimmed = raw.trim();
  return { text: trimmed.replace(INLINE_TAG, '').replace(/\*\*/g, '').trim(), bold: WHOLE_BOLD.test(trimmed) };
}

function textLine(line: string): Block {
  if (line.trim() === '') return { kind: 'blank' };
  const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
  const { text, bold } = stripInline(heading?.[1] ?? line);
  return lineBlock(text, heading !== null, bold);
}

const cell = (text: string, bold = false): Cell => ({ text, bold, continued: false });

/** A row whose first cell alone is filled, the rest empty: the '|||' of a heading row. */
const isFillerRow = (cells: readonly Cell[]): boolean =>
  cells.length >= 2 && cells[0]?.text !== '' && cells.slice(1).every((c) => c.text === '');

// ---------------------------------------------------------------------------------------------
// Tab-separated rows

function tabRow(line: string): RowBlock {
  const cells = line.split('\t').map((raw) => {
    const { text, bold } = stripInline(raw);
    return cell(text, bold);
  });
  const first = cells.find((c) => c.text !== '');
  return { kind: 'row', cells, marked: first?.bold === true };
}

const isTabRow = (line: string): boolean => line.includes('\t') && line.split('\t').some((c) => c.trim() !== '');
/** A line that holds at least two cells, as opposed to one indented by a tab. */
const hasTabCells = (line: string): boolean => line.split('\t').filter((c) => c.trim() !== '').length >= 2;

// ---------------------------------------------------------------------------------------------
// '|'-separated cells

const hasPipe = (line: string): boolean => line.includes('|');

/** Lines without a '|' that a table may hold between two lines with one (a long wrapped cell). */
const MAX_GAP = 40;

/**
 * The lines of the table: the largest cluster of lines with a '|', so that a stray '|' in a news
 * lead or a footer far from the table does not pull text into it.
 */
function pipeRegion(lines: readonly string[]): { first: number; last: number; pipeLines: number } {
  const clusters: number[][] = [];
  let gap = Infinity;
  lines.forEach((line, i) => {
    if (hasPipe(line)) {
      if (gap > MAX_GAP) clusters.push([]);
      clusters.at(-1)?.push(i);
      gap = 0;
    } else if (line.trim() !== '') {
      gap++;
    }
  });
  const largest = clusters.reduce<number[]>((a, b) => (b.length > a.length ? b : a), []);
  return { first: largest[0] ?? -1, last: largest.at(-1) ?? -1, pipeLines: largest.length };
}

/** A cell that begins a row: a code ("4.1.1.", "4.2.11"), a numbered heading, or the "1 2 3 4" row. */
function startsRow(cells: readonly string[], i: number): boolean {
  const text = cells[i] ?? '';
  if (parseCode(text) !== null || splitLeadingCode(text.replace(/\s+/g, ' ')) !== null) return true;
  return text === '1' && cells[i + 1] === '2';
}

/**
 * Groups a stream of cells into rows. Rows are not delimited in this layout (a line ending with
 * '|' closes a cell, not a row), so a row starts at a cell that can only begin one, once the
 * current row holds at least a code and a text.
 */
function streamRows(cells: readonly string[]): string[][] {
  const rows: string[][] = [];
  let current: string[] = [];
  cells.forEach((text, i) => {
    if (startsRow(cells, i) && (current.length >= 2 || current.every((c) => c === ''))) {
      if (current.some((c) => c !== '')) rows.push(current);
      current = [];
    }
    current.push(text);
  });
  if (current.some((c) => c !== '')) rows.push(current);
  return rows;
}

/** Markdown-like tables: every row on its own line between an opening and a closing '|'. */
function isLinePerRow(region: readonly string[]): boolean {
  const pipeLines = region.filter(hasPipe).map((l) => l.trim());
  const framed = pipeLines.filter((l) => l.startsWith('|') && l.endsWith('|') && l.split('|').length >= 4);
  return framed.length >= pipeLines.length * 0.8;
}

function framedLine(line: string): Block | null {
  if (!hasPipe(line)) return textLine(line);
  const texts = line.trim().slice(1, -1).split('|').map((t) => stripInline(t).text);
  if (texts.every((t) => /^:?-*:?$/.test(t))) return null; // | --- | --- |
  const cells = texts.map((t) => cell(t));
  return { kind: 'row', cells, marked: isFillerRow(cells) };
}

/** Column titles are short; longer text in the first row is text that preceded the table. */
const HEADER_CELL_MAX = 80;

function splitOffLead(first: readonly string[]): { lead: string[]; header: string[] } {
  if (startsRow(first, 0)) return { lead: [], header: [...first] };
  let k = first.length;
  while (k > 0 && (first[k - 1] ?? '').length <= HEADER_CELL_MAX) k--;
  return { lead: first.slice(0, k), header: first.slice(k) };
}

const pipeRow = (texts: readonly string[]): RowBlock => {
  const cells = texts.map((t) => cell(t));
  return { kind: 'row', cells, marked: isFillerRow(cells) };
};

function pipeBlocks(lines: readonly string[], first: number, last: number): Block[] {
  const region = lines.slice(first, last + 1);
  if (isLinePerRow(region)) return region.map(framedLine).filter((b): b is Block => b !== null);
  const pieces = region.join('\n').split('|');
  const after = pieces.pop() ?? '';
  const [head = [], ...body] = streamRows(pieces.map((p) => p.trim()));
  const { lead, header } = splitOffLead(head);
  return [
    ...lead.flatMap((text) => text.split('\n').map(textLine)),
    ...[header, ...body].filter((r) => r.length > 0).map(pipeRow),
    ...after.split('\n').map(textLine),
  ];
}

// ---------------------------------------------------------------------------------------------

export function textBlocks(text: string): DocumentBlocks {
  const lines = text.split('\n');
  const tabRows = lines.filter(hasTabCells).length;
  const { first, last, pipeLines } = pipeRegion(lines);
  const base = { breaks: 'soft', truncated: false } as const;
  if (pipeLines >= 4 && pipeLines > tabRows) {
    const blocks = [
      ...lines.slice(0, first).map(textLine),
      ...pipeBlocks(lines, first, last),
      ...lines.slice(last + 1).map(textLine),
    ];
    return { ...base, blocks, layout: 'pipe-separated' };
  }
  if (tabRows >= 2) {
    return { ...base, blocks: lines.map((l) => (isTabRow(l) ? tabRow(l) : textLine(l))), layout: 'tab-separated' };
  }
  return { ...base, blocks: lines.map(textLine), layout: 'plain-lines' };
}
