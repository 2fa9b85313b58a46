import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { caseInput, makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { inTransaction } from '../db/database.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';

const t = await createTestApp();
const police = await makeUnifiedDatabaseHolder(t.db);
const ngoOrg = await makeOrganisation(t.db, { shortName: 'QHT', kind: 'ngo' });
const centreOrg = await makeOrganisation(t.db, { shortName: 'SX', kind: 'ngo' });
const unrelatedOrg = await makeOrganisation(t.db, { shortName: 'NON', kind: 'ngo' });

const investigator = await t.as('police_investigator', police.id);
const supervisor = await t.as('police_supervisor', police.id);
const ngo = await t.as('ngo_partner', ngoOrg.id);
const worker = await t.as('shelter_worker', centreOrg.id);

async function newCase(client = investigator, overrides: Parameters<typeof caseInput>[0] = {}) {
  const created = await client.post('/api/cases', caseInput(overrides));
  assert.equal(created.statusCode, 201, created.body);
  return created.json().id as string;
}

async function identification(caseId: string, client = investigator) {
  const response = await client.get(`/api/cases/${caseId}/identification`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

const codes = (list: { code: string }[]) => list.map((i) => i.code);

describe('identification against the indicators', () => {
  test('the unit records decisions; identified sets the status, which the status history keeps', async () => {
    const caseId = await newCase();
    const before = await identification(caseId);
    assert.equal(before.child, false);
    assert.deepEqual(codes(before.checklist.indicators), ['G1', 'G2', 'G3', 'G4', 'G5', 'G6']);
    assert.equal(before.abilities.decide, true);
    const checklistId = before.checklist.id;

    const more = await investigator.post(`/api/cases/${caseId}/identifications`, { checklistId, decision: 'more_information', decidedOn: '2026-03-16', indicatorsMet: ['G1'], notes: 'Tərcüməçi lazımdır' });
    assert.equal(more.statusCode, 201, more.body);
    let victim = (await investigator.get(`/api/cases/${caseId}`)).json().victim;
    assert.equal(victim.traffickingStatus, 'presumed');

    const bad = await investigator.post(`/api/cases/${caseId}/identifications`, { checklistId, decision: 'identified', decidedOn: '2026-03-01', indicatorsMet: ['G1', 'C1'] });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().errors.map((e: { path: string }) => e.path).sort(), ['decidedOn', 'indicatorsMet.1']);

    const identified = await investigator.post(`/api/cases/${caseId}/identifications`, { checklistId, decision: 'identified', decidedOn: '2026-03-20', indicatorsMet: ['G1', 'G3', 'G6'] });
    assert.equal(identified.statusCode, 201, identified.body);
    const detail = (await investigator.get(`/api/cases/${caseId}`)).json();
    victim = detail.victim;
    assert.equal(victim.traffickingStatus, 'identified');
    assert.equal(victim.statusDecidedOn, '2026-03-20');
    assert.ok(victim.statusHistory.some((h: { traffickingStatus: string; decidedOn: string }) => h.traffickingStatus === 'identified' && h.decidedOn === '2026-03-20'));
    assert.equal(victim.events.length, 1, 'the places of the case are kept');

    const after = await identification(caseId);
    assert.deepEqual(after.decisions.map((d: { decision: string }) => d.decision), ['identified', 'more_information']);
    assert.equal(after.decisions[1].notes, 'Tərcüməçi lazımdır');
    assert.equal(after.decisions[0].officer, 'Sınaq police_investigator');
    assert.equal(after.decisions[0].checklist.version, 1);
  });

  test('a child is assessed against the child indicators too', async () => {
    const caseId = await newCase(investigator, { person: { birthDate: '2012-04-01' } });
    const view = await identification(caseId);
    assert.equal(view.child, true);
    assert.deepEqual(codes(view.checklist.indicators).filter((c: string) => c.startsWith('C')), ['C1', 'C2', 'C3', 'C4']);
    const decided = await investigator.post(`/api/cases/${caseId}/identifications`, { checklistId: view.checklist.id, decision: 'identified', decidedOn: '2026-03-20', indicatorsMet: ['C1', 'G2'] });
    assert.equal(decided.statusCode, 201, decided.body);
    assert.equal((await identification(caseId)).decisions[0].childPath, true);
  });

  test('only the unit decides; a body without the victim part does not see identification', async () => {
    const ngoCase = await newCase(ngo);
    const view = await identification(ngoCase, ngo);
    assert.equal(view.abilities.decide, false);
    const refused = await ngo.post(`/api/cases/${ngoCase}/identifications`, { checklistId: view.checklist.id, decision: 'identified', decidedOn: '2026-03-20' });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().code, 'CASE_PART_HIDDEN');
    // The unit sees every case and decides on the NGO's too.
    assert.equal((await investigator.post(`/api/cases/${ngoCase}/identifications`, { checklistId: view.checklist.id, decision: 'not_identified', decidedOn: '2026-03-20' })).statusCode, 201);

    const shelterCase = await newCase(worker);
    assert.equal((await worker.get(`/api/cases/${shelterCase}/identification`)).statusCode, 403);
    const policeCase = await newCase();
    const outsider = await t.as('ngo_partner', unrelatedOrg.id);
    assert.equal((await outsider.get(`/api/cases/${policeCase}/identification`)).statusCode, 404);
  });

  test('row-level security: decisions are seen and written only where the case is', async () => {
    const caseId = await newCase(ngo);
    const view = await identification(caseId, investigator);
    await investigator.post(`/api/cases/${caseId}/identifications`, { checklistId: view.checklist.id, decision: 'more_information', decidedOn: '2026-03-20' });
    for (const [org, sees] of [[ngoOrg, true], [police, true], [unrelatedOrg, false]] as const) {
      const user = await makeUser(t.db, { role: org === police ? 'police_investigator' : 'ngo_partner', organisationId: org.id });
      const identity = { userId: user.id, organisationId: org.id, role: user.role };
      const n = await inTransaction(t.db, identity, async (tx) => (await sql<{ n: number }>`select count(*)::int as n from case_identifications where case_id = ${caseId}`.execute(tx)).rows[0]!.n);
      assert.equal(n > 0, sees, org.shortName);
      const insert = inTransaction(t.db, identity, (tx) => sql`insert into case_identifications (id, case_id, checklist_id, decision, decided_on, officer_id, decided_by_org_id, child_path)
        values (gen_random_uuid(), ${caseId}, ${view.checklist.id}, 'not_identified', '2026-03-20', ${user.id}, ${org.id}, false)`.execute(tx));
      if (sees) await insert;
      else await assert.rejects(insert, /row-level security/);
    }
  });

  test('a new version of the checklist: decisions keep the version they were made against', async () => {
    const caseId = await newCase();
    const v1 = (await identification(caseId)).checklist;
    await investigator.post(`/api/cases/${caseId}/identifications`, { checklistId: v1.id, decision: 'more_information', decidedOn: '2026-03-16', indicatorsMet: ['G5'] });

    assert.equal((await investigator.post('/api/identification-checklists', { title: 'x', publishedOn: '2026-04-01', indicators: [{ code: 'N1', audience: 'general', text: { az: 'a', ru: 'b', en: 'c' } }] })).statusCode, 403);
    const published = await supervisor.post('/api/identification-checklists', {
      title: 'Göstəricilər, 2-ci versiya', publishedOn: '2026-04-01',
      indicators: [{ code: 'N1', audience: 'general', text: { az: 'Yeni', ru: 'Новый', en: 'New' } }, { code: 'N2', audience: 'child', text: { az: 'Uşaq', ru: 'Ребёнок', en: 'Child' } }],
    });
    assert.equal(published.statusCode, 201, published.body);
    assert.equal(published.json().version, 2);

    const now = await identification(caseId);
    assert.equal(now.checklist.version, 2);
    assert.deepEqual(codes(now.checklist.indicators), ['N1']);
    assert.deepEqual([now.decisions[0].checklist.version, now.decisions[0].indicatorsMet], [1, ['G5']]);
    const old = await investigator.get(`/api/identification-checklists/${now.decisions[0].checklist.id}`);
    assert.deepEqual(codes(old.json().indicators).slice(0, 2), ['G1', 'G2']);

    const stale = await investigator.post(`/api/cases/${caseId}/identifications`, { checklistId: v1.id, decision: 'identified', decidedOn: '2026-04-02', indicatorsMet: ['G1'] });
    assert.equal(stale.statusCode, 400);
    assert.deepEqual(stale.json().errors.map((e: { path: string }) => e.path).sort(), ['checklistId', 'indicatorsMet.0']);
  });
});
