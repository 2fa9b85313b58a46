import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp } from '../../test/test-app.js';
import { makeOrganisation } from '../../test/factories.js';
import { caseInput, makeUnifiedDatabaseHolder } from '../case-factories.js';

const t = await createTestApp();
const migration = await makeOrganisation(t.db, { shortName: 'DMX' });
const hotlineOrg = await makeOrganisation(t.db, { shortName: 'QX', kind: 'ngo' });
const ngoOrg = await makeOrganisation(t.db, { shortName: 'QHT', kind: 'ngo' });
const unit = await makeUnifiedDatabaseHolder(t.db);

const officer = await t.as('frontline_officer', migration.id);
const hotline = await t.as('hotline_operator', hotlineOrg.id);
const ngo = await t.as('ngo_partner', ngoOrg.id);
const supervisor = await t.as('police_supervisor', unit.id);

const first = await officer.post('/api/cases', caseInput());
assert.equal(first.statusCode, 201, first.body);
const ownCase = first.json() as { id: string; duplicates: number };

const clusters = async () => (await sql<{ n: number }>`select count(distinct cluster_id)::int as n from persons`.execute(t.db.owner)).rows[0]!.n;

describe('duplicates across bodies and scripts', () => {
  test('the same woman recorded by the hotline in Cyrillic is found at once, shown without her name, merged and unmerged', async () => {
    const second = await hotline.post('/api/cases', caseInput({ identificationChannel: 'hotline', person: { names: ['Мамедова Айсель'], latinName: null, documents: [], contacts: [] } }));
    assert.equal(second.statusCode, 201, second.body);
    assert.ok(second.json().duplicates >= 1);
    const listed = await hotline.get(`/api/cases/${second.json().id}/duplicates`);
    assert.equal(listed.statusCode, 200, listed.body);
    const [candidate] = listed.json().candidates;
    assert.equal(candidate.owner, 'DMX');
    assert.equal(candidate.visible, false);
    assert.ok(candidate.score >= 0.75);
    assert.ok(!listed.body.includes('Aysel') && !listed.body.includes('Məmmədova'), 'no name of a case the caller cannot read');
    const before = await clusters();
    assert.equal((await hotline.post(`/api/cases/${second.json().id}/duplicates/${candidate.personId}`, { decision: 'merge' })).statusCode, 200);
    assert.equal(await clusters(), before - 1, 'statistics now count her once');
    const merges = (await hotline.get(`/api/cases/${second.json().id}/duplicates`)).json().merges;
    assert.equal((await hotline.post(`/api/cases/${second.json().id}/merges/${merges[0].id}/undo`)).statusCode, 200);
    assert.equal(await clusters(), before);
  });
});

describe('search, access requests and emergency access', () => {
  test('another body finds a minimal summary, asks, is granted, and loses access when it is revoked', async () => {
    const found = await ngo.get(`/api/case-search?name=${encodeURIComponent('Mammadova Aysel')}&birthYear=1998`);
    assert.equal(found.statusCode, 200, found.body);
    const match = found.json().items.find((item: { caseId: string }) => item.caseId === ownCase.id);
    assert.ok(match, found.body);
    assert.equal(match.visible, false);
    assert.ok(!found.body.includes('Aysel'));
    assert.equal((await ngo.get(`/api/cases/${ownCase.id}`)).statusCode, 404);

    const asked = await ngo.post(`/api/cases/${ownCase.id}/access-requests`, { reason: 'Hüquqi yardım üçün' });
    assert.equal(asked.statusCode, 201, asked.body);
    const inbox = (await officer.get('/api/case-access')).json().items;
    const request = inbox.find((item: { id: string }) => item.id === asked.json().id);
    assert.equal(request.incoming, true);
    assert.equal(request.abilities.decide, true);
    assert.equal((await ngo.post(`/api/case-access/${request.id}/decision`, { decision: 'granted' })).statusCode, 404, 'only the owner decides');
    assert.equal((await officer.post(`/api/case-access/${request.id}/decision`, { decision: 'granted' })).statusCode, 200);
    const seen = await ngo.get(`/api/cases/${ownCase.id}`);
    assert.equal(seen.statusCode, 200);
    assert.ok(seen.json().identity);

    const log = (await officer.get(`/api/cases/${ownCase.id}/access-log`)).json().items;
    assert.ok(log.some((entry: { action: string; organisation: string }) => entry.action === 'case.view' && entry.organisation === 'QHT'));

    assert.equal((await officer.post(`/api/case-access/${request.id}/decision`, { decision: 'revoked' })).statusCode, 200);
    assert.equal((await ngo.get(`/api/cases/${ownCase.id}`)).statusCode, 404);
  });

  test('the unit\'s supervisor takes emergency access with a reason: every part, flagged for the owner to review', async () => {
    const before = (await supervisor.get(`/api/cases/${ownCase.id}`)).json();
    assert.equal(before.safety, null);
    assert.equal((await supervisor.post(`/api/cases/${ownCase.id}/emergency-access`, { reason: 'qısa' })).statusCode, 400, 'a reason is required');
    const taken = await supervisor.post(`/api/cases/${ownCase.id}/emergency-access`, { reason: 'Qurbanın həyatı təhlükədədir, yeri lazımdır' });
    assert.equal(taken.statusCode, 201, taken.body);
    const after = (await supervisor.get(`/api/cases/${ownCase.id}`)).json();
    assert.ok(after.safety && after.services && after.hotline);
    const log = (await officer.get(`/api/cases/${ownCase.id}/access-log`)).json().items;
    assert.ok(log.some((entry: { emergency: boolean }) => entry.emergency));
    const grant = (await officer.get('/api/case-access')).json().items.find((item: { id: string }) => item.id === taken.json().id);
    assert.equal(grant.abilities.review, true);
    assert.equal((await officer.post(`/api/case-access/${grant.id}/review`)).statusCode, 200);
    assert.equal((await officer.post(`/api/case-access/${grant.id}/review`)).statusCode, 409);
  });

  test('emergency access is the unit supervisor\'s alone', async () => {
    const elsewhere = await t.as('police_supervisor', migration.id);
    assert.equal((await elsewhere.post(`/api/cases/${ownCase.id}/emergency-access`, { reason: 'Qurbanın həyatı təhlükədədir' })).statusCode, 404);
  });
});
