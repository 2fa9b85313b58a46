import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { caseInput, makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { inTransaction } from '../db/database.js';
import { makeOrganisation } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';
import { consentedCaseInput, makeShelter, refer } from './shelter-factories.js';
import { occupancyOn } from './shelters.repository.js';
import { shelterCapacitySignals, shelterCapacitySignalsFor } from './capacity-signals.js';
import { sheltersNearCapacity } from './shelter-tasks.js';

const t = await createTestApp();
const police = await makeUnifiedDatabaseHolder(t.db);
const centreOrg = await makeOrganisation(t.db, { shortName: 'YM', kind: 'agency' });
const ngoOrg = await makeOrganisation(t.db, { shortName: 'QHT', kind: 'ngo' });

const office = await t.as('secretariat');
const investigator = await t.as('police_investigator', police.id);
const worker = await t.as('shelter_worker', centreOrg.id);
const colleague = await t.as('shelter_worker', centreOrg.id);
const ngo = await t.as('ngo_partner', ngoOrg.id);

const today = bakuToday();
const daysAgo = (n: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};
const CONTACT = daysAgo(40);

const centre = await makeShelter(office, centreOrg.id, { kind: 'assistance_centre', capacity: { female: 60, male: 1, children: 1 } });
const ngoShelter = await makeShelter(office, ngoOrg.id, { capacity: { female: 4, male: 0, children: 2 } });

/** A case recorded by the special police unit (a woman unless told otherwise), referred to the centre and accepted there. */
async function referredCase(person: Record<string, unknown> = {}, accept = true) {
  const created = await investigator.post('/api/cases', consentedCaseInput({ firstContactOn: CONTACT, person }));
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;
  await refer(investigator, accept ? worker : null, id, centreOrg.id);
  return id;
}

const place = (caseId: string, body: Record<string, unknown> = {}, client = worker) =>
  client.post(`/api/cases/${caseId}/placements`, { shelterId: centre, enteredOn: daysAgo(10), reason: 'Təhlükəsiz yer lazımdır', ...body });

const man = { sex: 'male', names: ['Əliyev Vüsal'], birthDate: '1990-04-04' };
const child = { sex: 'female', names: ['Həsənova Nərmin'], birthDate: daysAgo(365 * 15).slice(0, 4) + '-01-01' };

describe('placing a person', () => {
  test('is refused until the referral to the shelter\'s body is accepted, then placed', async () => {
    const caseId = await referredCase({}, false);
    const early = await place(caseId);
    assert.equal(early.statusCode, 409, early.body);
    assert.equal(early.json().code, 'PLACEMENT_NOT_REFERRED');
    const referral = (await worker.get(`/api/cases/${caseId}`)).json().referrals[0];
    assert.equal((await worker.post(`/api/case-referrals/${referral.id}/status`, { status: 'accepted' })).statusCode, 200);
    const placed = await place(caseId);
    assert.equal(placed.statusCode, 201, placed.body);
    const list = (await worker.get(`/api/cases/${caseId}/placements`)).json();
    assert.equal(list.items.length, 1);
    assert.equal(list.items[0].shelter.id, centre);
    assert.equal(list.items[0].category, 'female');
    assert.equal(list.items[0].reason, 'Təhlükəsiz yer lazımdır');
    assert.equal(list.items[0].current, true);
    assert.equal(list.abilities.place, false, 'one place at a time');
  });

  test('a case the shelter\'s own body recorded needs no referral', async () => {
    const created = await worker.post('/api/cases', caseInput({ identificationChannel: 'self_referral', firstContactOn: CONTACT, person: { names: ['Özünə müraciət'] } }));
    assert.equal(created.statusCode, 201, created.body);
    assert.equal((await place(created.json().id)).statusCode, 201);
  });

  test('a body that does not run the shelter cannot place anyone in it', async () => {
    const created = await ngo.post('/api/cases', caseInput({ identificationChannel: 'ngo', firstContactOn: CONTACT }));
    const response = await place(created.json().id, {}, ngo);
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'PLACEMENT_NOT_OPERATOR');
  });

  test('a body that cannot see the case does not learn it exists', async () => {
    const created = await investigator.post('/api/cases', caseInput({ firstContactOn: CONTACT }));
    assert.equal((await place(created.json().id)).statusCode, 404);
  });

  test('the special police unit does not see where a person stays (not its part)', async () => {
    const caseId = await referredCase();
    const response = await investigator.get(`/api/cases/${caseId}/placements`);
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'CASE_PART_HIDDEN');
  });

  test('a body referred the services but not the safety part sees the stay, not the shelter', async () => {
    const caseId = await referredCase();
    assert.equal((await place(caseId)).statusCode, 201);
    await refer(investigator, ngo, caseId, ngoOrg.id, ['identity', 'services']);
    const seen = (await ngo.get(`/api/cases/${caseId}/placements`)).json();
    assert.equal(seen.items.length, 1);
    assert.equal(seen.items[0].shelter, null);
    assert.equal(seen.items[0].enteredOn, daysAgo(10));
  });

  test('dates in the future or before the first contact are refused at their field; a person of unknown sex needs a category', async () => {
    const caseId = await referredCase({ sex: 'unknown', birthDate: '1985-01-01' });
    const future = await place(caseId, { enteredOn: daysAgo(-1) });
    assert.equal(future.statusCode, 400);
    assert.deepEqual(future.json().errors.map((e: { path: string }) => e.path).sort(), ['category', 'enteredOn']);
    const early = await place(caseId, { enteredOn: daysAgo(60), category: 'female' });
    assert.equal(early.json().errors[0].path, 'enteredOn');
    assert.equal((await place(caseId, { category: 'children' })).statusCode, 400, 'an adult does not take a child\'s place');
    assert.equal((await place(caseId, { category: 'female' })).statusCode, 201);
  });
});

