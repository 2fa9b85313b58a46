import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import { createTestApp, type Client } from '../test/test-app.js';
import { seedOrganisations } from '../seed/seed.js';

const t = await createTestApp();
await seedOrganisations(t.db);
const dmx = (await t.db.owner.selectFrom('organisations').select('id').where('key', '=', 'dmx').executeTakeFirstOrThrow()).id;
const secretariat = await t.as('secretariat');
const focal = await t.as('agency_focal_point', dmx);

/** The measures of the 2014–2018 plan that the State Migration Service's 2016 report speaks of. */
const CODES = ['13.1.1', '13.2.5', '13.2.6', '13.2.10', '13.3.6', '13.3.7', '13.8.1', '13.9.5'];
const plan2014 = [
  'Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2014–2018-ci illər üçün Milli Fəaliyyət Planı',
  ...['13.1', '13.2', '13.3', '13.8', '13.9'].flatMap((section) => [
    `${section}. Bölmə ${section}`,
    ...CODES.filter((code) => code.startsWith(`${section}.`)).map((code) => `${code}.\tTədbir ${code} üzrə işlərin görülməsi\tDövlət Miqrasiya Xidməti\tmütəmadi`),
  ]),
].join('\n');

async function upload(client: Client, url: string, bytes: Buffer) {
  return client.request({ method: 'POST', url, payload: bytes, headers: { 'content-type': 'application/octet-stream' } });
}

const preview = (await upload(secretariat, '/api/plan-imports?fileName=plan-2014.txt', Buffer.from(plan2014))).json();
const { planId } = (await secretariat.post(`/api/plan-imports/${preview.importId}/confirm`, { wording: {} })).json();
const periodId = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2016, dueOn: '2099-01-31' })).json().id;
const report = readFileSync(new URL('./split/fixtures/report-dmx-2016.txt', import.meta.url));

describe('bringing in an existing report', () => {
  test('the 2016 report of the State Migration Service is split onto its measures; nothing is saved before confirming', async () => {
    const response = await upload(focal, `/api/report-imports?periodId=${periodId}&fileName=hesabat-2016.txt`, report);
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.deepEqual(body.items.flatMap((i: { measures: string[] }) => i.measures).sort(), [...CODES].sort());
    const joint = body.items.find((i: { measures: string[] }) => i.measures.includes('13.3.6'));
    assert.equal(joint.entryIds.length, 2, 'one text for two measures goes to both entries');
    const untouched = (await focal.get(`/api/report-entries?periodId=${periodId}&state=draft&pageSize=50`)).json().items;
    for (const entry of untouched) assert.equal((await focal.get(`/api/report-entries/${entry.id}`)).json().narrative, '');

    const items = body.items.flatMap((i: { entryIds: string[]; text: string; activities: unknown[]; figures: unknown[] }) =>
      i.entryIds.map((entryId) => ({ entryId, narrative: i.text, activities: i.activities, figures: i.figures })),
    );
    const applied = await focal.post('/api/report-imports/apply', { periodId, items });
    assert.equal(applied.statusCode, 200, applied.body);
    assert.equal(applied.json().updated, items.length);
    const entries = (await focal.get(`/api/report-entries?periodId=${periodId}&pageSize=50`)).json().items;
    const withActivities = await Promise.all(entries.map(async (e: { id: string }) => (await focal.get(`/api/report-entries/${e.id}`)).json()));
    assert.ok(withActivities.every((e: { narrative: string }) => e.narrative.length > 0));
    assert.ok(withActivities.reduce((n: number, e: { activities: unknown[] }) => n + e.activities.length, 0) >= 10);
  });

  test('a file without sub-item headings is refused with a clear message; other bodies cannot write into these entries', async () => {
    const none = await upload(focal, `/api/report-imports?periodId=${periodId}&fileName=letter.txt`, Buffer.from('Hörmətli Milli Koordinator, hesabatımızı göndəririk.'));
    assert.equal(none.json().code, 'REPORT_NO_ENTRIES');
    const other = await t.as('agency_focal_point');
    const entry = (await focal.get(`/api/report-entries?periodId=${periodId}&pageSize=1`)).json().items[0];
    const intrusion = await other.post('/api/report-imports/apply', { periodId, items: [{ entryId: entry.id, narrative: 'x', activities: [], figures: [] }] });
    assert.equal(intrusion.statusCode, 404);
  });
});

