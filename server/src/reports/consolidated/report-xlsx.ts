import ExcelJS from 'exceljs';
import { neutraliseFormulas } from '../../http/spreadsheet.js';
import type { ConsolidatedReport } from './consolidated.repository.js';
import { narrativePlainText } from './narrative-docx.js';
import { ACTIVITY_KIND_LABELS, STATUS_LABELS, figureText, reportPeriodText } from './report-docx.js';

const ROLE_LABELS = { executor: 'İcraçı', involved: 'Cəlb olunan tərəf', recommended: 'Tövsiyə olunan iştirakçı' } as const;
const STATE_ACCEPTED = 'Qəbul edilib';
export const TOTALS_SHEET = 'Yekun';

/** Excel forbids these in sheet names, and allows 31 characters. */
function sheetName(code: string, taken: Set<string>): string {
  const base = code.replace(/[\\/?*[\]:]/g, '-').replace(/^'+|'+$/g, '').slice(0, 31) || 'Bölmə';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** One sheet per section, one row per measure and accepted body; then a sheet of totals. */
export async function reportXlsx(report: ConsolidatedReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koordinator';
  workbook.title = `${report.plan.title} — İcra hesabatı, ${reportPeriodText(report.period)}`;
  const taken = new Set<string>([TOTALS_SHEET.toLowerCase()]);
  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(sheetName(section.code, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [
      { header: 'Tədbir', key: 'code', width: 9 },
      { header: 'Tədbirin adı', key: 'text', width: 60 },
      { header: 'Təşkilat', key: 'organisation', width: 40 },
      { header: 'Rol', key: 'role', width: 18 },
      { header: 'Hesabatın vəziyyəti', key: 'state', width: 16 },
      { header: 'İcra vəziyyəti', key: 'status', width: 16 },
      { header: 'Hesabat', key: 'narrative', width: 80 },
      { header: 'Tədbirlərin sayı', key: 'activities', width: 12 },
      { header: 'İştirakçılar', key: 'participants', width: 12 },
      { header: 'Göstəricilər', key: 'figures', width: 50 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const measure of section.measures) {
      const base = { code: measure.code, text: measure.text };
      if (!measure.entries.length) sheet.addRow({ ...base, organisation: '', role: '', state: '', status: '', narrative: '', activities: null, participants: null, figures: '' });
      for (const entry of measure.entries) {
        sheet.addRow({
          ...base,
          organisation: entry.organisationName,
          role: ROLE_LABELS[entry.role],
          state: STATE_ACCEPTED,
          status: STATUS_LABELS[entry.status],
          narrative: narrativePlainText(entry.narrative),
          activities: entry.activities.length,
          participants: entry.activities.reduce((sum, a) => sum + (a.participants ?? 0), 0),
          figures: entry.figures.map(figureText).join('\n'),
        });
      }
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    for (const key of ['text', 'narrative', 'figures']) sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  }

  const totals = workbook.addWorksheet(TOTALS_SHEET);
  totals.columns = [
    { key: 'a', width: 50 },
    { key: 'b', width: 14 },
    { key: 'c', width: 14 },
    { key: 'd', width: 18 },
  ];
  const title = (text: string) => {
    if (totals.rowCount) totals.addRow([]);
    totals.addRow([text]).font = { bold: true, size: 12 };
  };
  const header = (...cells: string[]) => {
    totals.addRow(cells).font = { bold: true };
  };
  title('Tədbirlər növlər üzrə');
  header('Tədbirin növü', 'Sayı', 'İştirakçılar');
  for (const k of report.totals.activitiesByKind) totals.addRow([ACTIVITY_KIND_LABELS[k.kind], k.count, k.participants]);
  totals.addRow(['Cəmi', report.totals.activities, report.totals.participants]).font = { bold: true };
  title('İştirakçılar');
  totals.addRow(['Tədbirlərin iştirakçıları', report.totals.participants]);
  totals.addRow(['Təlim keçmiş şəxslər', report.totals.trained]);
  totals.addRow(['Qadınlar', report.totals.women]);
  totals.addRow(['Kişilər', report.totals.men]);
  title('Rəqəmli göstəricilər');
  header('Göstərici', 'Cəmi', 'Ölçü vahidi', 'Hesabatların sayı');
  for (const f of report.totals.figures) totals.addRow([f.label, f.value, f.unit ?? '', f.count]);
  title('Hesabat təqdim etməyən qurumlar');
  for (const o of report.unreported) totals.addRow([o.name, o.shortName ?? '']);
  neutraliseFormulas(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
