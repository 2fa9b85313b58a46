import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { createTestApp, type Client } from '../test/test-app.js';
import { seedOrganisations } from '../seed/seed.js';
import { SEED_PLAN_DOCUMENTS } from '../seed/plans.js';

const t = await createTestApp();
await seedOrganisations(t.db);
const [legalDatabase, newsPrint] = SEED_PLAN_DOCUMENTS.map((path) => readFileSync(path)) as [Buffer, Buffer];

async function upload(client: Client, bytes: Buffer, fileName: string, planId?: string) {
  return client.request({
    method: 'POST',
    url: `/api/plan-imports?fileName=${encodeURIComponent(fileName)}${planId ? `&planId=${planId}` : ''}`,
    payload: bytes,
    headers: { 'content-type': 'application/octet-stream' },
  });
}

const secretariat = await t.as('secretariat');
let planId = '';

describe('importing the 2020–2024 plan from its two sources', () => {
  test('the official export is previewed, with its warnings, before anything is written', async () => {
    const preview = await upload(secretariat, legalDatabase, 'plan.txt');
    assert.equal(preview.statusCode, 200, preview.body);
    const body = preview.json();
    assert.equal(body.target, null);
    assert.equal(body.changes.newPlan, true);
    assert.equal(body.measures.at(-1).code, '4.8.3');
    assert.ok(body.warnings.some((w: { code: string }) => w.code === 'document_cut_off'));
    assert.equal((await secretariat.get('/api/plans')).json().items.length, 0, 'a preview writes no plan');
    const confirmed = await secretariat.post(`/api/plan-imports/${body.importId}/confirm`, { wording: {} });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    planId = confirmed.json().planId;
    assert.equal((await secretariat.post(`/api/plan-imports/${body.importId}/confirm`, { wording: {} })).json().code, 'IMPORT_ALREADY_APPLIED');
  });

  test('the news print completes the same plan to 69 measures in 9 sections', async () => {
    const preview = (await upload(secretariat, newsPrint, 'news.txt')).json();
    assert.equal(preview.target.id, planId, 'the second source is recognised as the same plan');
    assert.ok(preview.changes.addMeasures.includes('4.9.3'));
    const wording = Object.fromEntries(preview.changes.wordingDifferences.map((d: { code: string }) => [d.code, 'keep']));
    const confirmed = await secretariat.post(`/api/plan-imports/${preview.importId}/confirm`, { wording });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const plan = (await secretariat.get(`/api/plans/${planId}`)).json();
    assert.equal(plan.measureCount, 69);
    assert.equal(plan.sectionCount, 9);
    assert.ok(plan.notes.length > 0, 'the closing notes came from the second source');
    assert.ok(plan.chapters.length >= 3, 'the chapters came from the first source');
    assert.equal(plan.act.number, '2173');
  });

  test('importing the same file again changes nothing', async () => {
    const before = (await secretariat.get(`/api/measures?planId=${planId}&pageSize=200`)).json();
    for (const [bytes, name] of [[newsPrint, 'news.txt'], [legalDatabase, 'plan.txt']] as const) {
      const preview = (await upload(secretariat, bytes, name)).json();
      assert.equal(preview.changes.addMeasures.length, 0);
      assert.equal(preview.changes.completeMeasures.length, 0);
      assert.equal(preview.changes.wordingDifferences.length, 0);
      await secretariat.post(`/api/plan-imports/${preview.importId}/confirm`, { wording: {} });
    }
    const after = (await secretariat.get(`/api/measures?planId=${planId}&pageSize=200`)).json();
    assert.deepEqual(after, before);
  });

  test('recommended participants from the closing notes are on their measures', async () => {
    const measure = (await secretariat.get(`/api/measures?planId=${planId}&q=&pageSize=200`)).json().items.find((m: { code: string }) => m.code === '4.1.1');
    const recommended = measure.participants.filter((p: { role: string }) => p.role === 'recommended');
    assert.ok(recommended.length > 0);
    assert.ok(recommended.every((p: { organisation: unknown }) => p.organisation !== null));
  });
});

