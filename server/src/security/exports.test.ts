/**
 * Formula injection: text that a spreadsheet would run (=, +, -, @ at the start, or a tab or
 * carriage return before them) leaves every Excel and CSV export as inert text.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { neutraliseFormulas } from '../http/spreadsheet.js';
import { createTestApp } from '../test/test-app.js';
import { FORMULAS } from './hostile-values.js';
import { acceptedEntry, buildWorld } from './world.js';

const t = await createTestApp();
const world = await buildWorld(t);
const { as } = world;

/** Any cell of any sheet that a spreadsheet program would evaluate, with where it is. */
async function liveFormulas(bytes: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const found: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const where = `${sheet.name}!${cell.address}`;
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) found.push(`${where}: formula ${cell.formula}`);
        // Numbers are numbers (a negative figure is no formula); text is what a spreadsheet might evaluate.
        const text = typeof cell.value === 'string' ? cell.value : cell.type === ExcelJS.ValueType.RichText ? cell.text : null;
        if (text !== null && /^[=+\-@\t\r]/.test(text)) found.push(`${where}: ${JSON.stringify(text)}`);
      });
    });
  });
  return found;
}

/** All text of a workbook, to show the hostile values did reach it. */
async function workbookText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const parts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void parts.push(cell.text))));
  return parts.join('\n');
}

describe('formula injection in exports', () => {
  test('the plan in Excel: measure texts, participants and organisations', async () => {
    const [first, second] = world.measureIds as [string, string];
    for (const [i, id] of [first, second].entries()) {
      const corrected = await as.secretariat.put(`/api/measures/${id}`, {
        text: FORMULAS[i]!,
        period: { kind: 'ongoing', from: null, to: null, text: FORMULAS[2]! },
        participants: FORMULAS.map((name) => ({ role: 'involved', name, organisationId: null })),
        reason: 'Sınaq',
      });
      assert.equal(corrected.statusCode, 200, corrected.body);
    }
    const organisation = await as.admin.post('/api/organisations', { nameAz: '=HYPERLINK("https://evil.example","Bax")', shortName: '@SUM(1)', kind: 'ngo' });
    assert.equal(organisation.statusCode, 201, organisation.body);
    const mapped = await as.secretariat.put(`/api/measures/${first}`, {
      text: FORMULAS[0]!,
      period: null,
      participants: [{ role: 'executor', name: '-2+3', organisationId: organisation.json().id }],
      reason: 'Sınaq',
    });
    assert.equal(mapped.statusCode, 200, mapped.body);

    const response = await as.oversight_reader.get(`/api/plans/${world.planId}/export.xlsx`);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(await liveFormulas(response.rawPayload), []);
    const text = await workbookText(response.rawPayload);
    for (const value of [FORMULAS[1]!, '=HYPERLINK("https://evil.example","Bax")', '-2+3']) assert.ok(text.includes(value), `${value} is in the sheet, as text`);
  });

  test('the consolidated report in Excel: narratives, figures, their labels and units, bodies', async () => {
    await acceptedEntry(world, world.entryIds[0]!, {
      narrative: FORMULAS.join('\n'),
      figures: [
        { label: '=1+1', value: -5, unit: '@unit' },
        { label: '+cmd|\' /C calc\'!A0', value: 3, unit: '-x' },
      ],
      activities: [{ kind: 'training', title: '=WEBSERVICE("https://evil.example")', dateFrom: '2022-03-01', dateTo: '2022-03-02', place: '@Bakı', participants: 10, women: 5, men: 5, partners: ['+partner'] }],
    });
    const response = await as.secretariat.get(`/api/report-periods/${world.periodId}/report.xlsx`);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(await liveFormulas(response.rawPayload), []);
    const text = await workbookText(response.rawPayload);
    assert.ok(text.includes('=1+1') && text.includes(FORMULAS[0]!), 'the hostile values are there, as text');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const numbers: number[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'number' && numbers.push(cell.value)))));
    assert.ok(numbers.includes(-5), 'a negative figure stays a number');
  });

  test('control characters that XML cannot carry do not make a workbook unreadable', async () => {
    const id = world.measureIds[3]!;
    const saved = await as.secretariat.put(`/api/measures/${id}`, { text: 'Tədbir\u0001 mətni\u000b ikinci sətir\u001f', period: null, participants: [{ role: 'involved', name: 'Qurum\u0008', organisationId: null }], reason: 'Sınaq' });
    assert.equal(saved.statusCode, 200, saved.body);
    await acceptedEntry(world, world.entryIds[1]!, { narrative: 'Hesabat\u0002 mətni\u000c son', figures: [{ label: 'Say\u0007', value: 1, unit: null }] });
    for (const url of [`/api/plans/${world.planId}/export.xlsx`, `/api/report-periods/${world.periodId}/report.xlsx`]) {
      const response = await as.secretariat.get(url);
      assert.equal(response.statusCode, 200);
      const text = await workbookText(response.rawPayload);
      assert.doesNotMatch(text, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    }
    const report = await workbookText((await as.secretariat.get(`/api/report-periods/${world.periodId}/report.xlsx`)).rawPayload);
    assert.ok(report.includes('Hesabat mətni son'), 'the text is kept without them');
  });

  test('whatever text reaches a workbook, the file opens again: characters XML cannot carry are dropped', async () => {
    // Values as they could come from an imported document or older data, past the input checks.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sınaq');
    sheet.addRow(['Nul\u0000 bel\u0001 zəng\u0007', 'Sətir\u000b səhifə\u000c son\u001f', 'Ayrı \ud800 yarım \udfff', 'Qeyri\ufffe simvol\uffff', 'Tab\tsətir\nson', 'Cüt 😀 qalır']);
    sheet.addRow(['\u0001=1+2', { richText: [{ text: '\u0002' }, { text: '=SUM(A1)\u0003', font: { bold: true } }, { text: ' son\ud83d' }] }]);
    neutraliseFormulas(workbook);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const [first, second] = [1, 2].map((n) => reread.getWorksheet('Sınaq')!.getRow(n));
    assert.deepEqual((first!.values as unknown[]).slice(1), ['Nul bel zəng', 'Sətir səhifə son', 'Ayrı  yarım ', 'Qeyri simvol', 'Tab\tsətir\nson', 'Cüt 😀 qalır']);
    assert.equal(second!.getCell(1).value, "'=1+2", 'a formula hidden behind a control character stays inert');
    assert.equal(second!.getCell(2).text, "'=SUM(A1) son");
    assert.deepEqual(await liveFormulas(Buffer.from(await reread.xlsx.writeBuffer())), []);
  });

  test('the de-identified case export in CSV: no field can start a formula', async () => {
    const response = await as.secretariat.get('/api/statistics/export.csv?k=11');
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    for (const field of response.body.split(/\r\n|,/)) assert.doesNotMatch(field.replace(/^"/, ''), /^[=+\-@\t\r]/);
  });
});
