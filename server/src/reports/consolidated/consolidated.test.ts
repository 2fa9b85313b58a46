import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { sql } from 'kysely';
import { createTestApp } from '../../test/test-app.js';
import { seedOrganisations } from '../../seed/seed.js';
import { seedPlans } from '../../seed/plans.js';
import { pdfPages, pdfText } from './pdf-text.js';
import { reportPeriodText } from './report-docx.js';

const t = await createTestApp();
await seedOrganisations(t.db);
await seedPlans(t.db);

const organisation = (key: string) => t.db.owner.selectFrom('organisations').select(['id', 'name_az']).where('key', '=', key).executeTakeFirstOrThrow();
const dmx = await organisation('dmx');
const din = await organisation('din');
const planId = (await t.db.owner.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
const measureCount = (await t.db.owner.selectFrom('measures').select(sql<number>`count(*)::int`.as('n')).where('plan_id', '=', planId).executeTakeFirstOrThrow()).n;

const secretariat = await t.as('secretariat');
const coordinator = await t.as('national_coordinator');
const dmxHead = await t.as('agency_head', dmx.id);
const dmxFocal = await t.as('agency_focal_point', dmx.id);
const dinHead = await t.as('agency_head', din.id);
const ombudsman = await t.as('oversight_reader');

const LABEL = 'Qanuniləşdirilmiş əcnəbilər';
const activity = (title: string, participants: number, women: number, men: number) => ({
  kind: 'training' as const,
  title,
  dateFrom: '2021-03-01',
  dateTo: '2021-03-02',
  place: 'Bakı',
  participants,
  women,
  men,
  partners: [],
});

interface Summary {
  id: string;
  measure: { code: string; text: string; section: { code: string } };
}

/** A body's head writes, submits, and the secretariat accepts its first task. */
async function report(client: typeof dmxHead, periodId: string, narrative: string, content: { activities: object[]; figures: object[] }): Promise<Summary> {
  const entry: Summary = (await client.get(`/api/report-entries?periodId=${periodId}&mine=true&pageSize=1`)).json().items[0];
  const saved = await client.put(`/api/report-entries/${entry.id}`, { revision: 0, status: 'done', narrative, needs: [], ...content });
  assert.equal(saved.statusCode, 200, saved.body);
  assert.equal((await client.post(`/api/report-entries/${entry.id}/submit`)).statusCode, 200);
  assert.equal((await secretariat.post(`/api/report-entries/${entry.id}/review`, { decision: 'accept' })).json().state, 'accepted');
  return entry;
}

const download = (client: typeof dmxHead, periodId: string, extension: 'docx' | 'xlsx' | 'pdf') => client.get(`/api/report-periods/${periodId}/report.${extension}`);

test('the period is written the way ministries write it', () => {
  assert.equal(reportPeriodText({ kind: 'year', year: 2021, half: null }), '2021-ci il');
  assert.equal(reportPeriodText({ kind: 'half_year', year: 2021, half: 1 }), '2021-ci ilin I yarımili');
  assert.equal(reportPeriodText({ kind: 'half_year', year: 2023, half: 2 }), '2023-cü ilin II yarımili');
  assert.deepEqual([2020, 2024, 2026, 2029, 2030, 2040, 2100].map((year) => reportPeriodText({ kind: 'year', year, half: null })), [
    '2020-ci il',
    '2024-cü il',
    '2026-cı il',
    '2029-cu il',
    '2030-cu il',
    '2040-cı il',
    '2100-cü il',
  ]);
});

describe('the consolidated report of a period', () => {
  let periodId = '';
  let dmxEntry: Summary;
  let dinEntry: Summary;
  let unreported = '';

  test('two bodies report and are accepted; a third does not report', async () => {
    const opened = await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2021, dueOn: '2099-01-31' });
    assert.equal(opened.statusCode, 201, opened.body);
    periodId = opened.json().id;
    dmxEntry = await report(dmxHead, periodId, 'DMX hesabatı: **1913** əcnəbi qanuniləşdirilib.\n\n- birinci bənd\n- ikinci bənd', {
      activities: [activity('Miqrasiya əməkdaşları üçün təlim', 30, 10, 20)],
      figures: [{ label: LABEL, value: 1913, unit: 'nəfər' }],
    });
    dinEntry = await report(dinHead, periodId, 'DİN hesabatı: polis əməkdaşları təlim keçib.', {
      activities: [activity('Polis əməkdaşları üçün təlim', 12, 5, 7)],
      figures: [{ label: LABEL, value: 87, unit: 'nəfər' }, { label: LABEL, value: 4, unit: 'ailə' }],
    });
    const other = await t.db.owner
      .selectFrom('report_entries')
      .innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
      .select('organisations.name_az')
      .where('report_entries.period_id', '=', periodId)
      .where('organisations.id', 'not in', [dmx.id, din.id])
      .orderBy('organisations.name_az')
      .executeTakeFirstOrThrow();
    unreported = other.name_az;
  });

  test('in Word: every measure, the accepted accounts, the summed figure and who did not report', async () => {
    const response = await download(coordinator, periodId, 'docx');
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /wordprocessingml/);
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="Icra hesabat 2021-ci il.docx"; filename\*=UTF-8''/);
    const text = (await mammoth.extractRawText({ buffer: response.rawPayload })).value;
    for (const expected of ['İcra hesabatı', '2021-ci il', 'Mündəricat', 'Əlavə: yekun göstəricilər', 'Hesabat təqdim etməyən qurumlar']) assert.ok(text.includes(expected), expected);
    assert.ok(text.includes(dmxEntry.measure.text.slice(0, 80)), 'the measure text');
    assert.ok(text.includes(dinEntry.measure.text.slice(0, 80)), 'the measure text');
    assert.ok(text.includes('DMX hesabatı: 1913 əcnəbi qanuniləşdirilib.'), 'the narrative without its markup');
    assert.ok(text.includes('DİN hesabatı: polis əməkdaşları təlim keçib.'));
    assert.ok(text.includes('Miqrasiya əməkdaşları üçün təlim') && text.includes('01.03.2021 – 02.03.2021'), 'the activities table');
    assert.ok(text.includes(`${LABEL} — 1913 nəfər`), 'an entry’s figures');
    assert.match(text, new RegExp(`${LABEL}\\s+2000\\s+nəfər\\s+2`), 'figures with the same label and unit are summed');
    assert.match(text, new RegExp(`${LABEL}\\s+4\\s+ailə\\s+1`), 'a different unit is not');
    assert.match(text, /Təlim\s+2\s+42/, 'activities by kind with their participants');
    const unreportedPart = text.slice(text.lastIndexOf('Hesabat təqdim etməyən qurumlar'));
    assert.ok(unreportedPart.includes(unreported), 'a body that did not report is listed');
    assert.ok(!unreportedPart.includes(dmx.name_az) && !unreportedPart.includes(din.name_az), 'bodies that reported are not');
    const measures = (text.match(/İcraçılar: /g) ?? []).length + (text.match(/Qəbul edilmiş hesabat yoxdur\./g) ?? []).length;
    assert.ok(measures >= measureCount, 'every measure appears');
  });

  test('in Excel: a sheet per section, a row per measure and body, and the totals', async () => {
    const response = await download(secretariat, periodId, 'xlsx');
    assert.equal(response.statusCode, 200, response.body);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sections = await t.db.owner.selectFrom('plan_sections').select('code').where('plan_id', '=', planId).orderBy('position').execute();
    assert.deepEqual(workbook.worksheets.map((s) => s.name), [...sections.map((s) => s.code), 'Yekun']);
    const rows = workbook.getWorksheet(dmxEntry.measure.section.code)!.getSheetValues().filter(Boolean) as unknown[][];
    const dmxRow = rows.find((row) => row[1] === dmxEntry.measure.code && row[3] === dmx.name_az)!;
    assert.ok(dmxRow, 'the accepted body’s row');
    assert.equal(dmxRow[5], 'Qəbul edilib');
    assert.equal(dmxRow[7], 'DMX hesabatı: 1913 əcnəbi qanuniləşdirilib.\n\n• birinci bənd\n• ikinci bənd');
    assert.deepEqual([dmxRow[8], dmxRow[9], dmxRow[10]], [1, 30, `${LABEL} — 1913 nəfər`]);
    const totals = workbook.getWorksheet('Yekun')!.getSheetValues().filter(Boolean) as unknown[][];
    assert.ok(totals.some((row) => row[1] === LABEL && row[2] === 2000 && row[3] === 'nəfər' && row[4] === 2));
    assert.ok(totals.some((row) => row[1] === 'Təlim' && row[2] === 2 && row[3] === 42));
    assert.ok(totals.some((row) => row[1] === 'Qadınlar' && row[2] === 15));
    assert.ok(totals.some((row) => row[1] === unreported));
  });

  test('in PDF: the same content, in Azerbaijani letters, with fonts embedded', async () => {
    const response = await download(coordinator, periodId, 'pdf');
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="Icra hesabat 2021-ci il.pdf"; filename\*=UTF-8''/);
    const pdf = response.rawPayload;
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(pdf.toString('latin1'), /\/FontFile2 /, 'the font travels inside the file');
    const text = pdfText(pdf);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    for (const expected of ['İcra hesabatı', '2021-ci il', 'Mündəricat', 'Əlavə: yekun göstəricilər', 'Hesabat təqdim etməyən qurumlar']) assert.ok(text.includes(expected), expected);
    assert.ok(text.includes(flat(dmxEntry.measure.text)), 'the measure text');
    assert.ok(text.includes(flat(dinEntry.measure.text)), 'the measure text');
    assert.ok(text.includes('DMX hesabatı: 1913 əcnəbi qanuniləşdirilib.'), 'the narrative without its markup');
    assert.ok(text.includes('DİN hesabatı: polis əməkdaşları təlim keçib.'));
    assert.ok(text.includes('• birinci bənd • ikinci bənd'), 'the narrative’s list');
    assert.ok(text.includes('Miqrasiya əməkdaşları üçün təlim 01.03.2021 – 02.03.2021 Bakı 30 (qadın: 10, kişi: 20)'), 'the activities table');
    assert.ok(text.includes(`${LABEL} — 1913 nəfər`), 'an entry’s figures');
    assert.ok(text.includes(`${LABEL} 2000 nəfər 2`), 'figures with the same label and unit are summed');
    assert.ok(text.includes(`${LABEL} 4 ailə 1`), 'a different unit is not');
    assert.ok(text.includes('Təlim 2 42'), 'activities by kind with their participants');
    const unreportedPart = text.slice(text.lastIndexOf('Hesabat təqdim etməyən qurumlar'));
    assert.ok(unreportedPart.includes(unreported), 'a body that did not report is listed');
    assert.ok(!unreportedPart.includes(dmx.name_az) && !unreportedPart.includes(din.name_az), 'bodies that reported are not');
    const measures = (text.match(/İcraçılar: /g) ?? []).length + (text.match(/Qəbul edilmiş hesabat yoxdur\./g) ?? []).length;
    assert.ok(measures >= measureCount, 'every measure appears');

    // The contents name the page each section starts on.
    const pages = pdfPages(pdf);
    const sections = await t.db.owner.selectFrom('plan_sections').select(['code', 'title']).where('plan_id', '=', planId).orderBy('position').execute();
    const first = sections[0]!;
    const entryLine = new RegExp(`^(\\d+)\\s+${first.code.replace(/\./g, '\\.')}\\. `, 'm');
    const page = Number(entryLine.exec(pages[1]!)?.[1]);
    assert.ok(pages[page - 1]!.startsWith(`${first.code}. ${first.title.split(/\s+/)[0]}`), `section ${first.code} starts on page ${page}`);
  });

  test('oversight may have it once the period is closed; bodies never; an unknown period is not found', async () => {
    assert.equal((await download(ombudsman, periodId, 'docx')).statusCode, 403);
    assert.equal((await download(dmxFocal, periodId, 'docx')).statusCode, 403);
    assert.equal((await download(dmxHead, periodId, 'xlsx')).statusCode, 403);
    assert.equal((await download(ombudsman, periodId, 'pdf')).statusCode, 403);
    assert.equal((await download(secretariat, '00000000-0000-4000-8000-000000000000', 'docx')).statusCode, 404);
    assert.equal((await secretariat.post(`/api/report-periods/${periodId}/close`)).json().status, 'closed');
    assert.equal((await download(ombudsman, periodId, 'docx')).statusCode, 200);
    assert.equal((await download(ombudsman, periodId, 'xlsx')).statusCode, 200);
    assert.equal((await download(ombudsman, periodId, 'pdf')).statusCode, 200);
    assert.equal((await download(dmxFocal, periodId, 'docx')).statusCode, 403);
    assert.equal((await download(dmxHead, periodId, 'pdf')).statusCode, 403);
  });
});

