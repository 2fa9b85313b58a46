/**
 * The consolidated report as PDF: the same content and order as the Word edition (title page,
 * contents, sections → measures → accepted accounts, annex with totals, who did not report), laid
 * out with pdfkit. The fonts are DejaVu TrueType files from the `dejavu-fonts-ttf` package, embedded
 * (subset) in the file, so every Azerbaijani letter prints on any machine (see decision 009).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { parseNarrative, type Inline } from '../../../../common/src/narrative.js';
import { formatDate } from '../../../../common/src/dates.js';
import type { ConsolidatedEntry, ConsolidatedMeasure, ConsolidatedReport } from './consolidated.repository.js';
import {
  ACTIVITY_KIND_LABELS,
  ANNEX_TITLE,
  STATUS_LABELS,
  UNREPORTED_TITLE,
  activityDate,
  activityParticipants,
  figureText,
  formatNumber,
  reportPeriodText,
} from './report-docx.js';

type Doc = PDFKit.PDFDocument;
type FontName = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FONT_FILES: Record<FontName, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
};

let fonts: Record<FontName, Buffer> | undefined;
/** The font files, read once: resolved through the package, never from the system. */
function fontData(): Record<FontName, Buffer> {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const read = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    fonts = { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold), italic: read(FONT_FILES.italic), boldItalic: read(FONT_FILES.boldItalic) };
  }
  return fonts;
}

/** A4 with the Word edition's margins (one inch). */
const MARGIN = 72;
const SIZE = { body: 10, small: 9, h1: 16, h2: 12, h3: 11 };
const GAP = 6;
const LINE_GAP = 1.5;

interface Run {
  text: string;
  font: FontName;
}

const runsOf = (inlines: readonly Inline[]): Run[] => inlines.filter((i) => i.text).map((i) => ({ text: i.text, font: i.bold ? 'bold' : 'regular' }));

/** A destination name for a level-1 heading, for the contents' links. */
const destinationOf = (index: number) => `part-${index}`;

class Layout {
  /** Level-1 headings in order, with the page (counted from 1, the title page) each begins on. */
  readonly parts: { title: string; page: number }[] = [];

  constructor(readonly doc: Doc) {}

  get left() {
    return this.doc.page.margins.left;
  }
  get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get pageNumber() {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count;
  }

