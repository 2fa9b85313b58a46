/**
 * The measures table: where it is among the blocks, and its rows read as sections, measures and
 * the continuation rows of a measure (more executors, sub-actions with their own deadlines).
 */
import { ownCells, type Block, type DocumentBlocks, type RowBlock } from './blocks.js';
import { codeDepth, isRoman, parseCode, parsePlainNumber, splitLeadingCode } from './codes.js';
import { detectColumns, headerRoles, isNumberingRow, type Columns } from './columns.js';
import type { ExecutorMatcher } from './executors.js';

export interface RawSubAction {
  text: string;
  period: string;
}

/** A measure as found, before its texts are repaired and its cells interpreted. */
export interface RawMeasure {
  code: string | null;
  /** Index into the sections found, or null before the first section. */
  section: number | null;
  text: string;
  executors: string[];
  period: string;
  subActions: RawSubAction[];
}

export interface RawSection {
  code: string | null;
  title: string;
  /** Formatted as a heading (bold, spanning, '|||'), as opposed to a plain row or line. */
  styled: boolean;
  /** A line outside the table's rows. */
  line: boolean;
}

export interface FoundMeasures {
  measures: RawMeasure[];
  sections: RawSection[];
  /** Blocks before and after the measures. */
  before: Block[];
  after: Block[];
  /** The layout had to be guessed (no header naming the columns, or no table at all). */
  guessed: boolean;
}

const isRow = (b: Block): b is RowBlock => b.kind === 'row';

/** A row that numbers an item: a code on its own or a numbered heading ("4.1. …"). */
const isItemRow = (row: RowBlock): boolean =>
  ownCells(row).some((c) => parseCode(c.text) !== null || splitLeadingCode(c.text)?.code.includes('.') === true);

/** A numbered heading on a line of its own ("4.7. …" outside the rows): part of the table. */
const isHeadingLine = (b: Block): boolean => b.kind === 'line' && splitLeadingCode(b.text)?.code.includes('.') === true;

/** Without numbered rows: the longest run of rows of at least three columns. */
function longestWideRun(blocks: readonly Block[]): { start: number; end: number } | null {
  let best = { start: 0, end: -1 };
  let start = -1;
  for (const [i, b] of blocks.entries()) {
    if (!isRow(b) || b.cells.length < 3) start = -1;
    else if (start < 0) start = i;
    if (start >= 0 && i - start > best.end - best.start) best = { start, end: i };
  }
  return best.end > best.start ? best : null;
}

/**
 * The block range of the measures table: from the first to the last numbered row, widened to
 * the header rows and headings just before and the continuation rows and headings just after.
 */
function tableRange(blocks: readonly Block[]): { start: number; end: number } | null {
  const first = blocks.findIndex((b) => isRow(b) && isItemRow(b));
  const core = first < 0 ? longestWideRun(blocks) : { start: first, end: blocks.findLastIndex((b) => isRow(b) && isItemRow(b)) };
  if (core === null) return null;
  let { start, end } = core;
  const nonBlank = (i: number, step: 1 | -1): number => {
    let j = i;
    while (blocks[j]?.kind === 'blank') j += step;
    return j;
  };
  // Before: header rows and headings, also across blank lines (rows above the header are cut later).
  for (;;) {
    const j = nonBlank(start - 1, -1);
    const block = blocks[j];
    if (block === undefined || !(isRow(block) || isHeadingLine(block))) break;
    start = j;
  }
  // After: rows right below (a task's sub-actions), and headings of sections left empty.
  for (;;) {
    const j = nonBlank(end + 1, 1);
    const heading = blocks[j] !== undefined && isHeadingLine(blocks[j] as Block);
    if (blocks[end + 1]?.kind === 'row') end += 1;
    else if (heading) end = j;
    else break;
  }
  return { start, end };
}

/** The usual depth of measure codes in the code column ("4.1.1" → 3), for telling sections apart. */
function measureDepth(rows: readonly RowBlock[], columns: Columns): number {
  const depths = new Map<number, number>();
  for (const row of rows) {
    const cell = columns.code === null ? undefined : row.cells[columns.code];
    const code = cell === undefined || cell.continued ? null : (parseCode(cell.text) ?? parsePlainNumber(cell.text));
    if (code !== null) depths.set(codeDepth(code), (depths.get(codeDepth(code)) ?? 0) + 1);
  }
  return [...depths].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 1;
}

/** A numbered heading with fewer levels than the measures ("4.1. …" above "4.1.1."), or Roman. */
function sectionHeading(text: string, depth: number): { code: string; rest: string } | null {
  const lead = splitLeadingCode(text);
  if (lead === null || lead.rest === '' || text.length > 400) return null;
  return isRoman(lead.code) || codeDepth(lead.code) < depth ? lead : null;
}

/**
 * Sub-actions of one row. Where line breaks are the author's, the n-th paragraph of the action
 * cell goes with the n-th of the deadline cell; one deadline serves all.
 */
function subActionsOf(actions: string, deadlines: string, hard: boolean): RawSubAction[] {
  const texts = hard ? actions.split('\n') : [actions];
  const periods = hard ? deadlines.split('\n').filter((p) => p.trim() !== '') : [deadlines];
  if (texts.length === periods.length) return texts.map((text, i) => ({ text, period: periods[i] ?? '' }));
  if (periods.length <= 1) return texts.map((text) => ({ text, period: deadlines }));
  return [{ text: texts.join('\n'), period: deadlines }];
}

