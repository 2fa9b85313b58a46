import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestApp } from '../test/test-app.js';
import { seedOrganisations } from '../seed/seed.js';
import { seedPlans } from '../seed/plans.js';

const t = await createTestApp();
await seedOrganisations(t.db);
await seedPlans(t.db);

const organisationId = async (key: string) => (await t.db.owner.selectFrom('organisations').select('id').where('key', '=', key).executeTakeFirstOrThrow()).id;
const dmx = await organisationId('dmx');
const din = await organisationId('din');
const planId = (await t.db.owner.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;

const secretariat = await t.as('secretariat');
const coordinator = await t.as('national_coordinator');
const focal = await t.as('agency_focal_point', dmx);
const police = await t.as('agency_focal_point', din);
const shelter = await t.as('shelter_worker');

const period = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2022, dueOn: '2099-01-31' })).json();
const entry = (await focal.get(`/api/report-entries?periodId=${period.id}&pageSize=1`)).json().items[0] as { id: string; measure: { id: string; code: string } };

const interpreters = { kind: 'funding', description: 'Tərcüməçi xidmətinin maliyyələşdirilməsi', amount: 20000, currency: 'AZN' };
const equipment = { kind: 'equipment', description: 'Sənəd yoxlama avadanlığı', amount: null, currency: null };

async function saveNeeds(needs: object[]) {
  const current = (await focal.get(`/api/report-entries/${entry.id}`)).json();
  const saved = await focal.put(`/api/report-entries/${entry.id}`, { revision: current.revision, status: 'in_progress', narrative: 'Mətn', activities: [], figures: [], needs });
  assert.equal(saved.statusCode, 200, saved.body);
}

