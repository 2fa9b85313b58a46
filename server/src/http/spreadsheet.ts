import type { Workbook } from 'exceljs';

/** What a spreadsheet takes for the start of a formula; some skip a tab or carriage return before looking. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet shows as written and never evaluates: what would start a formula gets a
 * leading apostrophe (the neutralisation OWASP recommends for CSV injection). Every Excel and CSV
 * export goes through here.
 */
export function spreadsheetText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Every text cell of a workbook made inert, just before it is written: one pass, whatever columns an export has. */
export function neutraliseFormulas(workbook: Workbook): void {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = spreadsheetText(cell.value);
      }),
    ),
  );
}