describe('browsing and search', () => {
  test('search ignores case and diacritics', async () => {
    const found = (await secretariat.get(`/api/measures?planId=${planId}&q=${encodeURIComponent('mecburi EMEK')}`)).json();
    assert.ok(found.total > 0);
    const folded = (text: string) => text.toLocaleLowerCase('az').replace(/ə/g, 'e').replace(/ü/g, 'u');
    for (const m of found.items) assert.ok(folded(m.text).includes('mecburi') && folded(m.text).includes('emek'), m.text);
    assert.ok(found.items.some((m: { text: string }) => /məcburi əmək/i.test(m.text)));
  });

  test('filters by organisation and role, section and period', async () => {
    const orgs = (await secretariat.get('/api/organisations?q=DMX')).json().items;
    const dmx = orgs.find((o: { key: string }) => o.key === 'dmx');
    const asExecutor = (await secretariat.get(`/api/measures?planId=${planId}&organisationId=${dmx.id}&role=executor&pageSize=200`)).json();
    assert.ok(asExecutor.total > 0);
    for (const m of asExecutor.items) assert.ok(m.participants.some((p: { role: string; organisation: { id: string } | null }) => p.role === 'executor' && p.organisation?.id === dmx.id));
    const section = (await secretariat.get(`/api/measures?planId=${planId}&section=4.3&pageSize=200`)).json();
    assert.ok(section.items.every((m: { section: { code: string } }) => m.section.code === '4.3'));
    const ongoing = (await secretariat.get(`/api/measures?planId=${planId}&period=ongoing&pageSize=200`)).json();
    assert.ok(ongoing.total > 0 && ongoing.items.every((m: { period: { kind: string } }) => m.period.kind === 'ongoing'));
  });

  test('my measures are those where my organisation takes part', async () => {
    const dmxId = (await secretariat.get('/api/organisations?q=DMX')).json().items.find((o: { key: string }) => o.key === 'dmx').id;
    const focal = await t.as('agency_focal_point', dmxId);
    const mine = (await focal.get('/api/measures?mine=true&pageSize=200')).json();
    assert.ok(mine.total > 0);
    for (const m of mine.items) assert.ok(m.participants.some((p: { organisation: { id: string } | null }) => p.organisation?.id === dmxId));
  });
});

describe('corrections and links', () => {
  test('the secretariat corrects a measure; the change is kept as history; others may not', async () => {
    const measure = (await secretariat.get(`/api/measures?planId=${planId}&section=4.1&pageSize=1`)).json().items[0];
    const correction = {
      text: `${measure.text} (düzəliş)`,
      period: { kind: 'range', from: '2020-01-01', to: '2023-12-31', text: '2020–2023' },
      participants: measure.participants.map((p: { role: string; name: string; organisation: { id: string } | null }) => ({ role: p.role, name: p.name, organisationId: p.organisation?.id ?? null })),
      reason: 'Rəsmi mətnlə tutuşdurma',
    };
    const updated = await secretariat.put(`/api/measures/${measure.id}`, correction);
    assert.equal(updated.statusCode, 200, updated.body);
    const detail = (await secretariat.get(`/api/measures/${measure.id}`)).json();
    assert.equal(detail.text, correction.text);
    const revision = detail.revisions.find((r: { source: string }) => r.source === 'edit');
    assert.equal(revision.reason, 'Rəsmi mətnlə tutuşdurma');
    assert.equal(revision.before.text, measure.text);
    assert.deepEqual(Object.keys(revision.after).sort(), ['period', 'text']);
    const focal = await t.as('agency_focal_point');
    assert.equal((await focal.put(`/api/measures/${measure.id}`, correction)).statusCode, 403);
    assert.equal(detail.abilities.edit, true);
    assert.equal((await focal.get(`/api/measures/${measure.id}`)).json().abilities.edit, false);
  });

  test('a measure continues one of an earlier plan, shown both ways', async () => {
    const oldPlan = [
      'Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2014–2018-ci illər üçün Milli Fəaliyyət Planı',
      '13.1. Qanunvericiliyin təkmilləşdirilməsi',
      '13.1.1.\tİnsan alverinə qarşı mübarizə sahəsində qanunvericiliyin təkmilləşdirilməsi\tƏdliyyə Nazirliyi\t2014-2015',
      '13.1.2.\tBeynəlxalq təcrübənin öyrənilməsi\tXarici İşlər Nazirliyi\tmütəmadi',
    ].join('\n');
    const earlier = await upload(secretariat, Buffer.from(oldPlan), 'old.txt');
    if (earlier.statusCode !== 200) return assert.fail(earlier.body);
    const old = (await secretariat.post(`/api/plan-imports/${earlier.json().importId}/confirm`, { wording: {} })).json();
    const oldMeasure = (await secretariat.get(`/api/measures?planId=${old.planId}`)).json().items[0];
    const current = (await secretariat.get(`/api/measures?planId=${planId}&pageSize=1`)).json().items[0];
    assert.equal((await secretariat.post(`/api/measures/${current.id}/continues`, { measureId: oldMeasure.id })).statusCode, 204);
    assert.equal((await secretariat.get(`/api/measures/${current.id}`)).json().continues[0].id, oldMeasure.id);
    assert.equal((await secretariat.get(`/api/measures/${oldMeasure.id}`)).json().continuedBy[0].id, current.id);
    const samePlan = (await secretariat.get(`/api/measures?planId=${planId}&pageSize=2`)).json().items[1];
    assert.equal((await secretariat.post(`/api/measures/${current.id}/continues`, { measureId: samePlan.id })).statusCode, 400);
  });
});