const resources = async (client = coordinator) => {
  const response = await client.get(`/api/resources?periodId=${period.id}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
};

let donorId = '';
let supportId = '';

describe('donors and their support', () => {
  test('the Coordinator’s office records a donor and what it offers', async () => {
    const donor = { name: 'Beynəlxalq Miqrasiya Təşkilatı (BMqT)', kind: 'international_organisation', country: null, website: 'https://azerbaijan.iom.int', notes: '' };
    assert.equal((await focal.post('/api/donors', donor)).statusCode, 403);
    const created = await secretariat.post('/api/donors', donor);
    assert.equal(created.statusCode, 201, created.body);
    donorId = created.json().id;
    assert.equal((await coordinator.post('/api/donors', { ...donor, name: 'beynəlxalq miqrasiya təşkilatı (bmqt)' })).json().code, 'DONOR_NAME_TAKEN');
    const support = {
      kind: 'financial', description: 'Qurbanlara tərcüməçi yardımı üçün qrant', amount: 50000, currency: 'usd', startsOn: '2022-01-01', endsOn: '2022-12-31',
      organisationIds: [], measureIds: [],
    };
    assert.equal((await focal.post(`/api/donors/${donorId}/supports`, support)).statusCode, 403);
    const withSupport = await coordinator.post(`/api/donors/${donorId}/supports`, support);
    assert.equal(withSupport.statusCode, 201, withSupport.body);
    supportId = withSupport.json().supports[0].id;
    assert.equal(withSupport.json().supports[0].currency, 'USD');
    assert.deepEqual(withSupport.json().amounts, [{ currency: 'USD', amount: 50000 }]);
    const backwards = await coordinator.post(`/api/donors/${donorId}/supports`, { ...support, endsOn: '2021-12-31' });
    assert.equal(backwards.json().errors[0].path, 'endsOn');
  });

  test('donors are hidden from a body no support concerns: 404, and an empty list', async () => {
    assert.deepEqual((await focal.get('/api/donors')).json().items, []);
    assert.equal((await focal.get(`/api/donors/${donorId}`)).statusCode, 404);
    assert.equal((await shelter.get('/api/donors')).statusCode, 403, 'roles that do not report have no part in resources');
    assert.equal((await coordinator.get('/api/donors')).json().items.length, 1);
  });
});

describe('matching a need to a support', () => {
  test('the needs a body named are put next to the offers; measures without any resource are listed', async () => {
    await saveNeeds([interpreters]);
    const view = await resources();
    const need = view.needs.find((n: { entryId: string }) => n.entryId === entry.id);
    assert.ok(need);
    assert.equal(need.position, 0);
    assert.deepEqual(need.matches, []);
    assert.ok(view.supports.some((s: { id: string; current: boolean }) => s.id === supportId && s.current));
    assert.ok(view.measures.withoutResources.some((m: { id: string; needs: number }) => m.id === entry.measure.id && m.needs === 1));
    assert.equal(view.abilities.match, true);
    const mine = await resources(focal);
    assert.deepEqual(mine.supports, [], 'a body sees no offer that does not concern it');
    const ownMeasures = new Set((await focal.get(`/api/report-entries?periodId=${period.id}&pageSize=200`)).json().items.map((e: { measure: { id: string } }) => e.measure.id));
    assert.equal(mine.measures.total, ownMeasures.size, 'a body sees the measures it reports on');
    assert.ok(mine.measures.withoutResources.every((m: { id: string }) => ownMeasures.has(m.id)));
  });

  test('the Coordinator records the match; the body concerned then sees the support, others still do not', async () => {
    const match = { entryId: entry.id, position: 0, supportId, note: 'Qrantın bir hissəsi' };
    assert.equal((await focal.post('/api/resources/matches', match)).statusCode, 403);
    assert.equal((await coordinator.post('/api/resources/matches', { ...match, position: 3 })).json().code, 'NEED_UNKNOWN');
    const created = await coordinator.post('/api/resources/matches', match);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal((await coordinator.post('/api/resources/matches', match)).json().code, 'NEED_ALREADY_MATCHED');

    const view = await resources();
    const need = view.needs.find((n: { entryId: string }) => n.entryId === entry.id);
    assert.deepEqual(need.matches.map((m: { supportId: string; donor: { name: string }; note: string }) => [m.supportId, m.note]), [[supportId, 'Qrantın bir hissəsi']]);
    assert.equal(view.needTotals.matched, 1);
    assert.ok(!view.measures.withoutResources.some((m: { id: string }) => m.id === entry.measure.id), 'the measure now has a resource');

    const mine = await resources(focal);
    assert.equal(mine.needs[0].matches[0].donor.id, donorId);
    assert.deepEqual(mine.supports.map((s: { id: string }) => s.id), [supportId]);
    assert.deepEqual(mine.supports[0].organisations.map((o: { id: string }) => o.id), [dmx]);
    assert.equal((await focal.get(`/api/donors/${donorId}`)).statusCode, 200);
    assert.equal((await focal.get('/api/donors')).json().items.length, 1);
    assert.equal((await police.get(`/api/donors/${donorId}`)).statusCode, 404);
    assert.deepEqual((await resources(police)).supports, []);
  });

  test('the match follows its need when the body reorders its needs, and shows apart once the need is changed', async () => {
    await saveNeeds([equipment, interpreters]);
    let view = await resources();
    const needs = view.needs.filter((n: { entryId: string }) => n.entryId === entry.id);
    const byPosition = Object.fromEntries(needs.map((n: { position: number; matches: unknown[] }) => [n.position, n.matches.length]));
    assert.deepEqual(byPosition, { 0: 0, 1: 1 });
    await saveNeeds([equipment, { ...interpreters, description: 'Tamamilə başqa ehtiyac' }]);
    view = await resources();
    assert.equal(view.needTotals.matched, 0);
    assert.deepEqual(view.unplacedMatches.map((m: { needDescription: string }) => m.needDescription), [interpreters.description]);
    assert.equal((await coordinator.delete(`/api/resources/matches/${view.unplacedMatches[0].id}`)).statusCode, 204);
    assert.deepEqual((await resources()).unplacedMatches, []);
  });

  test('changing the support keeps the bodies its matches concern; deleting it removes it for everyone', async () => {
    await saveNeeds([interpreters]);
    await coordinator.post('/api/resources/matches', { entryId: entry.id, position: 0, supportId, note: '' });
    const changed = await secretariat.put(`/api/supports/${supportId}`, {
      kind: 'technical', description: 'Texniki yardım', amount: null, currency: null, startsOn: null, endsOn: null, organisationIds: [din], measureIds: [],
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.deepEqual(changed.json().supports[0].organisations.map((o: { id: string }) => o.id).sort(), [dmx, din].sort());
    assert.equal((await police.get(`/api/donors/${donorId}`)).statusCode, 200, 'named by the Coordinator');
    assert.equal((await focal.delete(`/api/supports/${supportId}`)).statusCode, 403);
    assert.equal((await secretariat.delete(`/api/supports/${supportId}`)).statusCode, 204);
    assert.equal((await focal.get(`/api/donors/${donorId}`)).statusCode, 404);
    assert.equal((await secretariat.delete(`/api/donors/${donorId}`)).statusCode, 204);
    assert.equal((await coordinator.get(`/api/donors/${donorId}`)).statusCode, 404);
  });
});
