import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { formatDate } from '../../../../common/src/dates.js';
import { executorsCell, type ExportPlan } from './export.repository.js';

const HEADERS = ['Sıra №-si', 'Tədbirin adı', 'İcraçı orqanlar', 'İcra müddəti (illər üzrə)'];
const WIDTHS = [9, 51, 25, 15];

function cell(text: string, options: { bold?: boolean; span?: number; width?: number } = {}) {
  return new TableCell({
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.bold })] })),
    columnSpan: options.span,
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
  });
}

function measureText(measure: ExportPlan['sections'][number]['measures'][number]): string {
  return [measure.text, ...measure.subActions.map((a) => `– ${a.text}${a.periodText ? ` (${a.periodText})` : ''}`)].join('\n');
}

/** The official four-column table, section rows across the table, then the closing notes. */
export async function planDocx(plan: ExportPlan): Promise<Buffer> {
  const rows = [
    new TableRow({ tableHeader: true, children: HEADERS.map((h, i) => cell(h, { bold: true, width: WIDTHS[i] })) }),
    new TableRow({ children: ['1', '2', '3', '4'].map((n) => cell(n)) }),
    ...plan.sections.flatMap((section) => [
      new TableRow({ children: [cell(`${section.code}. ${section.title}`, { bold: true, span: 4 })] }),
      ...section.measures.map(
        (m) => new TableRow({ children: [cell(`${m.code}.`), cell(measureText(m)), cell(executorsCell(m.participants)), cell(m.periodText)] }),
      ),
    ]),
  ];
  const act = plan.act ? `${plan.act.kind ?? ''} № ${plan.act.number}${plan.act.date ? `, ${formatDate(plan.act.date)}` : ''}`.trim() : null;
  const doc = new Document({
    creator: 'Koordinator',
    title: plan.title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(plan.title)] }),
          ...(act ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: act, italics: true })] })] : []),
          new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
          ...plan.notes.map((note) => new Paragraph({ spacing: { before: 200 }, children: [new TextRun(note)] })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