describe('a file with nothing to split it by is attached whole to a chosen entry', () => {
  const attachWhole = (client: Client, query: { periodId: string; entryId: string; fileName: string }, bytes: Buffer) =>
    upload(client, `/api/report-imports/attach?${new URLSearchParams(query).toString()}`, bytes);
  const letter = async () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Hörmətli Milli Koordinator!'), new Paragraph('İlin hesabatını əlavədə göndəririk.')] }] }));
  const ownEntries = async (client: Client, period: string) => (await client.get(`/api/report-entries?periodId=${period}&mine=true&pageSize=50`)).json().items as { id: string }[];

  test('a Word letter without sub-item headings is refused for splitting, then kept whole on the entry the person chose', async () => {
    const word = await letter();
    const refused = await upload(focal, `/api/report-imports?periodId=${periodId}&fileName=məktub.docx`, word);
    assert.equal(refused.json().code, 'REPORT_NO_ENTRIES');
    const [, chosen] = await ownEntries(focal, periodId);
    const attached = await attachWhole(focal, { periodId, entryId: chosen!.id, fileName: 'məktub.docx' }, word);
    assert.equal(attached.statusCode, 201, attached.body);
    assert.equal(attached.json().entryId, chosen!.id);
    assert.equal(attached.json().fileName, 'məktub.docx');
    assert.equal(attached.json().mediaType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const entry = (await focal.get(`/api/report-entries/${chosen!.id}`)).json();
    assert.deepEqual(entry.attachments.map((a: { id: string }) => a.id), [attached.json().id]);
    assert.ok((await focal.get(`/api/report-entries/${chosen!.id}/attachments/${attached.json().id}`)).rawPayload.equals(word), 'kept byte for byte');
    const audit = await t.db.owner.selectFrom('audit_log').select('action').where('record_id', '=', chosen!.id).where('action', '=', 'report_attachment.create').execute();
    assert.equal(audit.length, 1);
  });

  test('a PDF, which cannot be split at all, can be attached whole too', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
    assert.equal((await upload(focal, `/api/report-imports?periodId=${periodId}&fileName=hesabat.pdf`, pdf)).statusCode, 415);
    const [first] = await ownEntries(focal, periodId);
    const attached = await attachWhole(focal, { periodId, entryId: first!.id, fileName: 'hesabat.pdf' }, pdf);
    assert.equal(attached.statusCode, 201, attached.body);
    assert.equal(attached.json().mediaType, 'application/pdf');
  });

  test('the attachments’ checks hold: type by content, empty file, own entry of this period only, open period only', async () => {
    const [first] = await ownEntries(focal, periodId);
    const text = await attachWhole(focal, { periodId, entryId: first!.id, fileName: 'hesabat.docx' }, Buffer.from('Hörmətli Milli Koordinator, hesabatımızı göndəririk.'));
    assert.equal(text.statusCode, 415);
    assert.equal(text.json().code, 'ATTACHMENT_TYPE');
    assert.equal((await attachWhole(focal, { periodId, entryId: first!.id, fileName: 'boş.pdf' }, Buffer.alloc(0))).json().code, 'IMPORT_EMPTY_FILE');

    const word = await letter();
    const other = await t.as('agency_focal_point');
    assert.equal((await attachWhole(other, { periodId, entryId: first!.id, fileName: 'x.docx' }, word)).statusCode, 404, 'another body’s entry');
    const otherBodysEntry = await t.db.owner.selectFrom('report_entries').select('id').where('period_id', '=', periodId).where('organisation_id', '<>', dmx).executeTakeFirst();
    if (otherBodysEntry) assert.equal((await attachWhole(secretariat, { periodId, entryId: otherBodysEntry.id, fileName: 'x.docx' }, word)).statusCode, 403, 'the secretariat does not write reports');

    const nextPeriod = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2017, dueOn: '2099-01-31' })).json().id;
    const [later] = await ownEntries(focal, nextPeriod);
    assert.equal((await attachWhole(focal, { periodId, entryId: later!.id, fileName: 'x.docx' }, word)).statusCode, 404, 'an entry of another period');

    assert.equal((await secretariat.post(`/api/report-periods/${nextPeriod}/close`)).json().status, 'closed');
    const closed = await attachWhole(focal, { periodId: nextPeriod, entryId: later!.id, fileName: 'x.docx' }, word);
    assert.equal(closed.json().code, 'REPORT_PERIOD_CLOSED');
    assert.equal((await focal.get(`/api/report-entries/${later!.id}`)).json().attachments.length, 0);
  });
});
