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
const CONTACT = addDays(today, -60);

async function referredCase() {
  const created = await investigator.post('/api/cases', consentedCaseInput({ firstContactOn: CONTACT }));
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;
  await refer(investigator, worker, id, centreOrg.id);
  return id;
}

async function compensation(client: Client, caseId: string) {
  const response = await client.get(`/api/cases/${caseId}/compensation`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

describe('compensation claims', () => {
  test('claimed, awarded in part, paid in two payments; never paid beyond the award', async () => {
    const caseId = await referredCase();
    assert.equal((await worker.post(`/api/cases/${caseId}/compensation-claims`, { source: 'assistance_fund', claimedOn: today, amountClaimed: '12.345' })).statusCode, 400, 'three decimals');
    assert.equal((await worker.post(`/api/cases/${caseId}/compensation-claims`, { source: 'assistance_fund', claimedOn: today, amountClaimed: '0' })).statusCode, 400, 'nothing claimed');
    assert.equal((await worker.post(`/api/cases/${caseId}/compensation-claims`, { source: 'assistance_fund', claimedOn: addDays(today, 1), amountClaimed: '10' })).json().errors[0].path, 'claimedOn');
    const claimed = await worker.post(`/api/cases/${caseId}/compensation-claims`, { source: 'assistance_fund', claimedOn: addDays(today, -30), amountClaimed: '3000.00' });
    assert.equal(claimed.statusCode, 201, claimed.body);
    const claimId = claimed.json().id;
    assert.equal((await worker.post(`/api/compensation-claims/${claimId}/payments`, { paidOn: today, amount: '10' })).json().code, 'COMPENSATION_NOT_AWARDED');

    const decide = (body: Record<string, unknown>) => worker.put(`/api/compensation-claims/${claimId}/decision`, body);
    assert.equal((await decide({ revision: 1, decision: 'partly', decidedOn: addDays(today, -20) })).json().errors[0].path, 'amountAwarded', 'an award names its amount');
    assert.equal((await decide({ revision: 1, decision: 'partly', decidedOn: addDays(today, -20), amountAwarded: '3000' })).json().errors[0].path, 'amountAwarded', 'partly is less than claimed');
    assert.equal((await decide({ revision: 1, decision: 'awarded', decidedOn: addDays(today, -20), amountAwarded: '3000.01' })).json().errors[0].path, 'amountAwarded', 'not more than claimed');
    assert.equal((await decide({ revision: 1, decision: 'partly', decidedOn: addDays(today, -31), amountAwarded: '2000' })).json().errors[0].path, 'decidedOn', 'not before the claim');
    assert.equal((await decide({ revision: 1, decision: 'partly', decidedOn: addDays(today, -20), amountAwarded: '2000.10' })).statusCode, 200);
    assert.equal((await decide({ revision: 1, decision: 'partly', decidedOn: addDays(today, -20), amountAwarded: '2000.10' })).json().code, 'CARE_CONFLICT', 'a stale revision');

    const pay = (paidOn: string, amount: string) => worker.post(`/api/compensation-claims/${claimId}/payments`, { paidOn, amount });
    assert.equal((await pay(addDays(today, -21), '100')).json().errors[0].path, 'paidOn', 'not before the decision');
    assert.equal((await pay(addDays(today, -10), '1000.05')).statusCode, 201);
    let data = await compensation(worker, caseId);
    assert.deepEqual([data.claims[0].status, data.claims[0].paid], ['partly_paid', '1000.05']);
    assert.equal((await pay(today, '1000.06')).json().code, 'COMPENSATION_OVERPAID', 'one qəpik too many');
    assert.equal((await pay(today, '1000.05')).statusCode, 201);
    assert.equal((await decide({ revision: 2, decision: 'partly', decidedOn: addDays(today, -20), amountAwarded: '1500' })).json().code, 'COMPENSATION_OVERPAID', 'an award cut below what was paid');
    assert.equal((await decide({ revision: 2, decision: 'refused', decidedOn: addDays(today, -20) })).json().code, 'COMPENSATION_OVERPAID');

    await worker.post(`/api/cases/${caseId}/compensation-claims`, { source: 'civil_proceeding', claimedOn: addDays(today, -5), amountClaimed: '500.5' });
    data = await compensation(worker, caseId);
    assert.deepEqual(data.claims.map((c: { status: string }) => c.status), ['paid', 'claimed']);
    assert.deepEqual(data.claims[0].payments.map((p: { amount: string }) => p.amount), ['1000.05', '1000.05']);
    assert.deepEqual(data.totals, { claimed: '3500.50', awarded: '2000.10', paid: '2000.10' });
    assert.deepEqual(data.proceedings, [], 'proceedings are the investigation part');

    const kinds = (await worker.get(`/api/cases/${caseId}/timeline`)).json().items.map((e: { kind: string }) => e.kind);
    assert.deepEqual(kinds.filter((k: string) => k.startsWith('compensation_')).sort(), ['compensation_claimed', 'compensation_claimed', 'compensation_paid', 'compensation_paid', 'compensation_partly']);
    const audit = await sql<{ action: string; n: number }>`select action, count(*)::int as n from audit_log where record_id = ${caseId} and action like 'compensation.%' and action <> 'compensation.view' group by action order by action`.execute(t.db.owner);
    assert.deepEqual(audit.rows, [{ action: 'compensation.claim', n: 2 }, { action: 'compensation.decide', n: 1 }, { action: 'compensation.pay', n: 2 }], 'refused changes leave nothing');
  });

  test('a claim in the criminal proceeding names it; only the investigation part sees which', async () => {
    const caseId = await referredCase();
    const proceeding = await investigator.post(`/api/cases/${caseId}/proceedings`, { number: '202601234', article: '144-1.1', stage: 'trial' });
    assert.equal(proceeding.statusCode, 201, proceeding.body);
    const proceedingId = (await sql<{ id: string }>`select id from proceedings where case_id = ${caseId}`.execute(t.db.owner)).rows[0]!.id;
    const input = { source: 'criminal_proceeding', proceedingId, claimedOn: addDays(today, -3), amountClaimed: '8000' };
    assert.equal((await worker.post(`/api/cases/${caseId}/compensation-claims`, input)).json().code, 'CASE_PART_HIDDEN', 'the centre cannot see the proceedings');
    assert.equal((await investigator.post(`/api/cases/${caseId}/compensation-claims`, { ...input, source: 'assistance_fund' })).json().errors[0].path, 'proceedingId');
    const other = await investigator.post('/api/cases', consentedCaseInput({ firstContactOn: CONTACT }));
    assert.equal((await investigator.post(`/api/cases/${other.json().id}/compensation-claims`, input)).json().errors[0].path, 'proceedingId', 'a proceeding of another case');
    assert.equal((await investigator.post(`/api/cases/${caseId}/compensation-claims`, input)).statusCode, 201);
    const seenByPolice = await compensation(investigator, caseId);
    assert.deepEqual(seenByPolice.claims[0].proceeding, { id: proceedingId, number: '202601234' });
    assert.deepEqual(seenByPolice.proceedings, [{ id: proceedingId, number: '202601234' }]);
    const seenByCentre = await compensation(worker, caseId);
    assert.deepEqual(seenByCentre.claims[0].proceeding, { id: null, number: null });
    assert.equal(seenByCentre.abilities.linkProceeding, false);
  });

  test('a body without the case sees nothing of it; one without the services or investigation part neither', async () => {
    const caseId = await referredCase();
    const claimed = await worker.post(`/api/cases/${caseId}/compensation-claims`, { source: 'assistance_fund', claimedOn: today, amountClaimed: '100' });
    const claimId = claimed.json().id;
    assert.equal((await ngo.get(`/api/cases/${caseId}/compensation`)).statusCode, 404);
    assert.equal((await ngo.put(`/api/compensation-claims/${claimId}/decision`, { revision: 1, decision: 'refused', decidedOn: today })).statusCode, 404, 'the claim is hidden by row-level security');
    assert.equal((await ngo.post(`/api/compensation-claims/${claimId}/payments`, { paidOn: today, amount: '1' })).statusCode, 404);
    await refer(investigator, ngo, caseId, ngoOrg.id, ['identity', 'victim']);
    assert.equal((await ngo.get(`/api/cases/${caseId}/compensation`)).json().code, 'CASE_PART_HIDDEN');
    assert.ok(!(await ngo.get(`/api/cases/${caseId}/timeline`)).json().items.some((e: { kind: string }) => e.kind.startsWith('compensation')));
  });
});
