import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import { createTestApp, type Client } from '../../test/test-app.js';
import { seedOrganisations } from '../../seed/seed.js';
import { seedPlans } from '../../seed/plans.js';

const t = await createTestApp();
await seedOrganisations(t.db);
await seedPlans(t.db);
const dmx = (await t.db.owner.selectFrom('organisations').select('id').where('key', '=', 'dmx').executeTakeFirstOrThrow()).id;
const planId = (await t.db.owner.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
const secretariat = await t.as('secretariat');
const focal = await t.as('agency_focal_point', dmx);
const head = await t.as('agency_head', dmx);
const stranger = await t.as('agency_focal_point');

const periodId = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2022, dueOn: '2099-01-31' })).json().id;
const entryId = (await focal.get(`/api/report-entries?periodId=${periodId}&pageSize=1`)).json().items[0].id;

function attach(client: Client, fileName: string, bytes: Buffer) {
  return client.request({ method: 'POST', url: `/api/report-entries/${entryId}/attachments?fileName=${encodeURIComponent(fileName)}`, payload: bytes, headers: { 'content-type': 'application/octet-stream' } });
}

describe('attachments of a report entry', () => {
  test('a Word file is kept with its detected type and comes back byte for byte; the download is audited', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Seminarın proqramı')] }] }));
    const created = await attach(focal, 'proqram.pdf', docx);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().mediaType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'the type comes from the content, not the name');
    const entry = (await focal.get(`/api/report-entries/${entryId}`)).json();
    assert.equal(entry.attachments.length, 1);
    const downloaded = await secretariat.get(`/api/report-entries/${entryId}/attachments/${created.json().id}`);
    assert.ok(downloaded.rawPayload.equals(docx));
    assert.match(String(downloaded.headers['content-disposition']), /attachment/);
    const reads = await t.db.owner.selectFrom('audit_log').select('action').where('record_id', '=', entryId).where('action', '=', 'report_attachment.read').execute();
    assert.equal(reads.length, 1);
  });

  test('a file of another type is refused, whatever its name', async () => {
    const script = await attach(focal, 'hesabat.docx', Buffer.from('<html><script>alert(1)</script></html>'));
    assert.equal(script.statusCode, 415);
    assert.equal(script.json().code, 'ATTACHMENT_TYPE');
    assert.equal((await attach(focal, 'boş.pdf', Buffer.alloc(0))).json().code, 'IMPORT_EMPTY_FILE');
  });

  test('another body cannot see, add or remove them; a submitted entry is locked', async () => {
    const [first] = (await focal.get(`/api/report-entries/${entryId}`)).json().attachments;
    assert.equal((await stranger.get(`/api/report-entries/${entryId}/attachments/${first.id}`)).statusCode, 404);
    assert.equal((await attach(stranger, 'x.pdf', Buffer.from('%PDF-1.4'))).statusCode, 404);
    assert.equal((await stranger.delete(`/api/report-entries/${entryId}/attachments/${first.id}`)).statusCode, 404);
    await head.post(`/api/report-entries/${entryId}/submit`);
    assert.equal((await attach(focal, 'x.pdf', Buffer.from('%PDF-1.4'))).json().code, 'REPORT_LOCKED');
    assert.equal((await focal.delete(`/api/report-entries/${entryId}/attachments/${first.id}`)).json().code, 'REPORT_LOCKED');
  });
});
