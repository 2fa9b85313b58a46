import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
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