describe('exports', () => {
  test('Word: the four-column table with the plan’s measures', async () => {
    const response = await secretariat.get(`/api/plans/${planId}/export.docx`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-disposition']), /attachment; filename=/);
    const { value } = await mammoth.extractRawText({ buffer: response.rawPayload });
    for (const expected of ['Sıra №-si', 'Tədbirin adı', 'İcraçı orqanlar', '4.9.3.', 'Nazirlər Kabineti']) assert.ok(value.includes(expected), expected);
  });

  test('Excel: one row per measure and participant', async () => {
    const response = await secretariat.get(`/api/plans/${planId}/export.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const codes = new Set<string>();
    sheet.eachRow((row, n) => n > 1 && codes.add(String(row.getCell(3).value)));
    assert.equal(codes.size, 69);
    assert.ok(sheet.rowCount > 69);
  });
});

describe('bad input', () => {
  for (const [name, bytes, code] of [
    ['empty.txt', Buffer.alloc(0), 'IMPORT_EMPTY_FILE'],
    ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'IMPORT_UNSUPPORTED_FORMAT'],
    ['letter.txt', Buffer.from('Hörmətli həmkarlar,\nsizə məktub yazırıq.\n'), 'IMPORT_NO_MEASURES'],
  ] as const) {
    test(`${name}: ${code}, nothing written`, async () => {
      const before = (await secretariat.get('/api/plans')).json().items.length;
      const response = await upload(secretariat, bytes, name);
      assert.equal(response.json().code, code, response.body);
      assert.equal((await secretariat.get('/api/plans')).json().items.length, before);
    });
  }

  test('an agency cannot import', async () => {
    const head = await t.as('agency_head');
    assert.equal((await upload(head, newsPrint, 'x.txt')).statusCode, 403);
  });
});

describe('names the importer did not recognise', () => {
  test('an administrator maps a name once; its measures and every later import use the mapping', async () => {
    const admin = await t.as('admin');
    const document = (code: string) =>
      Buffer.from(
        [
          `Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2025–2029-cu illər üçün Milli Fəaliyyət Planı ${code}`,
          '5.1. Koordinasiya',
          `5.1.1.\tİşçi qrupunun iclaslarının keçirilməsi\tZəngəzur Regional İnkişaf Birliyi, Daxili İşlər Nazirliyi\t2025-2026`,
          `5.1.2.\tMəlumat mübadiləsi\tDaxili İşlər Nazirliyi\tmütəmadi`,
        ].join('\n'),
      );
    const first = (await upload(secretariat, document('A'), 'a.txt')).json();
    assert.ok(first.warnings.some((w: { code: string }) => w.code === 'executors_not_recognised'));
    await secretariat.post(`/api/plan-imports/${first.importId}/confirm`, { wording: {} });
    const unmatched = (await admin.get('/api/plans/unmatched-names')).json().items;
    const entry = unmatched.find((u: { name: string }) => u.name === 'Zəngəzur Regional İnkişaf Birliyi');
    assert.ok(entry, JSON.stringify(unmatched));
    const ngo = (await admin.post('/api/organisations', { nameAz: 'Zəngəzur Regional İnkişaf Birliyi İctimai Birliyi', shortName: 'ZRİB', kind: 'ngo' })).json();
    const mapped = await admin.post('/api/plans/name-mappings', { name: entry.name, organisationId: ngo.id });
    assert.equal(mapped.json().updated, 1);
    assert.ok(!(await admin.get('/api/plans/unmatched-names')).json().items.some((u: { name: string }) => u.name === entry.name));
    const second = (await upload(secretariat, document('B'), 'b.txt')).json();
    const executor = second.measures[0].executors.find((e: { name: string }) => e.name === entry.name);
    assert.equal(executor.organisationId, ngo.id, 'the next import knows the name');
    assert.equal((await secretariat.post('/api/plans/name-mappings', { name: entry.name, organisationId: ngo.id })).statusCode, 403);
  });
});

describe('the command line', () => {
  test('plan import --dry-run --json prints the documented document and writes nothing', async () => {
    const { planJson } = await import('../cli/plan-json.js');
    const { analyseImport } = await import('./plan-import.service.js');
    const { inTransaction } = await import('../db/database.js');
    const analysis = await inTransaction(t.db, null, (tx) => analyseImport(tx, { bytes: newsPrint, fileName: 'news.txt', mediaType: null }, undefined));
    const json = planJson(analysis.parsed);
    assert.deepEqual(Object.keys(json), ['plan', 'sections', 'measures', 'warnings']);
    assert.equal(json.measures.length, 69);
    assert.deepEqual(Object.keys(json.measures[0]!).sort(), ['code', 'confidence', 'executors', 'period', 'recommended', 'section', 'subActions', 'text']);
    assert.match(json.plan.period!.from, /^\d{4}-\d{2}-\d{2}$/);
  });
});
