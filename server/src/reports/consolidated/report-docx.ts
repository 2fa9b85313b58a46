import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDate } from '../../../../common/src/dates.js';
import type { Activity } from '../report-content.js';
import type { ConsolidatedEntry, ConsolidatedMeasure, ConsolidatedReport } from './consolidated.repository.js';
import { narrativeParagraphs } from './narrative-docx.js';
import type { ActivityKind } from './totals.js';

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  training: 'Təlim',
  awareness: 'Maarifləndirmə',
  meeting: 'Görüş, iclas',
  legal_draft: 'Normativ akt layihəsi',
  inspection: 'Yoxlama, reyd',
  research: 'Tədqiqat',
  international: 'Beynəlxalq tədbir',
  assistance: 'Qurbanlara yardım',
  other: 'Digər',
};

export const STATUS_LABELS: Record<ConsolidatedEntry['status'], string> = {
  not_started: 'Başlanmayıb',
  in_progress: 'İcradadır',
  done: 'İcra edilib',
  continuing: 'Davam edir',
};

export const ANNEX_TITLE = 'Əlavə: yekun göstəricilər';
export const UNREPORTED_TITLE = 'Hesabat təqdim etməyən qurumlar';

/** The vowel of the ordinal suffix follows the last word of the number read aloud: 2021-ci, 2023-cü, 2026-cı, 2030-cu. */
function ordinalSuffix(n: number): string {
  const units = ['', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu']; // bir iki üç dörd beş altı yeddi səkkiz doqquz
  const tens = ['', 'cu', 'ci', 'cu', 'cı', 'ci', 'cı', 'ci', 'ci', 'cı']; // on iyirmi otuz qırx əlli altmış yetmiş səksən doxsan
  if (n % 10) return units[n % 10]!;
  if (Math.floor(n / 10) % 10) return tens[Math.floor(n / 10) % 10]!;
  if (Math.floor(n / 100) % 10) return 'cü'; // yüz
  return 'ci'; // min
}

/** "2021-ci il", "2021-ci ilin I yarımili". */
export function reportPeriodText(period: { kind: 'year' | 'half_year'; year: number; half: number | null }): string {
  const year = `${period.year}-${ordinalSuffix(period.year)}`;
  if (period.kind === 'year' || !period.half) return `${year} il`;
  return `${year} ilin ${period.half === 1 ? 'I' : 'II'} yarımili`;
}

/** Numbers as written in Azerbaijani documents: a decimal comma, no grouping. */
export const formatNumber = (value: number) => String(value).replace('.', ',');

export function figureText(figure: { label: string; value: number; unit: string | null }): string {
  return `${figure.label} — ${formatNumber(figure.value)}${figure.unit ? ` ${figure.unit}` : ''}`;
}

export function activityDate(activity: Activity): string {
  const from = formatDate(activity.dateFrom);
  const to = formatDate(activity.dateTo);
  return from && to && from !== to ? `${from} – ${to}` : from || to;
}

export function activityParticipants(activity: Activity): string {
  if (activity.participants === null && activity.women === null && activity.men === null) return '';
  const split = [activity.women !== null ? `qadın: ${activity.women}` : '', activity.men !== null ? `kişi: ${activity.men}` : ''].filter(Boolean).join(', ');
  return [activity.participants !== null ? String(activity.participants) : '', split ? `(${split})` : ''].filter(Boolean).join(' ');
}

/** Text width of an A4 portrait page with the default margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

function table(headers: string[], rows: string[][], widths: number[]): Table {
  const columnWidths = widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: columnWidths[i]!, type: WidthType.DXA },
      children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: bold || undefined })] })),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i)) })),
    ],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], options: { pageBreakBefore?: boolean } = {}) =>
  new Paragraph({ heading: level, pageBreakBefore: options.pageBreakBefore, children: [new TextRun(text)] });

const labelled = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });

function entryBlock(entry: ConsolidatedEntry): (Paragraph | Table)[] {
  return [
    heading(entry.organisationName, HeadingLevel.HEADING_3),
    labelled('İcra vəziyyəti', STATUS_LABELS[entry.status]),
    ...narrativeParagraphs(entry.narrative),
    ...(entry.activities.length
      ? [
          new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: 'Keçirilmiş tədbirlər', bold: true })] }),
          table(
            ['Tədbir', 'Tarix', 'Yer', 'İştirakçılar'],
            entry.activities.map((a) => [a.title, activityDate(a), a.place ?? '', activityParticipants(a)]),
            [46, 20, 18, 16],
          ),
        ]
      : []),
    ...(entry.figures.length
      ? [
          new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: 'Göstəricilər', bold: true })] }),
          ...entry.figures.map((f) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(figureText(f))] })),
        ]
      : []),
  ];
}

function measureBlock(measure: ConsolidatedMeasure): (Paragraph | Table)[] {
  return [
    heading(`${measure.code}. ${measure.text}`, HeadingLevel.HEADING_2),
    ...(measure.executors ? [labelled('İcraçılar', measure.executors)] : []),
    ...(measure.periodText ? [labelled('İcra müddəti', measure.periodText)] : []),
    ...(measure.entries.length
      ? measure.entries.flatMap(entryBlock)
      : [new Paragraph({ children: [new TextRun({ text: 'Qəbul edilmiş hesabat yoxdur.', italics: true })] })]),
  ];
}

function annex(report: ConsolidatedReport): (Paragraph | Table)[] {
  const { totals } = report;
  return [
    heading(ANNEX_TITLE, HeadingLevel.HEADING_1, { pageBreakBefore: true }),
    heading('Tədbirlər növlər üzrə', HeadingLevel.HEADING_2),
    table(
      ['Tədbirin növü', 'Sayı', 'İştirakçılar'],
      [
        ...totals.activitiesByKind.map((k) => [ACTIVITY_KIND_LABELS[k.kind], String(k.count), String(k.participants)]),
        ['Cəmi', String(totals.activities), String(totals.participants)],
      ],
      [60, 20, 20],
    ),
    heading('İştirakçılar', HeadingLevel.HEADING_2),
    table(
      ['Göstərici', 'Sayı'],
      [
        ['Tədbirlərin iştirakçıları', String(totals.participants)],
        ['Təlim keçmiş şəxslər', String(totals.trained)],
        ['Qadınlar', String(totals.women)],
        ['Kişilər', String(totals.men)],
      ],
      [75, 25],
    ),
    heading('Rəqəmli göstəricilər', HeadingLevel.HEADING_2),
    totals.figures.length
      ? table(
          ['Göstərici', 'Cəmi', 'Ölçü vahidi', 'Hesabatların sayı'],
          totals.figures.map((f) => [f.label, formatNumber(f.value), f.unit ?? '', String(f.count)]),
          [52, 16, 16, 16],
        )
      : new Paragraph({ children: [new TextRun({ text: 'Göstərici yoxdur.', italics: true })] }),
  ];
}

/** The yearly (or half-yearly) report as a ministry sends it: title page, contents, sections, annex, who did not report. */
export async function reportDocx(report: ConsolidatedReport, generatedAt = new Date()): Promise<Buffer> {
  const periodLine = reportPeriodText(report.period);
  const titlePage = [
    new Paragraph({ spacing: { before: 3000 } }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 600 }, children: [new TextRun({ text: report.plan.title, bold: true, size: 32 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [new TextRun({ text: 'İcra hesabatı', bold: true, size: 44 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 1200 }, children: [new TextRun({ text: periodLine, size: 32 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `Tərtib edilib: ${formatDate(generatedAt)}`, size: 24 })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const contents = [
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: 'Mündəricat', bold: true, size: 32 })] }),
    new TableOfContents('Mündəricat', { hyperlink: true, headingStyleRange: '1-1' }),
  ];
  const body = report.sections.flatMap((section) => [
    heading(`${section.code}. ${section.title}`, HeadingLevel.HEADING_1, { pageBreakBefore: true }),
    ...(section.measures.length ? section.measures.flatMap(measureBlock) : []),
  ]);
  const unreported = [
    heading(UNREPORTED_TITLE, HeadingLevel.HEADING_1, { pageBreakBefore: true }),
    ...(report.unreported.length
      ? report.unreported.map((o) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(o.shortName ? `${o.name} (${o.shortName})` : o.name)] }))
      : [new Paragraph({ children: [new TextRun({ text: 'Bütün qurumlar hesabat təqdim edib.', italics: true })] })]),
  ];
  const doc = new Document({
    creator: 'Koordinator',
    title: `${report.plan.title} — İcra hesabatı, ${periodLine}`,
    features: { updateFields: true },
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children: [...titlePage, ...contents, ...body, ...annex(report), ...unreported],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