describe('a full shelter', () => {
  test('needs an explicit override with a reason, which is kept and audited', async () => {
    const first = await referredCase(man);
    assert.equal((await place(first)).statusCode, 201, 'the one men\'s place');
    const second = await referredCase({ ...man, names: ['Məmmədov Orxan'] });
    const refused = await place(second);
    assert.equal(refused.statusCode, 409, refused.body);
    const problem = refused.json();
    assert.equal(problem.code, 'SHELTER_FULL');
    assert.deepEqual({ category: problem.category, capacity: problem.capacity, occupied: problem.occupied }, { category: 'male', capacity: 1, occupied: 1 });
    assert.equal((await place(second, { override: { reason: '' } })).statusCode, 400, 'a reason is required');
    const placed = await place(second, { override: { reason: 'Təcili: gecə yeri yoxdur, başqa sığınacaq qəbul etmir' } });
    assert.equal(placed.statusCode, 201, placed.body);
    const item = (await worker.get(`/api/cases/${second}/placements`)).json().items[0];
    assert.equal(item.overCapacity, true);
    assert.equal(item.overrideReason, 'Təcili: gecə yeri yoxdur, başqa sığınacaq qəbul etmir');
    const audit = await sql<{ details: { overCapacity: boolean; capacity: number; occupied: number } }>`select details from audit_log where action = 'placement.create' and record_id = ${second}`.execute(t.db.owner);
    assert.deepEqual({ ...audit.rows[0]!.details }, { ...audit.rows[0]!.details, overCapacity: true, capacity: 1, occupied: 1 });
    const stored = await sql<{ row: string }>`select row_to_json(p)::text as row from shelter_placements p where case_id = ${second}`.execute(t.db.owner);
    assert.ok(!stored.rows[0]!.row.includes('gecə yeri'), 'the reason is sealed at rest');
  });

  test('two people placing at once cannot both take the last place', async () => {
    const a = await referredCase(child);
    const b = await referredCase({ ...child, names: ['Quliyeva Aygün'] });
    const [one, two] = await Promise.all([place(a), place(b, {}, colleague)]);
    assert.deepEqual([one.statusCode, two.statusCode].sort(), [201, 409]);
    assert.equal([one, two].find((r) => r.statusCode === 409)!.json().code, 'SHELTER_FULL');
    const taken = await inTransaction(t.db, { userId: worker.user.id, organisationId: centreOrg.id, role: 'shelter_worker' }, (tx) => occupancyOn(tx, today));
    assert.equal(taken.get(centre)!.children, 1);
  });

  test('the same person placed twice at once is placed once', async () => {
    const caseId = await referredCase();
    const [one, two] = await Promise.all([place(caseId), place(caseId, {}, colleague)]);
    assert.deepEqual([one.statusCode, two.statusCode].sort(), [201, 409]);
  });
});

