import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp } from '../test/test-app.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { move, recordCase, refer, referralTo } from './referral-fixtures.js';

const t = await createTestApp();
const hotlineOrg = await makeOrganisation(t.db, { shortName: 'QX' });
const unit = await makeUnifiedDatabaseHolder(t.db);
const shelterOrg = await makeOrganisation(t.db, { shortName: 'YM', kind: 'agency' });
const empty = await makeOrganisation(t.db, { shortName: 'BOŞ' });

const operator = await t.as('hotline_operator', hotlineOrg.id);
const colleague = await t.as('hotline_operator', hotlineOrg.id);
const investigator = await t.as('police_investigator', unit.id);
const supervisor = await t.as('police_supervisor', unit.id);
const shelter = await t.as('shelter_worker', shelterOrg.id);
const stranger = await t.as('ngo_partner');
const coordinator = await t.as('national_coordinator');

const statusOf = async (id: string) => (await t.db.owner.selectFrom('case_referrals').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
const notificationsOf = (userId: string) => t.db.owner.selectFrom('notifications').select(['kind', 'params']).where('user_id', '=', userId).orderBy('created_at').execute();

describe('sending a referral', () => {
  test('it carries the reason, urgency, services, basis for sharing and parts; the receiving body is told', async () => {
    const { id: caseId, reference } = await recordCase(operator);
    const referralId = await refer(operator, caseId, unit.id, { urgency: 'urgent', services: ['legal_aid', 'interpreter', 'legal_aid'] });
    const [referral] = (await operator.get(`/api/cases/${caseId}/referrals`)).json().items;
    assert.equal(referral.id, referralId);
    assert.equal(referral.status, 'sent');
    assert.equal(referral.urgency, 'urgent');
    assert.deepEqual(referral.services, ['legal_aid', 'interpreter']);
    assert.equal(referral.sharingBasis, 'consent');
    assert.deepEqual(referral.parts, ['identity', 'victim']);
    assert.equal(referral.caseReference, reference);
    assert.equal(referral.to.keepsUnifiedDatabase, true);
    assert.ok(referral.acceptBy, 'a referral to the unit has a time limit');
    assert.deepEqual(referral.moves, ['withdrawn']);
    for (const user of [investigator, supervisor]) {
      const received = (await notificationsOf(user.user.id)).filter((n) => n.kind === 'referral_received');
      assert.equal(received.at(-1)?.params.reference, reference);
      assert.equal(received.at(-1)?.params.urgency, 'urgent');
    }
    const audit = await sql<{ details: Record<string, unknown> }>`select details from audit_log where action = 'case.refer' and record_id = ${caseId}`.execute(t.db.owner);
    assert.equal(audit.rows[0]!.details.sharingBasis, 'consent');
  });

  test('on consent only when the person\'s latest decision on sharing is a consent; otherwise a legal ground is named', async () => {
    const refused = await recordCase(operator, false);
    const noConsent = await operator.post(`/api/cases/${refused.id}/referrals`, referralTo(unit.id), { 'accept-language': 'en' });
    assert.equal(noConsent.statusCode, 400);
    assert.deepEqual(noConsent.json().errors.map((e: { path: string }) => e.path), ['sharingBasis']);
    assert.match(noConsent.json().errors[0].message, /No consent of the person to sharing/);
    const unnamed = await operator.post(`/api/cases/${refused.id}/referrals`, referralTo(unit.id, { sharingBasis: 'vital_interests' }));
    assert.equal(unnamed.statusCode, 400);
    assert.deepEqual(unnamed.json().errors.map((e: { path: string }) => e.path), ['legalGround']);
    const grounded = await operator.post(`/api/cases/${refused.id}/referrals`, referralTo(unit.id, { sharingBasis: 'vital_interests', legalGround: 'Qanun, maddə 17.2' }));
    assert.equal(grounded.statusCode, 201, grounded.body);
    const never = await recordCase(operator, null);
    assert.equal((await operator.post(`/api/cases/${never.id}/referrals`, referralTo(unit.id))).statusCode, 400, 'no decision recorded is no consent');
  });

  test('not to one\'s own body, an unknown body, an unknown service, nor twice to the same body while one is open', async () => {
    const { id: caseId } = await recordCase(operator);
    assert.equal((await operator.post(`/api/cases/${caseId}/referrals`, referralTo(hotlineOrg.id))).statusCode, 400);
    assert.equal((await operator.post(`/api/cases/${caseId}/referrals`, referralTo('00000000-0000-4000-8000-000000000000'))).statusCode, 400);
    assert.equal((await operator.post(`/api/cases/${caseId}/referrals`, referralTo(unit.id, { services: ['massage'] }))).statusCode, 400);
    assert.equal((await operator.post(`/api/cases/${caseId}/referrals`, referralTo(unit.id, { urgency: 'very' }))).statusCode, 400);
    const first = await refer(operator, caseId, unit.id);
    const again = await operator.post(`/api/cases/${caseId}/referrals`, referralTo(unit.id));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'REFERRAL_ALREADY_OPEN');
    assert.equal((await move(investigator, first, 'declined', { reason: 'Bizim səlahiyyətimizdə deyil' })).statusCode, 200);
    await refer(operator, caseId, unit.id);
  });

  test('a body with no active users who keep records is named as a warning, and the referral goes only when confirmed', async () => {
    const { id: caseId } = await recordCase(operator);
    const count = async () => (await sql<{ n: number }>`select count(*)::int as n from case_referrals where case_id = ${caseId}`.execute(t.db.owner)).rows[0]!.n;
    const warned = await operator.post(`/api/cases/${caseId}/referrals`, referralTo(empty.id), { 'accept-language': 'en' });
    assert.equal(warned.statusCode, 409);
    assert.equal(warned.json().code, 'REFERRAL_RECEIVER_UNSTAFFED');
    assert.deepEqual(warned.json().warnings, ['no_active_users']);
    assert.match(warned.json().detail, /Nobody at the receiving body/);
    assert.equal(await count(), 0, 'nothing is sent before the confirmation');
    // Users who do not keep records, or are no longer active, do not count.
    await makeUser(t.db, { role: 'agency_focal_point', organisationId: empty.id });
    await makeUser(t.db, { role: 'frontline_officer', organisationId: empty.id, active: false });
    assert.equal((await operator.post(`/api/cases/${caseId}/referrals`, referralTo(empty.id))).statusCode, 409);
    assert.equal((await operator.post(`/api/cases/${caseId}/referrals`, referralTo(empty.id, { confirmNoActiveUsers: true }))).statusCode, 201);
    assert.equal(await count(), 1);
  });

  test('only a body that keeps the case may refer it', async () => {
    const { id: caseId } = await recordCase(operator);
    await refer(operator, caseId, shelterOrg.id, { parts: ['identity', 'services'] });
    assert.equal((await shelter.post(`/api/cases/${caseId}/referrals`, referralTo(empty.id, { confirmNoActiveUsers: true }))).statusCode, 403, 'a receiver does not pass the case on');
    assert.equal((await stranger.post(`/api/cases/${caseId}/referrals`, referralTo(empty.id))).statusCode, 404);
    assert.equal((await coordinator.post(`/api/cases/${caseId}/referrals`, referralTo(empty.id))).statusCode, 403);
  });
});