test('a full plan-year, every body’s account accepted, sums every figure (its speed is a benchmark)', async () => {
  const periodId = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2022, dueOn: '2099-01-31' })).json().id;
  const narrative = Array.from({ length: 4 }, (_, i) => `${i + 1}. abzas: **görülmüş işlər** haqqında ətraflı məlumat, tədbirlər və nəticələr.`).join('\n\n') + '\n\n- bənd\n- bənd';
  const activities = Array.from({ length: 5 }, (_, i) => activity(`Tədbir ${i + 1}`, 20, 10, 10));
  await t.db.owner
    .updateTable('report_entries')
    .set({ state: 'accepted', status: 'done', narrative, activities: JSON.stringify(activities), figures: JSON.stringify([{ label: LABEL, value: 10, unit: 'nəfər' }]) })
    .where('period_id', '=', periodId)
    .execute();
  const entries = (await t.db.owner.selectFrom('report_entries').select(sql<number>`count(*)::int`.as('n')).where('period_id', '=', periodId).executeTakeFirstOrThrow()).n;
  const response = await download(secretariat, periodId, 'docx');
  assert.equal(response.statusCode, 200);
  const text = (await mammoth.extractRawText({ buffer: response.rawPayload })).value;
  assert.match(text, new RegExp(`${LABEL}\\s+${entries * 10}\\s+nəfər\\s+${entries}`));
  assert.equal((await download(secretariat, periodId, 'xlsx')).statusCode, 200);
  const pdf = await download(secretariat, periodId, 'pdf');
  assert.equal(pdf.statusCode, 200);
  assert.ok(pdfText(pdf.rawPayload).includes(`${LABEL} ${entries * 10} nəfər ${entries}`));
});
