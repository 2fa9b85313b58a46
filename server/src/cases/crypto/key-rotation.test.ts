import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { createSecretBox } from '../../auth/secret-box.js';
import { createTestApp, TEST_SECRET_KEY } from '../../test/test-app.js';
import { makeOrganisation } from '../../test/factories.js';
import { caseInput } from '../case-factories.js';
import { openIdentity } from '../identity.js';
import { openVault } from './identity-vault.js';
import { addDataKey, resealWithNewestKey, rewrapWithCurrentMasterKey } from './key-rotation.js';

const t = await createTestApp();
const officer = await t.as('frontline_officer', (await makeOrganisation(t.db)).id);
const created = await officer.post('/api/cases', caseInput({ note: { part: 'victim', body: 'Gizli qeyd' } }));
assert.equal(created.statusCode, 201, created.body);
const caseId = created.json().id as string;
const pdf = Buffer.from('%PDF-1.4\nSənəd\n%%EOF\n');
const document = await officer.request({ method: 'POST', url: `/api/cases/${caseId}/documents?fileName=s.pdf&part=identity`, payload: pdf, headers: { 'content-type': 'application/octet-stream' } });
assert.equal(document.statusCode, 201, document.body);

const personRow = async () => (await sql<{ id: string; identity_sealed: string }>`select id, identity_sealed from persons where case_id = ${caseId}`.execute(t.db.owner)).rows[0]!;

describe('key rotation', () => {
  test('a new data key seals from now on, and every old value is re-sealed with it', async () => {
    const before = await personRow();
    const keyId = await addDataKey(t.db.owner, t.ctx.secrets);
    await t.ctx.vault.reload();
    assert.equal(t.ctx.vault.currentKeyId, keyId);
    const resealed = await resealWithNewestKey(t.db.owner, t.ctx.vault);
    assert.ok(resealed >= 5, 'identity, event place, note, document name and content');
    const after = await personRow();
    assert.ok(after.identity_sealed.startsWith(`k${keyId}.`));
    assert.notEqual(after.identity_sealed, before.identity_sealed);
    assert.deepEqual(openIdentity(t.ctx.vault, after.id, after.identity_sealed).names, ['Məmmədova Aysel Vüqar qızı']);
    const read = await officer.get(`/api/cases/${caseId}`);
    assert.equal(read.json().victim.notes[0].body, 'Gizli qeyd');
    assert.deepEqual((await officer.get(`/api/cases/${caseId}/documents/${document.json().id}`)).rawPayload, pdf);
  });

  test('a new master key: with the previous one still configured everything opens; after re-wrapping the new key alone suffices', async () => {
    const newKey = 'b'.repeat(64);
    const during = createSecretBox(newKey, TEST_SECRET_KEY);
    // The data key sealing documents is wrapped too: the second resealing pass finds nothing left.
    assert.equal(await resealWithNewestKey(t.db.owner, t.ctx.vault), 0);
    const counts = await rewrapWithCurrentMasterKey(t.db.owner, during);
    assert.ok(counts.dataKeys >= 2);
    const afterwards = await openVault(t.db.owner, createSecretBox(newKey));
    const person = await personRow();
    assert.deepEqual(openIdentity(afterwards, person.id, person.identity_sealed).names, ['Məmmədova Aysel Vüqar qızı']);
    await assert.rejects(openVault(t.db.owner, createSecretBox(TEST_SECRET_KEY)), /not configured/);
    // Put the test key back for the application still running in this file.
    await rewrapWithCurrentMasterKey(t.db.owner, createSecretBox(TEST_SECRET_KEY, newKey));
  });

  test('a sealed value moved to another row does not open', async () => {
    const person = await personRow();
    assert.throws(() => openIdentity(t.ctx.vault, '00000000-0000-4000-8000-000000000000', person.identity_sealed));
  });
});