describe('the steps of a referral and who may take them', () => {
  test('sent → accepted → completed by the receiving body; the time to acceptance is measured', async () => {
    const { id: caseId } = await recordCase(operator);
    const id = await refer(operator, caseId, unit.id);
    await sql`update case_referrals set created_at = now() - interval '95 minutes' where id = ${id}`.execute(t.db.owner);
    assert.equal((await move(operator, id, 'accepted')).json().code, 'REFERRAL_NOT_PARTY', 'the sender does not accept its own referral');
    assert.equal((await move(stranger, id, 'accepted')).statusCode, 404, 'a body it does not concern does not learn of it');
    assert.equal((await move(coordinator, id, 'accepted')).statusCode, 403);
    assert.equal((await move(await t.as('agency_head', unit.id), id, 'accepted')).statusCode, 403, 'a role of the unit that keeps no records');
    const completedEarly = await move(investigator, id, 'completed');
    assert.equal(completedEarly.statusCode, 409);
    assert.equal(completedEarly.json().code, 'REFERRAL_STATE');
    assert.equal(completedEarly.json().currentStatus, 'sent');
    const accepted = await move(investigator, id, 'accepted');
    assert.equal(accepted.statusCode, 200, accepted.body);
    const [referral] = (await operator.get(`/api/cases/${caseId}/referrals`)).json().items;
    assert.equal(referral.status, 'accepted');
    assert.ok(referral.minutesToAcceptance >= 95 && referral.minutesToAcceptance < 100, String(referral.minutesToAcceptance));
    assert.equal(referral.acceptedInTime, true);
    assert.equal(referral.acceptedBy, 'Sınaq police_investigator');
    assert.equal((await move(investigator, id, 'accepted')).json().code, 'REFERRAL_STATE', 'accepted once');
    assert.equal((await move(investigator, id, 'declined', { reason: 'x' })).json().code, 'REFERRAL_STATE', 'no declining what was accepted');
    assert.equal((await move(supervisor, id, 'completed')).statusCode, 200);
    assert.equal(await statusOf(id), 'completed');
    assert.equal((await move(operator, id, 'withdrawn')).json().code, 'REFERRAL_STATE', 'nothing to withdraw once completed');
    const actions = await sql<{ action: string }>`select action from audit_log where record_id = ${caseId} and action like 'referral.%' order by seq`.execute(t.db.owner);
    assert.deepEqual(actions.rows.map((r) => r.action), ['referral.accepted', 'referral.completed']);
  });

  test('declining needs a reason, which the sender sees and is told of', async () => {
    const { id: caseId, reference } = await recordCase(operator);
    const id = await refer(operator, caseId, shelterOrg.id, { parts: ['identity', 'services'] });
    const bare = await move(shelter, id, 'declined');
    assert.equal(bare.statusCode, 400);
    assert.deepEqual(bare.json().errors.map((e: { path: string }) => e.path), ['reason']);
    assert.equal((await move(shelter, id, 'declined', { reason: 'Yer yoxdur: bütün otaqlar doludur' })).statusCode, 200);
    const [referral] = (await operator.get(`/api/cases/${caseId}/referrals`)).json().items;
    assert.equal(referral.status, 'declined');
    assert.equal(referral.declineReason, 'Yer yoxdur: bütün otaqlar doludur');
    assert.ok(referral.closedAt);
    const told = (await notificationsOf(operator.user.id)).filter((n) => n.kind === 'referral_declined');
    assert.equal(told.at(-1)?.params.reference, reference);
    assert.equal((await move(shelter, id, 'accepted')).json().code, 'REFERRAL_STATE', 'a declined referral is not accepted later');
  });

  test('the sending body withdraws, while sent or accepted; the receiver cannot', async () => {
    const { id: caseId } = await recordCase(operator);
    const sent = await refer(operator, caseId, shelterOrg.id, { parts: ['identity', 'services'] });
    assert.equal((await move(shelter, sent, 'withdrawn')).json().code, 'REFERRAL_NOT_PARTY');
    assert.equal((await move(colleague, sent, 'withdrawn')).statusCode, 200, 'anyone of the sending body');
    const accepted = await refer(operator, caseId, shelterOrg.id, { parts: ['identity', 'services'] });
    assert.equal((await move(shelter, accepted, 'accepted')).statusCode, 200);
    assert.equal((await move(operator, accepted, 'withdrawn')).statusCode, 200);
    assert.equal(await statusOf(accepted), 'withdrawn');
  });

  test('an unknown step is refused before anything is read', async () => {
    const { id: caseId } = await recordCase(operator);
    const id = await refer(operator, caseId, unit.id);
    assert.equal((await move(investigator, id, 'sent')).statusCode, 400);
    assert.equal((await move(investigator, id, 'reopened')).statusCode, 400);
    assert.equal(await statusOf(id), 'sent');
  });
});

