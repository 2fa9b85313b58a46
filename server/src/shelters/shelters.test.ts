import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { makeOrganisation } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';
import { makeShelter, shelterInput } from './shelter-factories.js';

const t = await createTestApp();
const police = await makeUnifiedDatabaseHolder(t.db);
const centreOrg = await makeOrganisation(t.db, { shortName: 'YM', kind: 'agency' });
const ministry = await makeOrganisation(t.db, { shortName: 'ƏƏSMN' });
const otherMinistry = await makeOrganisation(t.db, { shortName: 'DGK', kind: 'state_committee' });
const ngoOrg = await makeOrganisation(t.db, { shortName: 'QHT', kind: 'ngo' });

const office = await t.as('secretariat');
const coordinator = await t.as('national_coordinator');
const worker = await t.as('shelter_worker', centreOrg.id);
const investigator = await t.as('police_investigator', police.id);
const ngo = await t.as('ngo_partner', ngoOrg.id);
const hotline = await t.as('hotline_operator');
const ombudsman = await t.as('oversight_reader');
const ministryHead = await t.as('agency_head', ministry.id);
const otherHead = await t.as('agency_head', otherMinistry.id);
const focalPoint = await t.as('agency_focal_point', ministry.id);
const admin = await t.as('admin');

const CONTACTS = 'Bakı, Sığınacaq küç. 7; +994 12 555 00 00';
const centre = await makeShelter(office, centreOrg.id, { kind: 'assistance_centre', supervisingOrgId: ministry.id, contacts: CONTACTS });
const today = bakuToday();

const found = async (client: typeof office, id = centre) => (await client.get('/api/shelters')).json().items?.find((s: { id: string }) => s.id === id);

