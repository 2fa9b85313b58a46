/**
 * A report file as lines of text, whatever its format: the plan importer's decoder reads the
 * bytes (text in any common encoding, Word, HTML) and its HTML reader turns Word and HTML into
 * paragraphs and table rows. Blank lines end paragraphs.
 */
import { ownCells, type Block, type RowBlock } from '../../plans/import/blocks.js';
import { decodeDocument } from '../../plans/import/decode.js';
import { htmlBlocks } from '../../plans/import/html-blocks.js';
import { matchHeading } from './headings.js';

export interface SourceLine {
  text: string;
  /** Markup says it is a heading: a Word heading style, a bold paragraph, a table's code cell. */
  marked: boolean;
}

const BLANK: SourceLine = { text: '', marked: false };

/**
 * Word's bullet and numbered lists arrive as <li> without their marker; a bullet keeps them
 * list items for the paragraph reader.
 */
const markListItems = (markup: string): string => markup.replace(/<li(?:\s[^>]*)?>/gi, '$&• ');

/**
 * A table row. One whose first cell is a sub-item heading starts an entry: its last cell is the
 * report's text; the cells between repeat the plan (measure text, executors, period). Any other
 * row lists something (an event: title, date, place, participants) and reads as one list item;
 * a header row of column titles as a plain line.
 */
function rowLines(row: RowBlock): SourceLine[] {
  const cells = ownCells(row).map((c) => c.text.replace(/\s*\n\s*/g, '\n').trim());
  const [first = '', ...others] = cells;
  const last = others.at(-1);
  if (last !== undefined && matchHeading(first.replace(/\n/g, ' '), { paragraphStart: true, marked: true }) !== null) {
    return [{ text: first.replace(/\n/g, ' '), marked: true }, ...last.split('\n').map((text) => ({ text, marked: false })), BLANK];
  }
  const line = cells.map((c) => c.replace(/\n/g, ' ')).join(' – ');
  return [{ text: row.marked && !/\d/.test(line) ? line : `• ${line}`, marked: false }, BLANK];
}

function blockLines(block: Block): SourceLine[] {
  if (block.kind === 'blank') return [BLANK];
  if (block.kind === 'row') return rowLines(block);
  return [{ text: block.text, marked: block.heading || block.bold }];
}

export async function readLines(input: { bytes: Uint8Array; fileName?: string }): Promise<SourceLine[]> {
  const document = await decodeDocument(input);
  if (document.format === 'text') return document.content.split('\n').map((text) => ({ text, marked: false }));
  return htmlBlocks(markListItems(document.content), document.format).blocks.flatMap(blockLines);
}