describe('two people acting on the same referral at once', () => {
  test('two officers accept at the same moment: one wins, the other is told it is already accepted', async () => {
    const { id: caseId } = await recordCase(operator);
    const id = await refer(operator, caseId, unit.id);
    const answers = await Promise.all([move(investigator, id, 'accepted', { expected: 'sent' }), move(supervisor, id, 'accepted', { expected: 'sent' })]);
    const codes = answers.map((a) => a.statusCode).sort();
    assert.deepEqual(codes, [200, 409]);
    const lost = answers.find((a) => a.statusCode === 409)!.json();
    assert.equal(lost.code, 'REFERRAL_CHANGED');
    assert.equal(lost.currentStatus, 'accepted');
    const accepts = await sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'referral.accepted' and record_id = ${caseId}`.execute(t.db.owner);
    assert.equal(accepts.rows[0]!.n, 1, 'accepted once');
  });

  test('declining and withdrawing at once: one wins, the other changes nothing', async () => {
    const { id: caseId } = await recordCase(operator);
    const id = await refer(operator, caseId, unit.id);
    const answers = await Promise.all([move(investigator, id, 'declined', { reason: 'Səbəb', expected: 'sent' }), move(operator, id, 'withdrawn', { expected: 'sent' })]);
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [200, 409]);
    const winner = answers[0]!.statusCode === 200 ? 'declined' : 'withdrawn';
    assert.equal(await statusOf(id), winner);
  });

  test('a step decided on a state that has since changed is not applied', async () => {
    const { id: caseId } = await recordCase(operator);
    const id = await refer(operator, caseId, unit.id);
    assert.equal((await move(investigator, id, 'accepted')).statusCode, 200);
    // The sender decided to withdraw while it still showed "sent".
    const stale = await move(operator, id, 'withdrawn', { expected: 'sent' }, );
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'REFERRAL_CHANGED');
    assert.equal(await statusOf(id), 'accepted');
  });
});

describe('access follows the referral', () => {
  test('the receiver sees the case while the referral is open and loses it when the referral ends, however it ends', async () => {
    for (const [end, by, extra] of [['completed', shelter, {}], ['declined', shelter, { reason: 'Yer yoxdur' }], ['withdrawn', operator, {}]] as const) {
      const { id: caseId, reference } = await recordCase(operator);
      const id = await refer(operator, caseId, shelterOrg.id, { parts: ['identity', 'services'] });
      assert.equal((await shelter.get(`/api/cases/${caseId}`)).statusCode, 200, 'while sent');
      if (end !== 'declined') {
        assert.equal((await move(shelter, id, 'accepted')).statusCode, 200);
        assert.equal((await shelter.get(`/api/cases/${caseId}`)).statusCode, 200, 'while accepted');
      }
      assert.equal((await move(by, id, end, extra)).statusCode, 200);
      assert.equal((await shelter.get(`/api/cases/${caseId}`)).statusCode, 404, `after ${end}`);
      assert.equal((await shelter.get(`/api/cases/${caseId}/timeline`)).statusCode, 404, `no timeline after ${end}`);
      assert.equal((await shelter.post(`/api/cases/${caseId}/notes`, { part: 'services', body: 'x' })).statusCode, 404, `no writing after ${end}`);
      const inbox = (await shelter.get(`/api/referrals?box=incoming&q=${encodeURIComponent(reference)}`)).json();
      assert.equal(inbox.items[0].status, end, 'the inbox still lists it');
      assert.equal(inbox.items[0].caseVisible, false);
      assert.equal(inbox.items[0].caseReference, reference);
      assert.equal((await operator.get(`/api/cases/${caseId}`)).statusCode, 200, 'the owner keeps it');
    }
  });
});

describe('the referral inbox of a body', () => {
  test('incoming and outgoing, with filters; waiting and urgent first; counts for the tabs', async () => {
    const inboxOrg = await makeOrganisation(t.db, { shortName: 'İNB' });
    const receiver = await t.as('ngo_partner', inboxOrg.id);
    const a = await recordCase(operator);
    const b = await recordCase(operator);
    const c = await recordCase(operator);
    const normal = await refer(operator, a.id, inboxOrg.id);
    const urgent = await refer(operator, b.id, inboxOrg.id, { urgency: 'urgent' });
    const done = await refer(operator, c.id, inboxOrg.id);
    assert.equal((await move(receiver, done, 'accepted')).statusCode, 200);
    const incoming = (await receiver.get('/api/referrals')).json();
    assert.deepEqual(incoming.items.map((i: { id: string }) => i.id), [urgent, normal, done]);
    assert.deepEqual(incoming.counts, { incomingWaiting: 2, incomingOverdue: 0, incomingAccepted: 1, outgoingWaiting: 0 });
    assert.deepEqual(incoming.items[0].moves, ['accepted', 'declined']);
    assert.equal(incoming.items[0].acceptBy, null, 'no time limit for bodies other than the unit');
    assert.equal(incoming.timeToAcceptance.accepted, 1);
    assert.equal(typeof incoming.timeToAcceptance.medianMinutes, 'number');
    assert.deepEqual((await receiver.get('/api/referrals?urgency=urgent')).json().items.map((i: { id: string }) => i.id), [urgent]);
    assert.deepEqual((await receiver.get('/api/referrals?status=accepted')).json().items.map((i: { id: string }) => i.id), [done]);
    assert.equal((await receiver.get('/api/referrals?status=open')).json().total, 3);
    assert.deepEqual((await receiver.get(`/api/referrals?q=${encodeURIComponent(b.reference)}`)).json().items.map((i: { id: string }) => i.id), [urgent]);
    assert.equal((await receiver.get('/api/referrals?box=outgoing')).json().total, 0);
    const outgoing = (await operator.get(`/api/referrals?box=outgoing&q=${a.reference.slice(3)}`)).json();
    assert.deepEqual(outgoing.items.map((i: { id: string }) => i.id), [normal]);
    assert.deepEqual(outgoing.items[0].moves, ['withdrawn']);
    assert.equal((await receiver.get('/api/referrals?box=sideways')).statusCode, 400);
    assert.equal((await coordinator.get('/api/referrals')).statusCode, 403);
  });

  test('the unit sees which referrals are past their time', async () => {
    const { id: caseId } = await recordCase(operator);
    const late = await refer(operator, caseId, unit.id, { urgency: 'urgent' });
    await sql`update case_referrals set created_at = now() - interval '3 hours' where id = ${late}`.execute(t.db.owner);
    const overdue = (await investigator.get('/api/referrals?overdue=true')).json();
    assert.ok(overdue.items.some((i: { id: string; overdue: boolean }) => i.id === late && i.overdue));
    assert.ok(overdue.counts.incomingOverdue >= 1);
    assert.ok(!(await investigator.get('/api/referrals?overdue=false')).json().items.some((i: { id: string }) => i.id === late));
    assert.equal((await move(investigator, late, 'accepted')).statusCode, 200);
    const [accepted] = (await operator.get(`/api/cases/${caseId}/referrals`)).json().items;
    assert.equal(accepted.acceptedInTime, false, 'accepted, but after the time limit');
    assert.equal(accepted.overdue, false);
  });
});