  /** Starts a new page unless `height` still fits on this one. */
  keep(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** Text of mixed fonts as one flowing paragraph, starting at `x`. */
  runs(runs: readonly Run[], x: number, width: number, size = SIZE.body, y?: number) {
    const { doc } = this;
    doc.fontSize(size);
    if (!runs.length) return;
    runs.forEach((run, i) => {
      doc.font(run.font);
      const options = { width, lineGap: LINE_GAP, continued: i < runs.length - 1 };
      if (i === 0) doc.text(run.text, x, y ?? doc.y, options);
      else doc.text(run.text, options);
    });
    doc.x = this.left;
  }

  paragraph(runs: readonly Run[], options: { size?: number; after?: number } = {}) {
    this.keep(this.lineHeight(options.size));
    this.runs(runs, this.left, this.width, options.size);
    this.doc.y += options.after ?? GAP;
  }

  /** "Label: value", the label bold. */
  labelled(label: string, value: string) {
    this.paragraph([
      { text: `${label}: `, font: 'bold' },
      { text: value, font: 'regular' },
    ]);
  }

  bullet(runs: readonly Run[]) {
    const { doc } = this;
    const indent = 16;
    this.keep(this.lineHeight());
    const y = doc.y;
    doc.font('regular').fontSize(SIZE.body).text('•', this.left + 4, y, { lineBreak: false });
    this.runs(runs, this.left + indent, this.width - indent, SIZE.body, y);
    doc.y += 2;
  }

  lineHeight(size = SIZE.body) {
    return this.doc.font('regular').fontSize(size).currentLineHeight(true) + LINE_GAP;
  }

  heading(text: string, level: 1 | 2 | 3) {
    const { doc } = this;
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    if (level === 1) {
      doc.addPage();
      const index = this.parts.length;
      this.parts.push({ title: text, page: this.pageNumber });
      doc.outline.addItem(text);
      doc.font('bold').fontSize(size).text(text, this.left, doc.y, { width: this.width, destination: destinationOf(index) });
      doc.y += GAP * 2;
      return;
    }
    // A heading is never left alone at the foot of a page.
    const height = doc.font('bold').fontSize(size).heightOfString(text, { width: this.width }) + 3 * this.lineHeight();
    doc.y += level === 2 ? GAP * 2 : GAP;
    this.keep(height);
    doc.font('bold').fontSize(size).text(text, this.left, doc.y, { width: this.width, lineGap: LINE_GAP });
    doc.y += GAP / 2;
  }

  /** A ruled table; a row is never split, and the header is repeated on every page it spans. */
  table(headers: readonly string[], rows: readonly (readonly string[])[], percents: readonly number[], numeric: readonly number[] = []) {
    const { doc } = this;
    const pad = 4;
    const widths = percents.map((p) => (this.width * p) / 100);
    const cellHeight = (text: string, i: number, font: FontName) =>
      doc.font(font).fontSize(SIZE.small).heightOfString(text || ' ', { width: widths[i]! - 2 * pad, lineGap: 1 }) + 2 * pad;
    const rowHeight = (cells: readonly string[], font: FontName) => Math.max(...cells.map((text, i) => cellHeight(text, i, font)));
    const headerHeight = rowHeight(headers, 'bold');
    const tallest = this.bottom - this.doc.page.margins.top - headerHeight;

    const draw = (cells: readonly string[], font: FontName, height: number, shaded: boolean) => {
      const y = doc.y;
      let x = this.left;
      cells.forEach((text, i) => {
        const w = widths[i]!;
        if (shaded) doc.save().rect(x, y, w, height).fill('#eeeeee').restore();
        doc.save().lineWidth(0.5).strokeColor('#888888').rect(x, y, w, height).stroke().restore();
        const align = numeric.includes(i) ? 'right' : 'left';
        doc.font(font).fontSize(SIZE.small).fillColor('black').text(text, x + pad, y + pad, { width: w - 2 * pad, height: height - 2 * pad, lineGap: 1, ellipsis: true, align });
        x += w;
      });
      doc.x = this.left;
      doc.y = y + height;
    };

    this.keep(headerHeight + (rows[0] ? Math.min(rowHeight(rows[0], 'regular'), tallest) : 0));
    draw(headers, 'bold', headerHeight, true);
    for (const row of rows) {
      const height = Math.min(rowHeight(row, 'regular'), tallest);
      if (doc.y + height > this.bottom) {
        doc.addPage();
        draw(headers, 'bold', headerHeight, true);
      }
      draw(row, 'regular', height, false);
    }
    doc.y += GAP;
  }
}

function narrative(layout: Layout, text: string) {
  for (const block of parseNarrative(text)) {
    if (block.type === 'paragraph') layout.paragraph(runsOf(block.inlines));
    else {
      for (const item of block.items) layout.bullet(runsOf(item));
      layout.doc.y += GAP / 2;
    }
  }
}

function entryBlock(layout: Layout, entry: ConsolidatedEntry) {
  layout.heading(entry.organisationName, 3);
  layout.labelled('İcra vəziyyəti', STATUS_LABELS[entry.status]);
  narrative(layout, entry.narrative);
  if (entry.activities.length) {
    layout.keep(4 * layout.lineHeight());
    layout.paragraph([{ text: 'Keçirilmiş tədbirlər', font: 'bold' }], { after: 3 });
    layout.table(
      ['Tədbir', 'Tarix', 'Yer', 'İştirakçılar'],
      entry.activities.map((a) => [a.title, activityDate(a), a.place ?? '', activityParticipants(a)]),
      [46, 20, 18, 16],
    );
  }
  if (entry.figures.length) {
    layout.keep(2 * layout.lineHeight());
    layout.paragraph([{ text: 'Göstəricilər', font: 'bold' }], { after: 3 });
    for (const figure of entry.figures) layout.bullet([{ text: figureText(figure), font: 'regular' }]);
  }
}

function measureBlock(layout: Layout, measure: ConsolidatedMeasure) {
  layout.heading(`${measure.code}. ${measure.text}`, 2);
  if (measure.executors) layout.labelled('İcraçılar', measure.executors);
  if (measure.periodText) layout.labelled('İcra müddəti', measure.periodText);
  if (measure.entries.length) for (const entry of measure.entries) entryBlock(layout, entry);
  else layout.paragraph([{ text: 'Qəbul edilmiş hesabat yoxdur.', font: 'italic' }]);
}

function annex(layout: Layout, report: ConsolidatedReport) {
  const { totals } = report;
  layout.heading(ANNEX_TITLE, 1);
  layout.heading('Tədbirlər növlər üzrə', 2);
  layout.table(
    ['Tədbirin növü', 'Sayı', 'İştirakçılar'],
    [...totals.activitiesByKind.map((k) => [ACTIVITY_KIND_LABELS[k.kind], String(k.count), String(k.participants)]), ['Cəmi', String(totals.activities), String(totals.participants)]],
    [60, 20, 20],
    [1, 2],
  );
  layout.heading('İştirakçılar', 2);
  layout.table(
    ['Göstərici', 'Sayı'],
    [
      ['Tədbirlərin iştirakçıları', String(totals.participants)],
      ['Təlim keçmiş şəxslər', String(totals.trained)],
      ['Qadınlar', String(totals.women)],
      ['Kişilər', String(totals.men)],
    ],
    [75, 25],
    [1],
  );
  layout.heading('Rəqəmli göstəricilər', 2);
  if (totals.figures.length)
    layout.table(
      ['Göstərici', 'Cəmi', 'Ölçü vahidi', 'Hesabatların sayı'],
      totals.figures.map((f) => [f.label, formatNumber(f.value), f.unit ?? '', String(f.count)]),
      [46, 16, 16, 22],
      [1, 3],
    );
  else layout.paragraph([{ text: 'Göstərici yoxdur.', font: 'italic' }]);
}

function titlePage(layout: Layout, report: ConsolidatedReport, generatedAt: Date) {
  const { doc } = layout;
  const centred = (text: string, font: FontName, size: number, after: number) => {
    doc.font(font).fontSize(size).text(text, layout.left, doc.y, { width: layout.width, align: 'center' });
    doc.y += after;
  };
  doc.y = 220;
  centred(report.plan.title, 'bold', 15, 36);
  centred('İcra hesabatı', 'bold', 22, 14);
  centred(reportPeriodText(report.period), 'regular', 15, 80);
  centred(`Tərtib edilib: ${formatDate(generatedAt)}`, 'regular', 11, 0);
}

const CONTENTS_TITLE = 'Mündəricat';
const CONTENTS_SIZE = 11;
const PAGE_COLUMN = 36;

/** How many pages the contents will take, measured before anything after them is laid out. */
function contentsPages(layout: Layout, titles: readonly string[]): number {
  const { doc } = layout;
  const available = layout.bottom - doc.page.margins.top;
  let used = doc.font('bold').fontSize(SIZE.h1).heightOfString(CONTENTS_TITLE) + GAP * 2;
  let pages = 1;
  for (const title of titles) {
    const height = doc.font('regular').fontSize(CONTENTS_SIZE).heightOfString(title, { width: layout.width - PAGE_COLUMN - 8 }) + GAP;
    if (used + height > available) {
      pages += 1;
      used = 0;
    }
    used += height;
  }
  return pages;
}

/** The contents, written last onto the pages kept for them: each part, its page, and a link to it. */
function writeContents(layout: Layout, firstPageIndex: number) {
  const { doc } = layout;
  doc.switchToPage(firstPageIndex);
  doc.x = layout.left;
  doc.y = doc.page.margins.top;
  doc.font('bold').fontSize(SIZE.h1).text(CONTENTS_TITLE, layout.left, doc.y, { width: layout.width });
  doc.y += GAP * 2;
  let pageIndex = firstPageIndex;
  layout.parts.forEach((part, index) => {
    const height = doc.font('regular').fontSize(CONTENTS_SIZE).heightOfString(part.title, { width: layout.width - PAGE_COLUMN - 8 });
    if (doc.y + height > layout.bottom) {
      pageIndex += 1;
      doc.switchToPage(pageIndex);
      doc.y = doc.page.margins.top;
    }
    const y = doc.y;
    doc.text(String(part.page), layout.left + layout.width - PAGE_COLUMN, y, { width: PAGE_COLUMN, align: 'right', lineBreak: false });
    doc.text(part.title, layout.left, y, { width: layout.width - PAGE_COLUMN - 8, goTo: destinationOf(index) });
    doc.y += GAP;
  });
}

/** Page numbers at the foot of every page but the title page. */
function numberPages(layout: Layout) {
  const { doc } = layout;
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the bottom margin would otherwise start a page
    doc.font('regular').fontSize(SIZE.small).text(String(i + 1), doc.page.margins.left, doc.page.height - MARGIN / 2 - SIZE.small, { width: layout.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

export interface PdfOptions {
  generatedAt?: Date;
  /** Deflate the page streams (default); off only to read them in tests. */
  compress?: boolean;
}

/** The yearly (or half-yearly) report as PDF, with the Word edition's content and order. */
export function reportPdf(report: ConsolidatedReport, options: PdfOptions = {}): Promise<Buffer> {
  const generatedAt = options.generatedAt ?? new Date();
  const periodLine = reportPeriodText(report.period);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    compress: options.compress ?? true,
    lang: 'az',
    displayTitle: true,
    info: { Title: `${report.plan.title} — İcra hesabatı, ${periodLine}`, Author: 'Koordinator', Creator: 'Koordinator', CreationDate: generatedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const data = fontData();
  for (const name of Object.keys(data) as FontName[]) doc.registerFont(name, data[name]);

  const layout = new Layout(doc);
  titlePage(layout, report, generatedAt);

  const titles = [...report.sections.map((s) => `${s.code}. ${s.title}`), ANNEX_TITLE, UNREPORTED_TITLE];
  const contentsIndex = layout.pageNumber; // the page after the title page, counted from 0
  for (let i = contentsPages(layout, titles); i > 0; i--) doc.addPage();

  for (const section of report.sections) {
    layout.heading(`${section.code}. ${section.title}`, 1);
    for (const measure of section.measures) measureBlock(layout, measure);
  }
  annex(layout, report);
  layout.heading(UNREPORTED_TITLE, 1);
  if (report.unreported.length) for (const o of report.unreported) layout.bullet([{ text: o.shortName ? `${o.name} (${o.shortName})` : o.name, font: 'regular' }]);
  else layout.paragraph([{ text: 'Bütün qurumlar hesabat təqdim edib.', font: 'italic' }]);

  writeContents(layout, contentsIndex);
  numberPages(layout);
  doc.end();
  return done;
}
