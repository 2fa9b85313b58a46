/**
 * HTML (a saved web page, the legal database's HTML form, or mammoth's rendering of a Word
 * document) as blocks: paragraphs and headings become lines, table rows become rows with
 * rowspan and colspan laid out on a grid. A deliberately small tokenizer: plan pages are simple
 * markup, and what it does not understand it reads as text.
 */
import { lineBlock, type Block, type Cell, type DocumentBlocks, type RowBlock } from './blocks.js';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', bdquo: '„', lsquo: '‘', rsquo: '’',
  ndash: '–', mdash: '—', minus: '−', hellip: '…', middot: '·', bull: '•', numero: '№',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  }).replace(/[\u00a0\u00ad]/g, (ch) => (ch === '\u00a0' ? ' ' : ''));
}

const TOKEN = /<!--[\s\S]*?-->|<(script|style|head|title)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</g;
/** Tags that end a line of text. */
const LINE_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer', 'dt', 'dd', 'pre', 'hr', 'caption', 'center']);
const HEADINGS = /^h[1-6]$/;
const BOLD_TAGS = new Set(['b', 'strong']);
/** Spans beyond these are typing errors in the markup, not layout. */
const MAX_ROWSPAN = 500;
const MAX_COLSPAN = 50;

/** Text with how much of it (non-space characters) was bold. */
class Run {
  text = '';
  private chars = 0;
  private boldChars = 0;
  add(text: string, bold: boolean): void {
    this.text += text;
    const n = text.replace(/\s/g, '').length;
    this.chars += n;
    if (bold) this.boldChars += n;
  }
  get bold(): boolean {
    return this.chars > 0 && this.boldChars === this.chars;
  }
}

interface SourceCell {
  run: Run;
  /** A <th>: column titles, bold by definition. */
  header: boolean;
  rowspan: number;
  colspan: number;
}

interface OpenTable {
  rows: SourceCell[][];
  row: SourceCell[] | null;
  cell: SourceCell | null;
  /** A table holding another table only arranges the page: its cells are read as paragraphs. */
  layout: boolean;
}

const spanOf = (attributes: string, name: string, max: number): number => {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes);
  return Math.min(Math.max(Number(m?.[1] ?? 1), 1), max);
};

const cellText = (run: Run): string =>
  run.text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');

