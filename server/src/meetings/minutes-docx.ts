/**
 * The minutes of a meeting as a Word document in the form bodies file them: title, date, place,
 * the bodies present, the agenda, the course of the meeting, the decisions, and their action items
 * as a table. Built from the meeting as the reader sees it, so a body's copy holds only the action
 * items it may see.
 */
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { formatDate } from '../../../common/src/dates.js';
import type { Tx } from '../db/database.js';
import { narrativeParagraphs } from '../reports/consolidated/narrative-docx.js';
import type { Actor } from '../policies/policy.js';
import type { ActionItemStatus, MeetingKind, Standing } from '../db/schema-meetings.js';
import { presentMeeting, type Meeting } from './meetings.presenter.js';
import { findMeeting } from './meetings.repository.js';

/** The body that met, as the heading names it ("… iclası"). */
export const MEETING_OF: Record<MeetingKind, string> = {
  commission: 'İdarələrarası Komissiyanın iclası',
  working_group: 'Milli Koordinator yanında İşçi Qrupun iclası',
  ad_hoc: 'Müşavirə',
};

export const STANDING_LABELS: Record<Standing, string> = { member: 'üzv', observer: 'müşahidəçi' };

export const ACTION_STATUS_LABELS: Record<ActionItemStatus, string> = {
  open: 'İcra olunmayıb',
  in_progress: 'İcradadır',
  done: 'İcra edilib',
  cancelled: 'Ləğv edilib',
};

export const SECTION_TITLES = {
  present: 'İclasda iştirak edən qurumlar',
  absent: 'Dəvət olunmuş, iştirak etməmiş qurumlar',
  persons: 'İştirakçılar',
  agenda: 'Gündəlik',
  minutes: 'İclasın gedişi',
  decisions: 'Qərarlar',
  actionItems: 'Tapşırıqlar',
} as const;

/** The meeting with everything the reader may see of it, or null when it is not theirs to see. */
export async function loadMinutes(tx: Tx, actor: Actor, id: string, today: string): Promise<Meeting | null> {
  const row = await findMeeting(tx, actor, id);
  return row ? presentMeeting(tx, actor, row, today) : null;
}

export function minutesFileName(meeting: Pick<Meeting, 'heldOn' | 'kind'>): string {
  return `Protokol ${formatDate(meeting.heldOn)} ${MEETING_OF[meeting.kind]}.docx`;
}

/** "12.03.2026, saat 10:00". */
export function whenText(meeting: Pick<Meeting, 'heldOn' | 'startsAt'>): string {
  return meeting.startsAt ? `${formatDate(meeting.heldOn)}, saat ${meeting.startsAt}` : formatDate(meeting.heldOn);
}

const organisationText = (o: { nameAz: string; shortName: string }) => (o.shortName && o.shortName !== o.nameAz ? `${o.nameAz} (${o.shortName})` : o.nameAz);

/** Text width of an A4 portrait page with the default margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

function table(headers: string[], rows: string[][], widths: number[]): Table {
  const columnWidths = widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: columnWidths[i]!, type: WidthType.DXA },
      children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: bold || undefined, size: 20 })] })),
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

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun(text)] });
const labelled = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
const numbered = (n: number, text: string) => new Paragraph({ indent: { left: 360, hanging: 360 }, children: [new TextRun(`${n}. ${text}`)] });
const none = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });

export async function minutesDocx(meeting: Meeting, generatedAt = new Date()): Promise<Buffer> {
  const present = meeting.bodies.filter((b) => b.present);
  const absent = meeting.bodies.filter((b) => !b.present);
  const persons = meeting.persons.filter((p) => p.present);
  const agendaNumber = new Map(meeting.agenda.map((item, i) => [item.id, i + 1]));
  const actionItems = meeting.decisions.flatMap((d) => d.actionItems.map((a) => ({ decision: d, item: a })));

  const title = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: 'PROTOKOL', bold: true, size: 36 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: MEETING_OF[meeting.kind], size: 28 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: meeting.title, bold: true, size: 28 })] }),
    labelled('Tarix', whenText(meeting)),
    ...(meeting.place ? [labelled('Yer', meeting.place)] : []),
    ...(meeting.onlineUrl ? [labelled('Onlayn', meeting.onlineUrl)] : []),
  ];

  const attendance = [
    heading(SECTION_TITLES.present),
    ...(present.length ? present.map((b, i) => numbered(i + 1, `${organisationText(b.organisation)} — ${STANDING_LABELS[b.standing]}`)) : [none('Qeyd edilməyib.')]),
    ...(absent.length ? [heading(SECTION_TITLES.absent), ...absent.map((b, i) => numbered(i + 1, `${organisationText(b.organisation)} — ${STANDING_LABELS[b.standing]}`))] : []),
    ...(persons.length
      ? [heading(SECTION_TITLES.persons), ...persons.map((p, i) => numbered(i + 1, p.organisation ? `${p.name} — ${p.organisation.shortName || p.organisation.nameAz}` : p.name))]
      : []),
  ];

  const agenda = [
    heading(SECTION_TITLES.agenda),
    ...(meeting.agenda.length
      ? meeting.agenda.flatMap((item, i) => [
          numbered(i + 1, item.title),
          ...(item.measures.length
            ? [new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: `Plan tədbirləri: ${item.measures.map((m) => m.code).join(', ')}`, italics: true, size: 20 })] })]
            : []),
        ])
      : [none('Gündəlik qeyd edilməyib.')]),
  ];

  const minutes = narrativeParagraphs(meeting.minutes);
  const course = [heading(SECTION_TITLES.minutes), ...(minutes.length ? minutes : [none('Yazılmayıb.')])];

  const decisions = [
    heading(SECTION_TITLES.decisions),
    ...(meeting.decisions.length
      ? meeting.decisions.flatMap((d) => {
          const item = d.agendaItemId ? agendaNumber.get(d.agendaItemId) : undefined;
          return [
            new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: `Qərar № ${d.number}`, bold: true }), ...(item ? [new TextRun({ text: ` (gündəliyin ${item} nömrəli məsələsi üzrə)`, italics: true })] : [])] }),
            ...d.text.split(/\n+/).map((line) => new Paragraph({ children: [new TextRun(line)] })),
          ];
        })
      : [none('Qərar qəbul edilməyib.')]),
  ];

  const tasks = actionItems.length
    ? [
        heading(SECTION_TITLES.actionItems),
        table(
          ['Qərar №', 'Tapşırıq', 'Məsul qurum', 'İcra müddəti', 'Vəziyyət', 'Qeyd'],
          actionItems.map(({ decision, item }) => [
            String(decision.number),
            item.task || decision.text,
            item.organisation.shortName || item.organisation.nameAz,
            formatDate(item.dueOn),
            ACTION_STATUS_LABELS[item.status],
            item.note,
          ]),
          [9, 35, 16, 13, 12, 15],
        ),
      ]
    : [];

  const doc = new Document({
    creator: 'Koordinator',
    title: `Protokol — ${MEETING_OF[meeting.kind]}, ${formatDate(meeting.heldOn)}`,
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children: [
          ...title,
          ...attendance,
          ...agenda,
          ...course,
          ...decisions,
          ...tasks,
          new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: `Tərtib edilib: ${formatDate(generatedAt)}`, size: 20, italics: true })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