describe('exit and transfer', () => {
  test('an exit before the entry, or in the future, is refused; an ended placement cannot end again', async () => {
    const caseId = await referredCase();
    const placementId = (await place(caseId, { enteredOn: daysAgo(20) })).json().id;
    const before = await worker.post(`/api/placements/${placementId}/exit`, { exitedOn: daysAgo(21), reason: 'returned_home' });
    assert.equal(before.statusCode, 400);
    assert.equal(before.json().errors[0].path, 'exitedOn');
    assert.match(before.json().errors[0].message, /giriş tarixindən əvvəl/);
    assert.equal((await worker.post(`/api/placements/${placementId}/exit`, { exitedOn: daysAgo(-2), reason: 'returned_home' })).statusCode, 400);
    assert.equal((await ngo.post(`/api/placements/${placementId}/exit`, { exitedOn: daysAgo(5), reason: 'returned_home' })).statusCode, 404, 'another body does not see it');
    const done = await worker.post(`/api/placements/${placementId}/exit`, { exitedOn: daysAgo(5), reason: 'independent_living', note: 'Kirayə mənzil tapıb' });
    assert.equal(done.statusCode, 200, done.body);
    const again = await worker.post(`/api/placements/${placementId}/exit`, { exitedOn: daysAgo(4), reason: 'other' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'PLACEMENT_ENDED');
    const item = (await worker.get(`/api/cases/${caseId}/placements`)).json().items[0];
    assert.deepEqual([item.exitedOn, item.exitReason, item.exitNote, item.current], [daysAgo(5), 'independent_living', 'Kirayə mənzil tapıb', false]);
  });

  test('overlapping placements are refused; a new stay may begin the day the last ended', async () => {
    const caseId = await referredCase();
    const placementId = (await place(caseId, { enteredOn: daysAgo(20) })).json().id;
    const open = await place(caseId, { enteredOn: daysAgo(3) });
    assert.equal(open.statusCode, 409);
    assert.equal(open.json().code, 'PLACEMENT_OVERLAP');
    await worker.post(`/api/placements/${placementId}/exit`, { exitedOn: daysAgo(8), reason: 'left_voluntarily' });
    assert.equal((await place(caseId, { enteredOn: daysAgo(12) })).json().code, 'PLACEMENT_OVERLAP', 'inside the ended stay');
    assert.equal((await place(caseId, { enteredOn: daysAgo(8) })).statusCode, 201);
  });

  test('a transfer needs the other shelter\'s body to have accepted the case; the stay moves with the places', async () => {
    const caseId = await referredCase();
    const placementId = (await place(caseId, { enteredOn: daysAgo(15) })).json().id;
    const body = { shelterId: ngoShelter, on: daysAgo(2), reason: 'Bakıdan uzaqda daha təhlükəsizdir' };
    const early = await worker.post(`/api/placements/${placementId}/transfer`, body);
    assert.equal(early.json().code, 'PLACEMENT_NOT_REFERRED');
    assert.equal((await worker.post(`/api/placements/${placementId}/transfer`, { ...body, shelterId: centre })).statusCode, 400, 'not to the same shelter');
    assert.equal((await worker.post(`/api/placements/${placementId}/transfer`, { ...body, on: daysAgo(16) })).json().errors[0].path, 'on');
    const before = await inTransaction(t.db, { userId: worker.user.id, organisationId: centreOrg.id, role: 'shelter_worker' }, (tx) => occupancyOn(tx, today));
    await refer(investigator, ngo, caseId, ngoOrg.id);
    const moved = await worker.post(`/api/placements/${placementId}/transfer`, body);
    assert.equal(moved.statusCode, 201, moved.body);
    const after = await inTransaction(t.db, { userId: worker.user.id, organisationId: centreOrg.id, role: 'shelter_worker' }, (tx) => occupancyOn(tx, today));
    assert.equal(after.get(centre)!.female, before.get(centre)!.female - 1);
    assert.equal(after.get(ngoShelter)!.female, before.get(ngoShelter)!.female + 1);
    const items = (await ngo.get(`/api/cases/${caseId}/placements`)).json().items;
    assert.deepEqual(items.map((p: { exitReason: string | null }) => p.exitReason), ['transferred', null]);
    assert.equal(items[1].transferredFrom, placementId);
    assert.equal(items[1].abilities.exit, true, 'the new shelter\'s body records what follows');
    assert.equal(items[0].abilities.exit, false);
  });
});

describe('occupancy', () => {
  test('is counted from placements on a day: entered that day counts, left that day does not', async () => {
    const room = await makeShelter(office, centreOrg.id, { capacity: { female: 10, male: 0, children: 0 } });
    const a = await referredCase();
    const b = await referredCase({ names: ['İkinci Sakin'] });
    const idA = (await place(a, { shelterId: room, enteredOn: daysAgo(30) })).json().id;
    await place(b, { shelterId: room, enteredOn: daysAgo(10) });
    await worker.post(`/api/placements/${idA}/exit`, { exitedOn: daysAgo(10), reason: 'returned_home' });
    const on = (day: string) => inTransaction(t.db, { userId: office.user.id, organisationId: office.user.organisationId, role: 'secretariat' }, (tx) => occupancyOn(tx, day)).then((m) => m.get(room)!.female);
    assert.deepEqual([await on(daysAgo(31)), await on(daysAgo(30)), await on(daysAgo(11)), await on(daysAgo(10)), await on(today)], [0, 1, 1, 1, 1]);
    const listed = (await office.get('/api/shelters')).json().items.find((s: { id: string }) => s.id === room);
    assert.deepEqual(listed.occupancy, { female: 1, male: 0, children: 0 });
    assert.equal(listed.level, 'ok');
  });

  test('a shelter near or at capacity is signalled to its body, the police unit and the Coordinator\'s office only', async () => {
    const small = await makeShelter(office, centreOrg.id, { capacity: { female: 2, male: 0, children: 0 }, nearCapacityPercent: 50 });
    await place(await referredCase(), { shelterId: small });
    const signals = await inTransaction(t.db, null, (tx) => shelterCapacitySignals(tx, today));
    const mine = signals.find((s) => s.shelterId === small)!;
    assert.equal(mine.level, 'near');
    assert.deepEqual(mine.categories, [{ category: 'female', capacity: 2, occupied: 1, level: 'near' }]);
    assert.equal(signals.find((s) => s.shelterId === centre)?.level, 'full', 'the men\'s and children\'s places are all taken');
    const as = (client: { user: { id: string; organisationId: string; role: string } }) =>
      inTransaction(t.db, { userId: client.user.id, organisationId: client.user.organisationId, role: client.user.role }, (tx) =>
        shelterCapacitySignalsFor(tx, { ...client.user, login: 'x', fullName: 'x', mustChangePassword: false, sessionId: 's' } as never, today));
    assert.ok((await as(worker)).some((s) => s.shelterId === small));
    assert.ok((await as(investigator)).some((s) => s.shelterId === small));
    assert.ok((await as(office)).some((s) => s.shelterId === small));
    assert.ok(!(await as(ngo)).some((s) => s.shelterId === small));
    const actor = { userId: worker.user.id, organisationId: centreOrg.id, role: 'shelter_worker' as const, login: 'x', fullName: 'x', mustChangePassword: false, sessionId: 's' };
    const tasks = await inTransaction(t.db, actor, (tx) => sheltersNearCapacity.collect({ tx, actor, now: new Date(), config: t.ctx.config }));
    const task = tasks.find((k) => k.id === small)!;
    assert.deepEqual([task.kind, task.severity, task.link, task.params.occupied, task.params.capacity], ['shelter_near_capacity', 'normal', `/shelters/${small}`, 1, 2]);
    assert.equal(tasks.find((k) => k.id === centre)?.kind, 'shelter_full');
  });
});