/** Rows laid out on a grid: a rowspan repeats its cell below as `continued`, a colspan leaves ''. */
function gridRows(rows: readonly SourceCell[][]): RowBlock[] {
  const grid: Cell[][] = rows.map(() => []);
  const origins: { row: number; colspan: number }[] = [];
  rows.forEach((row, r) => {
    const line = grid[r] ?? [];
    let c = 0;
    for (const source of row) {
      while (line[c] !== undefined) c++;
      const text = cellText(source.run);
      const bold = source.header || source.run.bold;
      for (let dr = 0; dr < source.rowspan && r + dr < grid.length; dr++) {
        for (let dc = 0; dc < source.colspan; dc++) {
          const target = grid[r + dr] ?? [];
          target[c + dc] = { text: dc === 0 ? text : '', bold, continued: dr > 0 };
        }
      }
      if (text !== '') origins.push({ row: r, colspan: source.colspan });
      c += source.colspan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line, r) => {
    const cells = Array.from({ length: width }, (_, c) => line[c] ?? { text: '', bold: false, continued: false });
    const own = origins.filter((o) => o.row === r);
    const filled = cells.filter((c) => !c.continued && c.text !== '');
    const spansTable = own.length === 1 && (own[0]?.colspan ?? 1) * 2 >= width && width > 1;
    return { kind: 'row', cells, marked: spansTable || (filled.length > 0 && filled.every((c) => c.bold)) };
  });
}

/** Reads the token stream into blocks: paragraphs as lines, data tables as rows. */
class HtmlReader {
  readonly blocks: Block[] = [];
  private readonly tables: OpenTable[] = [];
  private paragraph = new Run();
  private heading = false;
  private boldDepth = 0;

  /** The innermost table, unless it only arranges the page. */
  private get dataTable(): OpenTable | undefined {
    const top = this.tables.at(-1);
    return top !== undefined && !top.layout ? top : undefined;
  }

  text(raw: string): void {
    const text = decodeEntities(raw).replace(/\s+/g, ' ');
    const table = this.dataTable;
    if (table === undefined) this.paragraph.add(text, this.boldDepth > 0);
    else table.cell?.run.add(text, this.boldDepth > 0); // text between cells is layout whitespace
  }

  tag(name: string, closing: boolean, attributes: string): void {
    const table = this.dataTable;
    if (BOLD_TAGS.has(name)) this.boldDepth = Math.max(0, this.boldDepth + (closing ? -1 : 1));
    if (name === 'table') {
      if (closing) this.closeTable();
      else this.openTable(table);
    } else if (name === 'td' || name === 'th' || name === 'tr') {
      if (table === undefined) this.endParagraph();
      else if (name === 'tr') {
        closeRow(table);
        if (!closing) table.row = [];
      } else {
        closeCell(table);
        if (!closing) {
          const [rowspan, colspan] = [spanOf(attributes, 'rowspan', MAX_ROWSPAN), spanOf(attributes, 'colspan', MAX_COLSPAN)];
          table.cell = { run: new Run(), header: name === 'th', rowspan, colspan };
        }
      }
    } else if (LINE_TAGS.has(name)) {
      if (table?.cell) table.cell.run.add('\n', false);
      else if (name === 'br') this.flushLine();
      else this.endParagraph();
      if (HEADINGS.test(name)) this.heading = !closing;
    }
  }

  /** Closes what is open; true when a table was still open (the file was cut short). */
  finish(): boolean {
    const truncated = this.tables.length > 0;
    while (this.tables.length > 0) this.closeTable();
    this.flushLine();
    return truncated;
  }

  private flushLine(): void {
    const text = this.paragraph.text.replace(/\s+/g, ' ').trim();
    if (text !== '') this.blocks.push(lineBlock(text, this.heading, this.paragraph.bold));
    this.paragraph = new Run();
  }

  private endParagraph(): void {
    this.flushLine();
    if (this.blocks.at(-1)?.kind !== 'blank') this.blocks.push({ kind: 'blank' });
  }

  /** A table inside a cell makes the outer table a layout table: what it held so far is text. */
  private openTable(outer: OpenTable | undefined): void {
    if (outer?.cell) {
      closeRow(outer);
      for (const row of outer.rows) for (const source of row) for (const text of cellText(source.run).split('\n')) this.blocks.push(lineBlock(text));
      outer.rows = [];
      outer.layout = true;
    }
    this.flushLine();
    this.tables.push({ rows: [], row: null, cell: null, layout: false });
  }

  private closeTable(): void {
    const table = this.tables.pop();
    if (table === undefined) return;
    closeRow(table);
    if (!table.layout) this.blocks.push(...gridRows(table.rows));
  }
}

function closeCell(table: OpenTable): void {
  if (table.cell !== null) (table.row ??= []).push(table.cell);
  table.cell = null;
}

function closeRow(table: OpenTable): void {
  closeCell(table);
  if (table.row !== null) table.rows.push(table.row);
  table.row = null;
}

export function htmlBlocks(markup: string, format: 'html' | 'docx'): DocumentBlocks {
  const reader = new HtmlReader();
  for (const m of markup.matchAll(TOKEN)) {
    const [whole, , closing, name, attributes = '', text] = m;
    if (text !== undefined || whole === '<') reader.text(text ?? '<');
    else if (name !== undefined) reader.tag(name.toLowerCase(), closing === '/', attributes);
    // else: a comment, or a script, style or head element with its content
  }
  const truncated = reader.finish();
  const hasTable = reader.blocks.some((b) => b.kind === 'row');
  return { blocks: reader.blocks, layout: `${format}-${hasTable ? 'table' : 'paragraphs'}`, breaks: 'hard', truncated };
}