describe('the registry', () => {
  test('contacts are sealed at rest and shown only to the shelter\'s own body, the police unit and the Coordinator\'s office', async () => {
    for (const client of [worker, investigator, office, coordinator]) assert.equal((await found(client)).contacts, CONTACTS);
    for (const client of [ngo, hotline, ombudsman, ministryHead]) {
      const shelter = await found(client);
      assert.ok(shelter, 'the registry itself is seen');
      assert.equal(shelter.contacts, null);
      assert.equal(shelter.contactsShown, false);
    }
    const stored = await sql<{ row: string }>`select row_to_json(s)::text as row from shelters s where id = ${centre}`.execute(t.db.owner);
    assert.ok(!stored.rows[0]!.row.includes('Sığınacaq küç'));
    const audit = await sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'shelter.list' and user_id = ${ngo.user.id}`.execute(t.db.owner);
    assert.ok(audit.rows[0]!.n > 0, 'reading the registry is audited');
  });

  test('a ministry\'s head sees only the shelters it supervises; an administrator and a focal point see no registry', async () => {
    assert.ok(await found(ministryHead));
    assert.equal(await found(otherHead), undefined);
    assert.equal((await otherHead.get(`/api/shelters/${centre}`)).statusCode, 404);
    assert.equal((await admin.get('/api/shelters')).statusCode, 403);
    assert.equal((await focalPoint.get('/api/shelters')).statusCode, 403);
  });

  test('the Coordinator\'s office registers shelters; a name is unique; bodies must exist', async () => {
    assert.equal((await worker.post('/api/shelters', shelterInput(centreOrg.id))).statusCode, 403);
    const name = `Qadın sığınacağı ${Math.random()}`;
    await makeShelter(office, ngoOrg.id, { name });
    const again = await office.post('/api/shelters', shelterInput(ngoOrg.id, { name: name.toUpperCase() }));
    assert.equal(again.json().code, 'SHELTER_NAME_TAKEN');
    const unknown = await office.post('/api/shelters', shelterInput('00000000-0000-4000-8000-000000000000'));
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().errors[0].path, 'operatorOrgId');
  });

  test('the shelter\'s own body keeps its capacity, services and contacts, not its place in the registry; another body changes nothing', async () => {
    const shelter = (await worker.get(`/api/shelters/${centre}`)).json();
    const body = {
      revision: shelter.revision, kind: shelter.kind, name: shelter.name, operatorOrgId: centreOrg.id, supervisingOrgId: ministry.id, region: shelter.region,
      capacity: { female: 20, male: 5, children: 8 }, services: ['medical', 'interpreter'], contacts: CONTACTS, nearCapacityPercent: 85, active: true,
    };
    assert.equal((await worker.put(`/api/shelters/${centre}`, { ...body, name: 'Başqa ad' })).json().errors[0].path, 'name');
    assert.equal((await worker.put(`/api/shelters/${centre}`, body)).statusCode, 200);
    assert.equal((await worker.put(`/api/shelters/${centre}`, body)).json().code, 'SHELTER_CONFLICT', 'a stale revision');
    assert.equal((await ngo.put(`/api/shelters/${centre}`, { ...body, revision: shelter.revision + 1 })).statusCode, 403);
    const after = (await office.get(`/api/shelters/${centre}`)).json();
    assert.deepEqual(after.capacity, { female: 20, male: 5, children: 8 });
    assert.equal(after.nearCapacityPercent, 85);
  });
});

describe('minimum-standards inspections', () => {
  test('the Ombudsman and the supervising ministry inspect against the checklist; follow-up actions are tracked to done', async () => {
    const items = (await ombudsman.get('/api/shelter-checklist')).json().items;
    assert.ok(items.length >= 10);
    assert.equal((await worker.post(`/api/shelters/${centre}/inspections`, { inspectedOn: today, results: [] })).statusCode, 403);
    assert.equal((await otherHead.post(`/api/shelters/${centre}/inspections`, { inspectedOn: today, results: [] })).statusCode, 404);
    const unknownItem = await ombudsman.post(`/api/shelters/${centre}/inspections`, { inspectedOn: today, results: [{ itemId: centre, result: 'met' }] });
    assert.equal(unknownItem.json().errors[0].path, 'results.0.itemId');
    const recorded = await ombudsman.post(`/api/shelters/${centre}/inspections`, {
      inspectedOn: today,
      results: items.map((item: { id: string }, index: number) => ({ itemId: item.id, result: index === 4 ? 'not_met' : 'met', comment: index === 4 ? 'Müsahibə otağı yoxdur' : null })),
      findings: 'Şərait ümumilikdə qənaətbəxşdir.',
      actions: [{ text: 'Müsahibə üçün ayrıca otaq ayırmaq', dueOn: null }],
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    assert.equal((await ministryHead.post(`/api/shelters/${centre}/inspections`, { inspectedOn: today, results: [] })).statusCode, 201);

    const seen = (await worker.get(`/api/shelters/${centre}/inspections`)).json();
    const inspection = seen.items.find((i: { id: string }) => i.id === recorded.json().id);
    assert.equal(inspection.results[4].result, 'not_met');
    assert.equal(inspection.results[4].text.az, items[4].text.az, 'the item\'s words are kept with the result');
    const action = inspection.actions[0];
    assert.equal(action.status, 'open');
    assert.equal(action.abilities.update, true);
    assert.equal((await found(office)).openActions, 1);
    assert.equal((await ngo.get(`/api/shelters/${centre}/inspections`)).statusCode, 403, 'another NGO does not read them');
    assert.equal((await ngo.put(`/api/inspection-actions/${action.id}`, { revision: action.revision, status: 'done' })).statusCode, 404);
    assert.equal((await worker.put(`/api/inspection-actions/${action.id}`, { revision: action.revision, status: 'done', doneOn: '2000-01-01' })).statusCode, 400);
    assert.equal((await worker.put(`/api/inspection-actions/${action.id}`, { revision: action.revision, status: 'done', note: 'Otaq ayrılıb' })).statusCode, 200);
    const done = (await ombudsman.get(`/api/shelters/${centre}/inspections`)).json().items.find((i: { id: string }) => i.id === recorded.json().id).actions[0];
    assert.deepEqual([done.status, done.doneOn, done.note], ['done', today, 'Otaq ayrılıb']);
    assert.equal((await found(office)).openActions, 0);
    assert.equal((await found(office)).lastInspectedOn, today);
  });

  test('the Coordinator\'s office keeps the checklist; a retired item is no longer offered', async () => {
    assert.equal((await ombudsman.post('/api/shelter-checklist', { textAz: 'Yeni bənd' })).statusCode, 403);
    const added = await office.post('/api/shelter-checklist', { textAz: 'Yanğın təhlükəsizliyi təmin olunub', textEn: 'Fire safety is ensured' });
    assert.equal(added.statusCode, 201);
    const id = added.json().id;
    assert.ok((await ombudsman.get('/api/shelter-checklist')).json().items.some((i: { id: string }) => i.id === id));
    assert.equal((await office.put(`/api/shelter-checklist/${id}`, { textAz: 'Yanğın təhlükəsizliyi təmin olunub', active: false })).statusCode, 200);
    assert.ok(!(await ombudsman.get('/api/shelter-checklist')).json().items.some((i: { id: string }) => i.id === id));
    assert.ok((await office.get('/api/shelter-checklist')).json().items.some((i: { id: string; active: boolean }) => i.id === id && !i.active));
  });
});
