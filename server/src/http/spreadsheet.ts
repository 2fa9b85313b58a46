import type { CellRichTextValue, Workbook } from 'exceljs';

/** What a spreadsheet takes for the start of a formula; some skip a tab or carriage return before looking. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Characters XML 1.0 cannot carry: control characters other than tab, line feed and carriage
 * return, U+FFFE and U+FFFF, and halves of a surrogate pair standing alone. One of them in a cell
 * makes a workbook Excel refuses to open; they reach text from pasted or imported documents.
 */
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text a spreadsheet shows as written and never evaluates: what would start a formula gets a
 * leading apostrophe (the neutralisation OWASP recommends for CSV injection), and characters no
 * spreadsheet file can hold are dropped. Every Excel and CSV export goes through here.
 */
export function spreadsheetText(value: string): string {
  const clean = value.replace(NOT_IN_XML, '');
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

function isRichText(value: unknown): value is CellRichTextValue {
  return typeof value === 'object' && value !== null && Array.isArray((value as CellRichTextValue).richText);
}

/** Every text cell of a workbook made inert and writable, just before it is written: one pass, whatever columns an export has. */
export function neutraliseFormulas(workbook: Workbook): void {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (typeof value === 'string') cell.value = spreadsheetText(value);
        else if (isRichText(value)) {
          const runs = value.richText.map((run) => ({ ...run, text: run.text.replace(NOT_IN_XML, '') }));
          if (runs[0] && FORMULA_START.test(runs.map((run) => run.text).join(''))) runs[0] = { ...runs[0], text: `'${runs[0].text}` };
          cell.value = { richText: runs };
        }
      }),
    ),
  );
}
