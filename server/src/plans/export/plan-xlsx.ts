import ExcelJS from 'exceljs';
import { neutraliseFormulas } from '../../http/spreadsheet.js';
import type { ExportPlan } from './export.repository.js';

const ROLE_LABELS = { executor: 'İcraçı', involved: 'Cəlb olunan tərəf', generic: 'Ümumi icraçı', recommended: 'Tövsiyə olunan iştirakçı' } as const;

/** One row per measure and participant, so the sheet can be filtered by organisation or role. */
export async function planXlsx(plan: ExportPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koordinator';
  const sheet = workbook.addWorksheet('Tədbirlər', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Bölmə', key: 'section', width: 8 },
    { header: 'Bölmənin adı', key: 'sectionTitle', width: 30 },
    { header: 'Tədbir', key: 'code', width: 9 },
    { header: 'Tədbirin adı', key: 'text', width: 70 },
    { header: 'Rol', key: 'role', width: 22 },
    { header: 'İştirakçı (mətndə)', key: 'name', width: 40 },
    { header: 'Təşkilat', key: 'organisation', width: 40 },
    { header: 'Qısa ad', key: 'shortName', width: 12 },
    { header: 'İcra müddəti', key: 'period', width: 14 },
    { header: 'Başlanğıc', key: 'from', width: 12 },
    { header: 'Son', key: 'to', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const section of plan.sections) {
    for (const m of section.measures) {
      const base = { section: section.code, sectionTitle: section.title, code: m.code, text: m.text, period: m.periodText, from: m.periodFrom ?? '', to: m.periodTo ?? '' };
      const participants = m.participants.length ? m.participants : [null];
      for (const p of participants) {
        sheet.addRow({ ...base, role: p ? ROLE_LABELS[p.role] : '', name: p?.name ?? '', organisation: p?.organisationName ?? '', shortName: p?.organisationShortName ?? '' });
      }
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  sheet.getColumn('text').alignment = { wrapText: true, vertical: 'top' };
  neutraliseFormulas(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
