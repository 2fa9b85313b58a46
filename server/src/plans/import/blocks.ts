/**
 * The format-independent shape of a plan document: a sequence of table rows and free lines in
 * document order. Every reader (tab-separated text, '|'-separated text, plain text, HTML, Word)
 * produces it; everything after it (the table, the chapters, the notes) is format-blind.
 */

export interface Cell {
  /** The cell's text; '\n' marks a line break (soft or hard, see DocumentBlocks.breaks). */
  text: string;
  bold: boolean;
  /** Covered by a cell of an earlier row that spans down (rowspan); `text` repeats that cell's. */
  continued: boolean;
}

export interface RowBlock {
  kind: 'row';
  cells: Cell[];
  /** Formatted as a heading row: bold, one cell spanning the table, or a '|||' filler row. */
  marked: boolean;
}

export interface LineBlock {
  kind: 'line';
  text: string;
  /** A heading by markup (markdown '#', <h1>…<h6>). */
  heading: boolean;
  bold: boolean;
}

/** A blank line: the end of a paragraph. */
export interface BlankBlock {
  kind: 'blank';
}

export type Block = RowBlock | LineBlock | BlankBlock;

export interface DocumentBlocks {
  blocks: Block[];
  /** How the rows were recognised, reported as ParsedPlan.source.layout. */
  layout: string;
  /**
   * 'soft': a line break inside a cell is where a text was wrapped (plain-text layouts), so it
   * carries no meaning. 'hard': it separates paragraphs the author typed (HTML, Word), e.g. one
   * executor or one sub-action per paragraph.
   */
  breaks: 'soft' | 'hard';
  /** The markup ended inside an unclosed table: the file was cut short. */
  truncated: boolean;
}

export const lineBlock = (text: string, heading = false, bold = false): LineBlock => ({
  kind: 'line',
  text,
  heading,
  bold,
});

/** The non-empty cells of a row that are not mere repetitions of a cell spanning down. */
export const ownCells = (row: RowBlock): Cell[] => row.cells.filter((c) => !c.continued && c.text.trim() !== '');
