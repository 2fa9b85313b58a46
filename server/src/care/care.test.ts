import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { ROLES, type Role } from '../../../common/src/roles.js';
import { makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { inTransaction } from '../db/database.js';
import type { Actor } from '../policies/policy.js';
import { consentedCaseInput, makeShelter, refer } from '../shelters/shelter-factories.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';
import { careReviewsDue } from './care-tasks.js';
import { addDays, careReviewsDueFor } from './reviews-due.js';

const t = await createTestApp();
const police = await makeUnifiedDatabaseHolder(t.db);
const centreOrg = await makeOrganisation(t.db, { shortName: 'YM', kind: 'agency' });
const ngoOrg = await makeOrganisation(t.db, { shortName: 'QHT', kind: 'ngo' });
const unrelatedOrg = await makeOrganisation(t.db, { shortName: 'NON', kind: 'ngo' });
const healthOrg = await makeOrganisation(t.db, { shortName: 'SN' });

const office = await t.as('secretariat');
const investigator = await t.as('police_investigator', police.id);
const worker = await t.as('shelter_worker', centreOrg.id);
const ngo = await t.as('ngo_partner', ngoOrg.id);

const today = bakuToday();
const CONTACT = addDays(today, -40);
const centre = await makeShelter(office, centreOrg.id);

async function referredCase() {
  const created = await investigator.post('/api/cases', consentedCaseInput({ firstContactOn: CONTACT }));
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;
  await refer(investigator, worker, id, centreOrg.id);
  return id;
}

const actorOf = (client: { user: { id: string; organisationId: string; role: Role } }): Actor => ({
  userId: client.user.id, organisationId: client.user.organisationId, role: client.user.role, login: 'l', fullName: 'f', mustChangePassword: false, sessionId: 's',
});

describe('services of a case', () => {
  test('requested by a body on a day, then provided by whom, when, with what outcome', async () => {
    const caseId = await referredCase();
    const requested = await worker.post(`/api/cases/${caseId}/services`, { kind: 'psychological', requestedOn: addDays(today, -10), details: 'Yuxusuzluq, qorxu' });
    assert.equal(requested.statusCode, 201, requested.body);
    const serviceId = requested.json().id;
    let care = (await worker.get(`/api/cases/${caseId}/care`)).json();
    assert.deepEqual([care.services[0].status, care.services[0].requestedBy.id, care.services[0].details], ['requested', centreOrg.id, 'Yuxusuzluq, qorxu']);

    const provided = { revision: 1, status: 'provided', details: 'Yuxusuzluq, qorxu', providerOrgId: null, providerName: null, startedOn: addDays(today, -8), completedOn: null, outcome: null };
    const missing = await worker.put(`/api/case-services/${serviceId}`, provided);
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(missing.json().errors.map((e: { path: string }) => e.path).sort(), ['completedOn', 'providerOrgId']);
    const early = await worker.put(`/api/case-services/${serviceId}`, { ...provided, providerOrgId: healthOrg.id, startedOn: addDays(today, -11), completedOn: addDays(today, -12) });
    assert.deepEqual(early.json().errors.map((e: { path: string }) => e.path).sort(), ['completedOn', 'startedOn']);
    const done = await worker.put(`/api/case-services/${serviceId}`, { ...provided, providerOrgId: healthOrg.id, completedOn: addDays(today, -1), outcome: 'Beş seans; vəziyyəti yaxşılaşıb' });
    assert.equal(done.statusCode, 200, done.body);
    const stale = await worker.put(`/api/case-services/${serviceId}`, { ...provided, providerName: 'Klinika', completedOn: addDays(today, -1) });
    assert.equal(stale.json().code, 'CARE_CONFLICT');
    care = (await worker.get(`/api/cases/${caseId}/care`)).json();
    assert.deepEqual([care.services[0].status, care.services[0].provider.id, care.services[0].completedOn, care.services[0].outcome], ['provided', healthOrg.id, addDays(today, -1), 'Beş seans; vəziyyəti yaxşılaşıb']);
    const stored = await sql<{ row: string }>`select row_to_json(s)::text as row from case_services s where id = ${serviceId}`.execute(t.db.owner);
    assert.ok(!stored.rows[0]!.row.includes('seans') && !stored.rows[0]!.row.includes('Yuxusuzluq'), 'details and outcome are sealed');
    const audit = await sql<{ n: number }>`select count(*)::int as n from audit_log where record_id = ${caseId} and action in ('service.request', 'service.update', 'care.view')`.execute(t.db.owner);
    assert.equal(audit.rows[0]!.n, 4, 'one request, one change, two views; refused changes leave nothing');
  });

  test('a request before the first contact or in the future is refused; so is a service given without its dates', async () => {
    const caseId = await referredCase();
    const before = await worker.post(`/api/cases/${caseId}/services`, { kind: 'legal_aid', requestedOn: addDays(CONTACT, -1) });
    assert.equal(before.json().errors[0].path, 'requestedOn');
    assert.equal((await worker.post(`/api/cases/${caseId}/services`, { kind: 'legal_aid', requestedOn: addDays(today, 1) })).statusCode, 400);
    const givenWithoutEnd = await worker.post(`/api/cases/${caseId}/services`, { kind: 'interpreter', requestedOn: today, status: 'provided', providerName: 'Tərcüməçi', startedOn: today });
    assert.deepEqual(givenWithoutEnd.json().errors.map((e: { path: string }) => e.path), ['completedOn'], 'a service given already is recorded in one step, under the same rules');
  });

  test('only bodies that keep the services part see or write them', async () => {
    const caseId = await referredCase();
    assert.equal((await investigator.get(`/api/cases/${caseId}/care`)).json().code, 'CASE_PART_HIDDEN');
    assert.equal((await investigator.post(`/api/cases/${caseId}/services`, { kind: 'medical', requestedOn: today })).statusCode, 403);
    assert.equal((await ngo.get(`/api/cases/${caseId}/care`)).statusCode, 404, 'a body the case was not referred to');
    await refer(investigator, ngo, caseId, ngoOrg.id, ['identity', 'victim']);
    assert.equal((await ngo.get(`/api/cases/${caseId}/care`)).json().code, 'CASE_PART_HIDDEN', 'referred without the services part');
  });
});

describe('the individual rehabilitation and reintegration plan', () => {
  test('is started, given goals with a responsible body and target dates, and reviewed; reviews due feed the alerts', async () => {
    const caseId = await referredCase();
    assert.equal((await worker.post(`/api/cases/${caseId}/care-plan/goals`, { area: 'housing', text: 'Mənzil' })).statusCode, 404, 'no plan yet');
    const plan = { status: 'active', startedOn: addDays(today, -20), responsibleOrgId: centreOrg.id, nextReviewOn: addDays(today, 3) };
    assert.equal((await worker.put(`/api/cases/${caseId}/care-plan`, { ...plan, nextReviewOn: addDays(today, -20) })).json().errors[0].path, 'nextReviewOn');
    assert.equal((await worker.put(`/api/cases/${caseId}/care-plan`, plan)).statusCode, 200);
    assert.equal((await worker.put(`/api/cases/${caseId}/care-plan`, plan)).json().code, 'CARE_CONFLICT', 'started twice');
    const goal = await worker.post(`/api/cases/${caseId}/care-plan/goals`, { area: 'vocational_training', text: 'Aşpazlıq kursunu bitirmək və işə düzəlmək', responsibleOrgId: ngoOrg.id, targetOn: addDays(today, 90) });
    assert.equal(goal.statusCode, 201, goal.body);
    assert.equal((await worker.post(`/api/cases/${caseId}/care-plan/goals`, { area: 'housing', text: 'x', targetOn: addDays(today, -30) })).json().errors[0].path, 'targetOn');

    const due = async (client: typeof worker, within = 7) => inTransaction(t.db, actorOf(client), (tx) => careReviewsDueFor(tx, actorOf(client), today, within));
    assert.ok((await due(worker)).some((d) => d.caseId === caseId && !d.overdue));
    assert.ok(!(await due(worker, 1)).some((d) => d.caseId === caseId), 'not within a day');
    assert.ok(!(await due(investigator)).some((d) => d.caseId === caseId), 'the police unit does not keep the services part');

    const review = await worker.post(`/api/cases/${caseId}/care-plan/reviews`, { heldOn: today, summary: 'Kursa yazılıb', nextReviewOn: today });
    assert.equal(review.json().errors[0].path, 'nextReviewOn');
    assert.equal((await worker.post(`/api/cases/${caseId}/care-plan/reviews`, { heldOn: today, summary: 'Kursa yazılıb', nextReviewOn: addDays(today, 30) })).statusCode, 201);
    assert.ok(!(await due(worker)).some((d) => d.caseId === caseId), 'the next review is a month away');

    const care = (await worker.get(`/api/cases/${caseId}/care`)).json();
    assert.equal(care.plan.nextReviewOn, addDays(today, 30));
    assert.equal(care.plan.goals[0].text, 'Aşpazlıq kursunu bitirmək və işə düzəlmək');
    assert.equal(care.plan.goals[0].responsible.id, ngoOrg.id);
    assert.equal(care.plan.reviews[0].summary, 'Kursa yazılıb');
    const goalRow = await sql<{ row: string }>`select row_to_json(g)::text as row from care_plan_goals g where case_id = ${caseId}`.execute(t.db.owner);
    assert.ok(!goalRow.rows[0]!.row.includes('Aşpazlıq'), 'goals are sealed');

    const goalId = care.plan.goals[0].id;
    const update = { area: 'vocational_training', text: 'Aşpazlıq kursunu bitirmək', responsibleOrgId: ngoOrg.id, targetOn: addDays(today, 90), status: 'in_progress', revision: 1 };
    assert.equal((await worker.put(`/api/care-plan-goals/${goalId}`, update)).statusCode, 200);
    assert.equal((await worker.put(`/api/care-plan-goals/${goalId}`, update)).json().code, 'CARE_CONFLICT');
  });

  test('an overdue review is flagged as such', async () => {
    const caseId = await referredCase();
    await worker.put(`/api/cases/${caseId}/care-plan`, { status: 'active', startedOn: addDays(today, -30), responsibleOrgId: centreOrg.id, nextReviewOn: addDays(today, -2) });
    const due = await inTransaction(t.db, actorOf(worker), (tx) => careReviewsDueFor(tx, actorOf(worker), today));
    assert.equal(due.find((d) => d.caseId === caseId)?.overdue, true);
    assert.equal((await worker.get(`/api/cases/${caseId}/care`)).json().plan.reviewDue, true);
    const tasks = await inTransaction(t.db, actorOf(worker), (tx) => careReviewsDue.collect({ tx, actor: actorOf(worker), now: new Date(), config: t.ctx.config }));
    const task = tasks.find((k) => k.link.startsWith(`/cases/${caseId}`))!;
    assert.deepEqual([task.kind, task.severity, task.params.dueOn], ['care_review_due', 'overdue', addDays(today, -2)]);
  });
});

describe('the case timeline', () => {
  test('shows placements, services and the plan to those who keep the services part; the shelter\'s body only with the safety part', async () => {
    const caseId = await referredCase();
    await worker.post(`/api/cases/${caseId}/placements`, { shelterId: centre, enteredOn: addDays(today, -6), reason: 'Sığınacaq' });
    await worker.post(`/api/cases/${caseId}/services`, { kind: 'legal_aid', requestedOn: addDays(today, -5), status: 'provided', providerName: 'Vəkil', startedOn: addDays(today, -4), completedOn: addDays(today, -2), outcome: 'Ərizə verilib' });
    await worker.put(`/api/cases/${caseId}/care-plan`, { status: 'active', startedOn: addDays(today, -3), responsibleOrgId: centreOrg.id });
    const kinds = (await worker.get(`/api/cases/${caseId}/timeline`)).json().items;
    const mine = kinds.filter((e: { kind: string }) => /^(placement|service|care)_/.test(e.kind));
    assert.deepEqual(mine.map((e: { kind: string }) => e.kind), ['placement_entered', 'service_requested', 'service_started', 'care_plan_started', 'service_provided']);
    assert.equal(mine[0].body, 'YM');
    assert.equal(mine[1].params.services, 'legal_aid');
    assert.ok(!JSON.stringify(kinds).includes('Ərizə verilib'), 'outcomes stay sealed');
    await refer(investigator, ngo, caseId, ngoOrg.id, ['identity', 'services']);
    const seen = (await ngo.get(`/api/cases/${caseId}/timeline`)).json().items.find((e: { kind: string }) => e.kind === 'placement_entered');
    assert.equal(seen.body, null, 'which body runs the shelter is the safety part');
    const police = (await investigator.get(`/api/cases/${caseId}/timeline`)).json().items;
    assert.ok(!police.some((e: { kind: string }) => /^(placement|service|care)_/.test(e.kind)));
  });
});

describe('row-level security of placements, services and plans, in plain SQL as the application role', () => {
  const TABLES = ['shelter_placements', 'case_services', 'care_plans', 'care_plan_goals', 'care_plan_reviews'] as const;
  let caseId = '';

  test('a case with a placement, a service and a plan', async () => {
    caseId = await referredCase();
    assert.equal((await worker.post(`/api/cases/${caseId}/placements`, { shelterId: centre, enteredOn: addDays(today, -5), reason: 'Sığınacaq' })).statusCode, 201);
    await worker.post(`/api/cases/${caseId}/services`, { kind: 'medical', requestedOn: today });
    await worker.put(`/api/cases/${caseId}/care-plan`, { status: 'active', startedOn: today, responsibleOrgId: centreOrg.id });
    await worker.post(`/api/cases/${caseId}/care-plan/goals`, { area: 'medical', text: 'Müayinə' });
    await worker.post(`/api/cases/${caseId}/care-plan/reviews`, { heldOn: today, summary: 'Başlanğıc' });
  });

  const bodies = { owner: police, shelter: centreOrg, unrelated: unrelatedOrg } as const;
  for (const [relationship, org] of Object.entries(bodies)) {
    for (const role of ROLES) {
      const sees = (relationship === 'shelter' && ['frontline_officer', 'police_investigator', 'police_supervisor', 'shelter_worker', 'hotline_operator', 'ngo_partner'].includes(role))
        || (relationship === 'owner' && ['frontline_officer', 'police_investigator', 'police_supervisor', 'shelter_worker', 'hotline_operator', 'ngo_partner'].includes(role));
      test(`${role} of the ${relationship} body ${sees ? 'reads and writes' : 'neither reads nor writes'} them`, async () => {
        const user = await makeUser(t.db, { role, organisationId: org.id });
        const identity = { userId: user.id, organisationId: org.id, role };
        const counts = await inTransaction(t.db, identity, async (tx) => {
          const result: Record<string, boolean> = {};
          for (const table of TABLES) result[table] = (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where case_id = ${caseId}`.execute(tx)).rows[0]!.n > 0;
          return result;
        });
        assert.deepEqual(counts, Object.fromEntries(TABLES.map((table) => [table, sees])));
        const insert = inTransaction(t.db, identity, (tx) =>
          sql`insert into case_services (id, case_id, kind, requested_on, requested_by_org_id, created_by) values (gen_random_uuid(), ${caseId}, 'housing', ${today}, ${org.id}, ${user.id})`.execute(tx));
        if (sees) await insert;
        else await assert.rejects(insert, /row-level security/);
        const updated = await inTransaction(t.db, identity, async (tx) => (await sql`update shelter_placements set category = category where case_id = ${caseId}`.execute(tx)).numAffectedRows);
        assert.equal(Number(updated ?? 0), sees ? 1 : 0);
      });
    }
  }

  test('occupancy is counted for everyone, and says nothing but counts', async () => {
    const identity = { userId: (await makeUser(t.db, { role: 'hotline_operator', organisationId: unrelatedOrg.id })).id, organisationId: unrelatedOrg.id, role: 'hotline_operator' };
    const rows = await inTransaction(t.db, identity, (tx) => sql<Record<string, unknown>>`select * from shelter_occupancy(${today}::date) where shelter_id = ${centre}`.execute(tx));
    assert.deepEqual(Object.keys(rows.rows[0]!).sort(), ['children', 'female', 'male', 'shelter_id']);
    assert.ok((rows.rows[0]!.female as number) >= 1);
    const accepted = await inTransaction(t.db, identity, (tx) => sql<{ ok: boolean }>`select case_accepted_by(${caseId}::uuid, ${centreOrg.id}::uuid) as ok`.execute(tx));
    assert.equal(accepted.rows[0]!.ok, false, 'nothing is said about a case the caller cannot see');
  });
});
