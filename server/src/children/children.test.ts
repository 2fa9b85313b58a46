import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import type { Role } from '../../../common/src/roles.js';
import { addDays } from '../care/reviews-due.js';
import { makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { inTransaction } from '../db/database.js';
import type { Actor } from '../policies/policy.js';
import { consentedCaseInput, refer } from '../shelters/shelter-factories.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';
import { bestInterestsReviewsDue } from './best-interests-tasks.js';

const t = await createTestApp();
const police = await makeUnifiedDatabaseHolder(t.db);
const centreOrg = await makeOrganisation(t.db, { shortName: 'YM', kind: 'agency' });
const guardianshipOrg = await makeOrganisation(t.db, { shortName: 'QHO', kind: 'agency' });
const hotlineOrg = await makeOrganisation(t.db, { shortName: 'QX', kind: 'ngo' });
const unrelatedOrg = await makeOrganisation(t.db, { shortName: 'NON', kind: 'ngo' });

const investigator = await t.as('police_investigator', police.id);
const worker = await t.as('shelter_worker', centreOrg.id);
const operator = await t.as('hotline_operator', hotlineOrg.id);
const outsider = await t.as('ngo_partner', unrelatedOrg.id);

const today = bakuToday();
const CONTACT = addDays(today, -40);
const CHILD_BIRTH = `${Number(today.slice(0, 4)) - 14}-01-15`;

/** A case the special police unit records and refers to the centre, which takes its 'services' part. */
async function referredCase(person: Record<string, unknown>) {
  const created = await investigator.post('/api/cases', consentedCaseInput({ firstContactOn: CONTACT, person } as never));
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;
  await refer(investigator, worker, id, centreOrg.id);
  return id;
}

const childCase = () => referredCase({ birthDate: CHILD_BIRTH });
const adultCase = () => referredCase({ birthDate: '1990-05-02' });

async function read(caseId: string, client = worker) {
  const response = await client.get(`/api/cases/${caseId}/child-protection`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

const actorOf = (client: { user: { id: string; organisationId: string; role: Role } }): Actor => ({
  userId: client.user.id, organisationId: client.user.organisationId, role: client.user.role, login: 'l', fullName: 'f', mustChangePassword: false, sessionId: 's',
});

const assessment = (overrides: Record<string, unknown> = {}) => ({
  assessedOn: addDays(today, -5), assessedBy: 'Çoxsahəli qrup', summary: 'Ailəyə qayıtmaq hələ təhlükəlidir.', recommendation: 'stay_in_shelter', reviewOn: addDays(today, 25), ...overrides,
});

describe('the child-protection path', () => {
  test('the centre records the guardian and the child-protection body; names and contacts are sealed', async () => {
    const caseId = await childCase();
    const empty = await read(caseId);
    assert.deepEqual([empty.child, empty.record, empty.assessments, empty.abilities], [true, null, [], { saveProtection: true, addAssessment: true }]);

    const saved = await worker.put(`/api/cases/${caseId}/child-protection`, {
      guardianName: 'Əliyeva Sevinc', guardianRelation: 'relative', guardianContact: '+994 55 111 22 33', guardianAppointedOn: addDays(today, -10),
      guardianAppointedBy: 'Yerli icra hakimiyyətinin qəyyumluq və himayə orqanı', protectionOrgId: guardianshipOrg.id,
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const view = await read(caseId);
    assert.equal(view.record.guardian.name, 'Əliyeva Sevinc');
    assert.equal(view.record.guardian.contact, '+994 55 111 22 33');
    assert.deepEqual([view.record.guardian.relation, view.record.protectionBody.shortName, view.record.revision], ['relative', 'QHO', 1]);
    const stored = await sql<{ n: string; c: string }>`select guardian_name_sealed as n, guardian_contact_sealed as c from case_child_protection where case_id = ${caseId}`.execute(t.db.owner);
    assert.ok(!stored.rows[0]!.n.includes('Sevinc') && !stored.rows[0]!.c.includes('111'), 'sealed at rest');

    const changed = await worker.put(`/api/cases/${caseId}/child-protection`, { revision: 1, guardianName: 'Əliyeva Sevinc', guardianRelation: 'legal_guardian', protectionBodyName: 'Uşaq hüquqları üzrə komissiya' });
    assert.equal(changed.statusCode, 200, changed.body);
    const after = (await read(caseId)).record;
    assert.deepEqual([after.guardian.relation, after.guardian.contact, after.protectionBody, after.protectionBodyName, after.revision], ['legal_guardian', null, null, 'Uşaq hüquqları üzrə komissiya', 2]);
    const stale = await worker.put(`/api/cases/${caseId}/child-protection`, { revision: 1, guardianName: 'Başqa' });
    assert.equal(stale.statusCode, 409);
    const audited = await sql<{ action: string }>`select action from audit_log where record_id = ${caseId} and action like 'child_protection.%' order by seq`.execute(t.db.owner);
    assert.deepEqual(audited.rows.map((r) => r.action).filter((a) => a !== 'child_protection.view'), ['child_protection.create', 'child_protection.update']);
  });

  test('impossible input is refused with its field: guardian details without a name, an appointment in the future, a review before the assessment', async () => {
    const caseId = await childCase();
    const noName = await worker.put(`/api/cases/${caseId}/child-protection`, { guardianRelation: 'parent', guardianAppointedOn: addDays(today, 3) });
    assert.equal(noName.statusCode, 400);
    assert.deepEqual(noName.json().errors.map((e: { path: string }) => e.path).sort(), ['guardianAppointedOn', 'guardianName']);
    const unknownBody = await worker.put(`/api/cases/${caseId}/child-protection`, { protectionOrgId: '00000000-0000-4000-8000-000000000999' });
    assert.deepEqual(unknownBody.json().errors.map((e: { path: string }) => e.path), ['protectionOrgId']);

    const reviewBefore = await worker.post(`/api/cases/${caseId}/best-interests-assessments`, assessment({ reviewOn: addDays(today, -6) }));
    assert.equal(reviewBefore.statusCode, 400);
    assert.deepEqual(reviewBefore.json().errors.map((e: { path: string }) => e.path), ['reviewOn']);
    const english = await worker.request({ method: 'POST', url: `/api/cases/${caseId}/best-interests-assessments`, payload: assessment({ reviewOn: addDays(today, -5) }), headers: { 'accept-language': 'en' } });
    assert.equal(english.json().errors[0].message, 'The review date must be after the assessment date.');
    const early = await worker.post(`/api/cases/${caseId}/best-interests-assessments`, assessment({ assessedOn: addDays(CONTACT, -1) }));
    assert.deepEqual(early.json().errors.map((e: { path: string }) => e.path), ['assessedOn']);
    const future = await worker.post(`/api/cases/${caseId}/best-interests-assessments`, assessment({ assessedOn: addDays(today, 1), reviewOn: null }));
    assert.deepEqual(future.json().errors.map((e: { path: string }) => e.path), ['assessedOn']);
  });

  test('best-interests assessments: newest first, summaries sealed, on the timeline of those who see the services part', async () => {
    const caseId = await childCase();
    const first = await worker.post(`/api/cases/${caseId}/best-interests-assessments`, assessment({ assessedOn: addDays(today, -20), reviewOn: addDays(today, -2) }));
    assert.equal(first.statusCode, 201, first.body);
    const second = await worker.post(`/api/cases/${caseId}/best-interests-assessments`, assessment({ recommendation: 'family_reunification', summary: 'Xala ilə yaşaya bilər.' }));
    assert.equal(second.statusCode, 201, second.body);
    const view = await read(caseId);
    assert.deepEqual(view.assessments.map((a: { recommendation: string }) => a.recommendation), ['family_reunification', 'stay_in_shelter']);
    assert.equal(view.assessments[0].summary, 'Xala ilə yaşaya bilər.');
    assert.equal(view.assessments[0].recordedBy, 'Sınaq shelter_worker');
    assert.equal(view.reviewDue, false, 'the latest assessment sets the review');
    const stored = await sql<{ s: string }>`select summary_sealed as s from case_best_interests_assessments where id = ${second.json().id}`.execute(t.db.owner);
    assert.ok(!stored.rows[0]!.s.includes('Xala'));

    const kinds = (await worker.get(`/api/cases/${caseId}/timeline`)).json().items.map((e: { kind: string }) => e.kind);
    assert.equal(kinds.filter((k: string) => k === 'best_interests_assessed').length, 2);
    const policeKinds = (await investigator.get(`/api/cases/${caseId}/timeline`)).json().items.map((e: { kind: string }) => e.kind);
    assert.ok(!policeKinds.includes('best_interests_assessed'), 'the unit does not see the services part');
  });

  test('an adult case refuses the child path', async () => {
    const caseId = await adultCase();
    const view = await read(caseId);
    assert.deepEqual([view.child, view.abilities], [false, { saveProtection: false, addAssessment: false }]);
    const guardian = await worker.put(`/api/cases/${caseId}/child-protection`, { guardianName: 'Kimsə', guardianRelation: 'parent' });
    assert.equal(guardian.statusCode, 422);
    assert.equal(guardian.json().code, 'CHILD_PATH_ADULT');
    const assessed = await worker.post(`/api/cases/${caseId}/best-interests-assessments`, assessment());
    assert.equal(assessed.json().code, 'CHILD_PATH_ADULT');
  });

  test('a person recorded as a child at identification stays on the path', async () => {
    const caseId = await referredCase({ birthDate: null, estimatedAge: null, childAtIdentification: true });
    assert.equal((await read(caseId)).child, true);
  });

  test('who sees it: the services part; not the unit, not the hotline, and a body without the case gets 404', async () => {
    const caseId = await childCase();
    const unit = await investigator.get(`/api/cases/${caseId}/child-protection`);
    assert.equal(unit.statusCode, 403);
    assert.equal(unit.json().code, 'CASE_PART_HIDDEN');
    assert.equal((await investigator.put(`/api/cases/${caseId}/child-protection`, { guardianName: 'X' })).statusCode, 403);
    assert.equal((await outsider.get(`/api/cases/${caseId}/child-protection`)).statusCode, 404);

    const created = await operator.post('/api/cases', consentedCaseInput({ firstContactOn: CONTACT, person: { birthDate: CHILD_BIRTH } } as never));
    const hotlineCase = created.json().id as string;
    const hotline = await operator.get(`/api/cases/${hotlineCase}/child-protection`);
    assert.equal(hotline.statusCode, 403);
    assert.equal((await operator.post(`/api/cases/${hotlineCase}/best-interests-assessments`, assessment())).statusCode, 403);
  });

  test('row-level security: records are seen and written only where the case is', async () => {
    const caseId = await childCase();
    await worker.put(`/api/cases/${caseId}/child-protection`, { protectionBodyName: 'Qəyyumluq orqanı' });
    for (const [org, role, sees] of [[centreOrg, 'shelter_worker', true], [unrelatedOrg, 'ngo_partner', false]] as const) {
      const user = await makeUser(t.db, { role, organisationId: org.id });
      const identity = { userId: user.id, organisationId: org.id, role: user.role };
      const n = await inTransaction(t.db, identity, async (tx) => (await sql<{ n: number }>`select count(*)::int as n from case_child_protection where case_id = ${caseId}`.execute(tx)).rows[0]!.n);
      assert.equal(n > 0, sees, org.shortName);
      const insert = inTransaction(t.db, identity, (tx) => sql`insert into case_best_interests_assessments (id, case_id, assessed_on, assessed_by, summary_sealed, recommendation, recorded_by)
        values (gen_random_uuid(), ${caseId}, ${today}, 'x', 'x', 'other', ${user.id})`.execute(tx));
      if (sees) await insert;
      else await assert.rejects(insert, /row-level security/);
    }
  });

  test('a review due appears among the tasks of the bodies keeping the services part, until a new assessment', async () => {
    const caseId = await childCase();
    await worker.post(`/api/cases/${caseId}/best-interests-assessments`, assessment({ reviewOn: addDays(today, 3) }));
    const feed = (now: Date, client = worker) => inTransaction(t.db, actorOf(client), (tx) => bestInterestsReviewsDue.collect({ tx, actor: actorOf(client), now, config: t.ctx.config }));
    const soon = (await feed(new Date())).find((task) => task.link === `/cases/${caseId}#children`);
    assert.equal(soon?.kind, 'best_interests_review_due');
    assert.equal(soon?.severity, 'normal');
    assert.equal(soon?.params.dueOn, addDays(today, 3));
    const later = (await feed(new Date(`${addDays(today, 5)}T08:00:00Z`))).find((task) => task.link === `/cases/${caseId}#children`);
    assert.equal(later?.severity, 'overdue');
    assert.equal(bestInterestsReviewsDue.appliesTo(actorOf(investigator)), false);
    assert.equal(bestInterestsReviewsDue.appliesTo(actorOf(operator)), false);

    await worker.post(`/api/cases/${caseId}/best-interests-assessments`, assessment({ assessedOn: today, reviewOn: null }));
    assert.equal((await feed(new Date())).some((task) => task.link === `/cases/${caseId}#children`), false);
  });
});