class MeasureCollector {
  readonly measures: RawMeasure[] = [];
  readonly sections: RawSection[] = [];

  constructor(
    private readonly columns: Columns,
    private readonly depth: number,
    private readonly hardBreaks: boolean,
  ) {}

  private cell(row: RowBlock, index: number | null, includeContinued = false): string {
    const cell = index === null ? undefined : row.cells[index];
    return cell === undefined || (cell.continued && !includeContinued) ? '' : cell.text.trim();
  }

  addLine(text: string): void {
    const heading = sectionHeading(text, this.depth);
    if (heading !== null) this.sections.push({ code: heading.code, title: heading.rest, styled: false, line: true });
  }

  addRow(row: RowBlock): void {
    const own = ownCells(row);
    if (own.length === 0) return;
    const single = own.length === 1 ? (own[0]?.text ?? '') : null;
    const heading = single === null ? null : sectionHeading(single, this.depth);
    if (single !== null && heading !== null) {
      this.sections.push({ code: heading.code, title: heading.rest, styled: row.marked, line: false });
      return;
    }
    if (single !== null && row.marked && parseCode(single) === null && splitLeadingCode(single) === null) {
      this.sections.push({ code: null, title: single, styled: true, line: false });
      return;
    }
    const { code, text } = this.codeAndText(row);
    const current = this.measures.at(-1);
    if (code === null && current !== undefined && (this.spansDown(row, this.columns.code) || this.spansDown(row, this.columns.text))) {
      this.extend(current, row, text, false);
      return;
    }
    const section = this.sections.length > 0 ? this.sections.length - 1 : null;
    const measure: RawMeasure = { code, section, text: '', executors: [], period: '', subActions: [] };
    this.measures.push(measure);
    this.extend(measure, row, text, true);
  }

  /**
   * The cell repeats the one above (rowspan), or is empty where the one above was merged into it
   * in a copy that lost the spans: the row continues the measure above.
   */
  private spansDown(row: RowBlock, index: number | null): boolean {
    const cell = index === null ? undefined : row.cells[index];
    if (cell === undefined) return false;
    return cell.continued || (cell.text.trim() === '' && index === this.columns.text);
  }

  /** The code of a row, from the code column or, without one, from the start of the text. */
  private codeAndText(row: RowBlock): { code: string | null; text: string } {
    const text = this.cell(row, this.columns.text);
    const written = this.cell(row, this.columns.code);
    const code = parseCode(written) ?? parsePlainNumber(written);
    if (code !== null || this.columns.code !== null) return { code, text };
    const lead = splitLeadingCode(text);
    return lead !== null && !isRoman(lead.code) && codeDepth(lead.code) === this.depth ? { code: lead.code, text: lead.rest } : { code: null, text };
  }

  /**
   * Adds a row's cells to a measure. A cell spanning down (rowspan) belongs to every measure it
   * spans, but to the sub-action rows of one task only once.
   */
  private extend(measure: RawMeasure, row: RowBlock, text: string, starts: boolean): void {
    if (text !== '') measure.text = measure.text === '' ? text : `${measure.text}\n${text}`;
    const executors = this.cell(row, this.columns.executors, starts);
    if (executors !== '') measure.executors.push(executors);
    const action = this.cell(row, this.columns.subAction);
    const period = this.cell(row, this.columns.period, starts || action !== '');
    if (action !== '') measure.subActions.push(...subActionsOf(action, period, this.hardBreaks));
    else if (period !== '') measure.period = measure.period === '' ? period : `${measure.period}\n${period}`;
  }
}

/** The measures of the document's table, or null when it has no table with measures. */
export function readMeasureTable(doc: DocumentBlocks, matcher: ExecutorMatcher): FoundMeasures | null {
  const range = tableRange(doc.blocks);
  if (range === null) return null;
  // Rows above the header row (a document's label–value header) are not the table's.
  const headerAt = doc.blocks.findIndex((b, i) => i >= range.start && i <= range.end && isRow(b) && headerRoles(b) !== null);
  const start = headerAt < 0 ? range.start : headerAt;
  const region = doc.blocks.slice(start, range.end + 1);
  const rows = region.filter(isRow);
  // Header rows may repeat (a table split over pages); the first one names the columns.
  const headers = rows.map(headerRoles);
  const body = new Set(rows.filter((r, i) => headers[i] === null && !isNumberingRow(r)));
  const columns = detectColumns(headers.find((h) => h !== null) ?? null, [...body], matcher);
  if (columns === null) return null;
  const collector = new MeasureCollector(columns, measureDepth([...body], columns), doc.breaks === 'hard');
  for (const block of region) {
    if (block.kind === 'line') collector.addLine(block.text);
    else if (block.kind === 'row' && body.has(block)) collector.addRow(block);
  }
  if (collector.measures.length === 0) return null;
  return {
    measures: collector.measures,
    sections: collector.sections,
    before: doc.blocks.slice(0, start),
    after: doc.blocks.slice(range.end + 1),
    guessed: !columns.fromHeader,
  };
}
