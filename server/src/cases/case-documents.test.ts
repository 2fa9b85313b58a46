import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp } from '../test/test-app.js';
import { makeOrganisation } from '../test/factories.js';
import { caseInput } from './case-factories.js';

const t = await createTestApp();
const owner = await makeOrganisation(t.db);
const shelterOrg = await makeOrganisation(t.db);
const officer = await t.as('frontline_officer', owner.id);
const shelter = await t.as('shelter_worker', shelterOrg.id);
const { id: caseId } = (await officer.post('/api/cases', caseInput())).json() as { id: string };

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('Pasport surəti: Məmmədova Aysel C01234567\n%%EOF\n')]);
const upload = (client: typeof officer, part: string, bytes: Buffer, fileName = 'pasport.pdf') =>
  client.request({ method: 'POST', url: `/api/cases/${caseId}/documents?fileName=${encodeURIComponent(fileName)}&part=${part}`, payload: bytes, headers: { 'content-type': 'application/octet-stream' } });

describe('documents of a case', () => {
  test('a document is checked by content, sealed at rest, listed with its part and read back whole', async () => {
    const added = await upload(officer, 'identity', pdf);
    assert.equal(added.statusCode, 201, added.body);
    const stored = await sql<{ row: string }>`select encode(content_sealed, 'escape') || file_name_sealed as row from case_documents where id = ${added.json().id}`.execute(t.db.owner);
    assert.ok(!stored.rows[0]!.row.includes('Aysel') && !stored.rows[0]!.row.includes('pasport'));
    const page = (await officer.get(`/api/cases/${caseId}`)).json();
    assert.deepEqual(page.documents.map((d: { fileName: string; part: string }) => [d.fileName, d.part]), [['pasport.pdf', 'identity']]);
    const read = await officer.get(`/api/cases/${caseId}/documents/${added.json().id}`);
    assert.equal(read.statusCode, 200);
    assert.equal(read.headers['content-type'], 'application/pdf');
    assert.deepEqual(read.rawPayload, pdf);
  });

  test('a file that is not a document, and a part the caller does not see, are refused', async () => {
    assert.equal((await upload(officer, 'identity', Buffer.from('MZ\x90\x00 an executable'), 'x.pdf')).statusCode, 415);
    assert.equal((await upload(officer, 'investigation', pdf)).statusCode, 403);
  });

  test('a body the case was referred to sees the documents of the parts it was sent, not others', async () => {
    const services = await upload(officer, 'victim', pdf, 'arayis.pdf');
    assert.equal(services.statusCode, 201);
    await officer.post(`/api/cases/${caseId}/referrals`, { toOrgId: shelterOrg.id, parts: ['identity', 'services'], reason: 'Yerləşdirmə', sharingBasis: 'legal_obligation', legalGround: 'İnsan alverinə qarşı mübarizə haqqında Qanun, maddə 13' });
    const page = (await shelter.get(`/api/cases/${caseId}`)).json();
    assert.deepEqual(page.documents.map((d: { fileName: string }) => d.fileName), ['pasport.pdf']);
    assert.equal((await shelter.get(`/api/cases/${caseId}/documents/${services.json().id}`)).statusCode, 404);
  });
});
