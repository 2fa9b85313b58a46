import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { addDays } from '../care/reviews-due.js';
import { consentedCaseInput, refer } from '../shelters/shelter-factories.js';
import { makeOrganisation } from '../test/factories.js';
import { createTestApp, type Client } from '../test/test-app.js';

const t = await createTestApp();
const police = await makeUnifiedDatabaseHolder(t.db);
const centreOrg = await makeOrganisation(t.db, { shortName: 'YM', kind: 'agency' });
const ngoOrg = await makeOrganisation(t.db, { shortName: 'QHT', kind: 'ngo' });

const investigator = await t.as('police_investigator', police.id);
const worker = await t.as('shelter_worker', centreOrg.id);
const ngo = await t.as('ngo_partner', ngoOrg.id);

const today = bakuToday();
const CONTACT = addDays(today, -40);

async function referredCase() {
  const created = await investigator.post('/api/cases', consentedCaseInput({ firstContactOn: CONTACT }));
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;
  await refer(investigator, worker, id, centreOrg.id);
  return id;
}

async function repatriations(client: Client, caseId: string) {
  const response = await client.get(`/api/cases/${caseId}/repatriations`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

type StepRow = { id: string; kind: string; revision: number; status: string };
const stepOf = (data: { repatriations: { steps: StepRow[] }[] }, kind: string) => data.repatriations[0]!.steps.find((s) => s.kind === kind)!;

describe('repatriation of a citizen found abroad', () => {
  test('is opened with its steps, moved on step by step and completed by the reception', async () => {
    const caseId = await referredCase();
    const opened = await worker.post(`/api/cases/${caseId}/repatriations`, { direction: 'to_azerbaijan', country: 'TR', openedOn: addDays(today, -20) });
    assert.equal(opened.statusCode, 201, opened.body);
    let data = await repatriations(worker, caseId);
    assert.deepEqual(data.repatriations[0].steps.map((s: { kind: string }) => s.kind), ['consulate_contact', 'return_certificate', 'travel', 'reception']);
    assert.equal(data.repatriations[0].status, 'planned');
    assert.equal(data.abilities.updateStep, true);

    const put = (kind: string, body: Record<string, unknown>) => worker.put(`/api/repatriation-steps/${stepOf(data, kind).id}`, { revision: stepOf(data, kind).revision, ...body });
    assert.equal((await put('consulate_contact', { doneOn: addDays(today, -18), bodyName: 'Azərbaycanın İstanbuldakı Baş Konsulluğu' })).statusCode, 200);
    data = await repatriations(worker, caseId);
    assert.equal(data.repatriations[0].status, 'in_progress');
    assert.equal((await put('return_certificate', { doneOn: addDays(today, -15), document: 'RC-0042117' })).statusCode, 200);
    data = await repatriations(worker, caseId);

    const early = await put('reception', { doneOn: addDays(today, -10), bodyName: 'Yardım Mərkəzi' });
    assert.equal(early.json().errors[0].path, 'doneOn', 'arrival before the travel is refused');
    assert.equal((await put('travel', { doneOn: addDays(today, 1), means: 'air', escorted: true })).statusCode, 400, 'a step done in the future');
    assert.equal((await put('travel', { doneOn: addDays(today, -16), means: 'air', escorted: true })).statusCode, 400, 'travel before the certificate was issued');
    assert.equal((await put('travel', { doneOn: addDays(today, -9), means: 'air', escorted: true })).statusCode, 200);
    data = await repatriations(worker, caseId);
    assert.equal((await put('reception', { doneOn: addDays(today, -10), bodyName: 'Yardım Mərkəzi' })).statusCode, 400, 'arrival before departure');
    const arrived = await put('reception', { doneOn: addDays(today, -9), bodyName: 'Yardım Mərkəzi' });
    assert.equal(arrived.statusCode, 200, arrived.body);
    assert.equal(arrived.json().status, 'completed');

    data = await repatriations(worker, caseId);
    const r = data.repatriations[0];
    assert.deepEqual([r.status, r.completedOn], ['completed', addDays(today, -9)]);
    assert.equal(stepOf(data, 'return_certificate').status, 'done');
    assert.equal(r.steps[1].document, 'RC-0042117');
    assert.deepEqual([r.steps[2].means, r.steps[2].escorted], ['air', true]);
    const stored = await sql<{ row: string }>`select row_to_json(s)::text as row from case_repatriation_steps s where repatriation_id = ${r.id}`.execute(t.db.owner);
    assert.ok(stored.rows.every((row) => !row.row.includes('RC-0042117')), 'the certificate number is sealed');

    assert.equal((await put('travel', { doneOn: addDays(today, -9), means: 'land' })).json().code, 'REPATRIATION_CLOSED');
    const timeline = (await worker.get(`/api/cases/${caseId}/timeline`)).json();
    const kinds = timeline.items.map((e: { kind: string }) => e.kind);
    assert.ok(kinds.includes('repatriation_opened') && kinds.includes('repatriation_completed'));
    assert.equal(kinds.filter((k: string) => k === 'repatriation_step').length, 4);
    const audit = await sql<{ n: number }>`select count(*)::int as n from audit_log where record_id = ${caseId} and action = 'repatriation.step'`.execute(t.db.owner);
    assert.equal(audit.rows[0]!.n, 4, 'every step recorded once; refused changes leave nothing');
  });

  test('a second open repatriation is refused; a cancelled one needs a reason and leaves room for a new one', async () => {
    const caseId = await referredCase();
    const input = { direction: 'to_home_country', country: 'UZ', openedOn: addDays(today, -5) };
    const first = await worker.post(`/api/cases/${caseId}/repatriations`, input);
    assert.equal(first.statusCode, 201);
    assert.equal((await worker.post(`/api/cases/${caseId}/repatriations`, input)).json().code, 'REPATRIATION_OPEN');
    assert.equal((await worker.post(`/api/cases/${caseId}/repatriations`, { ...input, country: 'AZ' })).statusCode, 400, 'Azerbaijan is not a country to return to from itself');
    assert.equal((await worker.post(`/api/cases/${caseId}/repatriations`, { ...input, openedOn: addDays(CONTACT, -1) })).json().errors[0].path, 'openedOn');
    const data = await repatriations(worker, caseId);
    assert.deepEqual(data.repatriations[0].steps.map((s: { kind: string }) => s.kind), ['consent', 'consulate_contact', 'travel_document', 'risk_assessment', 'departure', 'handover']);
    const id = first.json().id;
    assert.equal((await worker.post(`/api/repatriations/${id}/cancel`, { revision: 1, cancelledOn: today })).statusCode, 400, 'no reason');
    assert.equal((await worker.post(`/api/repatriations/${id}/cancel`, { revision: 1, cancelledOn: addDays(today, -6), reason: 'Şəxs qalmaq istəyir' })).json().errors[0].path, 'cancelledOn');
    assert.equal((await worker.post(`/api/repatriations/${id}/cancel`, { revision: 1, cancelledOn: today, reason: 'Şəxs qalmaq istəyir' })).statusCode, 200);
    const after = await repatriations(worker, caseId);
    assert.deepEqual([after.repatriations[0].status, after.repatriations[0].cancelReason], ['cancelled', 'Şəxs qalmaq istəyir']);
    assert.equal((await worker.post(`/api/cases/${caseId}/repatriations`, input)).statusCode, 201, 'a new one after the cancelled');
  });

  test('is the safety part: the police unit and bodies without the case see nothing of it', async () => {
    const caseId = await referredCase();
    const opened = await worker.post(`/api/cases/${caseId}/repatriations`, { direction: 'to_azerbaijan', country: 'AE', openedOn: today });
    const stepId = (await repatriations(worker, caseId)).repatriations[0].steps[0].id;
    assert.equal((await investigator.get(`/api/cases/${caseId}/repatriations`)).json().code, 'CASE_PART_HIDDEN');
    assert.equal((await investigator.put(`/api/repatriation-steps/${stepId}`, { revision: 1, plannedOn: today })).json().code, 'CASE_PART_HIDDEN');
    assert.ok(!(await investigator.get(`/api/cases/${caseId}/timeline`)).json().items.some((e: { kind: string }) => e.kind.startsWith('repatriation')));
    assert.equal((await ngo.get(`/api/cases/${caseId}/repatriations`)).statusCode, 404, 'a body the case was not referred to');
    assert.equal((await ngo.put(`/api/repatriation-steps/${stepId}`, { revision: 1, plannedOn: today })).statusCode, 404, 'its steps are hidden by row-level security');
    assert.equal((await ngo.post(`/api/repatriations/${opened.json().id}/cancel`, { revision: 1, cancelledOn: today, reason: 'x' })).statusCode, 404);
    await refer(investigator, ngo, caseId, ngoOrg.id, ['identity', 'victim']);
    assert.equal((await ngo.get(`/api/cases/${caseId}/repatriations`)).json().code, 'CASE_PART_HIDDEN', 'referred without the safety part');
  });
});
