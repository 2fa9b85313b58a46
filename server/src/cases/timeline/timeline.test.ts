import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { inTransaction } from '../../db/database.js';
import type { Actor } from '../../policies/policy.js';
import { createTestApp } from '../../test/test-app.js';
import { makeOrganisation } from '../../test/factories.js';
import { caseInput, makeUnifiedDatabaseHolder } from '../case-factories.js';
import { consents } from '../../referrals/referral-fixtures.js';
import { TIMELINE_SOURCES } from './registry.js';
import { orderKey, type TimelineEvent, type TimelineSource } from './timeline-source.js';
import { caseTimeline } from './timeline.service.js';

const t = await createTestApp();
const hotlineOrg = await makeOrganisation(t.db, { shortName: 'QX' });
const unit = await makeUnifiedDatabaseHolder(t.db);
const shelterOrg = await makeOrganisation(t.db, { shortName: 'YM' });
const operator = await t.as('hotline_operator', hotlineOrg.id);
const investigator = await t.as('police_investigator', unit.id);
const shelter = await t.as('shelter_worker', shelterOrg.id);
const stranger = await t.as('frontline_officer');

const created = await operator.post('/api/cases', caseInput({ identificationChannel: 'hotline', consents: consents(true) as never, note: { part: 'hotline', body: 'Zəng: qadın Dubayda saxlanılır' } }));
assert.equal(created.statusCode, 201, created.body);
const caseId = created.json().id as string;
const toUnit = await operator.post(`/api/cases/${caseId}/referrals`, { toOrgId: unit.id, parts: ['identity', 'victim', 'hotline'], reason: 'Müəyyənləşdirmə', sharingBasis: 'consent', urgency: 'urgent' });
assert.equal(toUnit.statusCode, 201, toUnit.body);
assert.equal((await investigator.post(`/api/case-referrals/${toUnit.json().id}/status`, { status: 'accepted' })).statusCode, 200);
const current = (await investigator.get(`/api/cases/${caseId}`)).json();
const { revision, ...victim } = current.victim;
const identified = await investigator.put(`/api/cases/${caseId}/victim`, { revision, victim: { ...victim, traffickingStatus: 'identified', statusDecidedByOrgId: unit.id, statusDecidedOn: '2026-03-20' } });
assert.equal(identified.statusCode, 200, identified.body);
assert.equal((await investigator.post(`/api/cases/${caseId}/proceedings`, { number: '260300017', article: '144-1.2.1', stage: 'preliminary_investigation', openedOn: '2026-03-21' })).statusCode, 201);
const toShelter = await operator.post(`/api/cases/${caseId}/referrals`, { toOrgId: shelterOrg.id, parts: ['identity', 'services'], reason: 'Sığınacaq', sharingBasis: 'consent', services: ['shelter', 'medical'] });
assert.equal(toShelter.statusCode, 201, toShelter.body);
assert.equal((await shelter.post(`/api/cases/${caseId}/assessments`, { kind: 'needs', assessedOn: '2026-03-22', level: 'high', body: 'Tibbi yardım lazımdır' })).statusCode, 201);

type Timeline = { items: TimelineEvent[]; parts: string[]; failed: string[] };
const timelineOf = async (client: typeof operator): Promise<Timeline> => {
  const response = await client.get(`/api/cases/${caseId}/timeline`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
};
const kinds = (timeline: Timeline) => timeline.items.map((event) => event.kind);

describe('the timeline of a case', () => {
  test('the owner sees the whole story as far as its parts go: contact, recording, consents, decisions, referrals, its notes', async () => {
    const timeline = await timelineOf(operator);
    for (const kind of ['case_first_contact', 'case_recorded', 'consent_given', 'status_decided', 'referral_sent', 'referral_accepted', 'note_added']) {
      assert.ok(kinds(timeline).includes(kind), kind);
    }
    assert.ok(!kinds(timeline).includes('proceeding_opened'), 'the investigation is not the hotline\'s part');
    assert.ok(!kinds(timeline).includes('assessment'), 'nor the services');
    const decisions = timeline.items.filter((e) => e.kind === 'status_decided');
    const identification = decisions.find((e) => e.params.status === 'identified')!;
    assert.deepEqual([identification.at, identification.allDay, identification.body], ['2026-03-20', true, 'İAMBİ'], 'on the day decided, by the body that decided');
    assert.deepEqual(decisions.filter((e) => e.params.status === 'presumed').map((e) => [e.allDay, e.body]), [[false, 'QX']], 'no decision date: when it was recorded, by whom');
    const accepted = timeline.items.find((e) => e.kind === 'referral_accepted')!;
    assert.equal(accepted.params.toOrg, 'İAMBİ');
    assert.equal(typeof accepted.params.minutes, 'number');
    assert.equal(timeline.items.filter((e) => e.kind === 'referral_sent').length, 2);
    assert.deepEqual(timeline.failed, []);
  });

  test('events are in order, oldest first, and nothing but the event is sent', async () => {
    const timeline = await timelineOf(investigator);
    const keys = timeline.items.map((e) => orderKey(e));
    assert.deepEqual(keys, [...keys].sort((a, b) => a - b));
    assert.equal(timeline.items[0]!.kind, 'case_first_contact');
    assert.ok(timeline.items.every((e) => !('recordedAt' in e)));
  });

  test('a day among moments: at the moment it was entered if entered that day, otherwise as the day starts in Baku', () => {
    const day = (at: string, recordedAt?: string) => orderKey({ at, allDay: true, recordedAt });
    const moment = (at: string) => orderKey({ at, allDay: false });
    assert.ok(day('2026-03-20', '2026-03-20T11:00:00Z') > moment('2026-03-20T09:00:00Z'), 'a decision dated and entered after the morning\'s acceptance');
    assert.ok(day('2026-03-20', '2026-03-25T11:00:00Z') < moment('2026-03-20T09:00:00Z'), 'entered days later: the day\'s start');
    assert.equal(day('2026-03-20'), Date.parse('2026-03-19T20:00:00Z'));
    assert.equal(day('2026-03-20', '2026-03-19T21:00:00Z'), Date.parse('2026-03-19T21:00:00Z'), 'the day in Baku, not in UTC');
  });

  test('the special police unit sees decisions and proceedings, not the shelter\'s services', async () => {
    const timeline = await timelineOf(investigator);
    assert.ok(kinds(timeline).includes('proceeding_opened'));
    const proceeding = timeline.items.find((e) => e.kind === 'proceeding_opened')!;
    assert.deepEqual([proceeding.at, proceeding.part, proceeding.params.article], ['2026-03-21', 'investigation', '144-1.2.1']);
    assert.ok(kinds(timeline).includes('status_decided'));
    assert.ok(!kinds(timeline).includes('assessment'));
    assert.ok(timeline.items.every((e) => e.part === null || timeline.parts.includes(e.part)));
  });

  test('a body the case was referred to sees the events of the parts it was sent, and only its own referral', async () => {
    const timeline = await timelineOf(shelter);
    assert.deepEqual(timeline.parts.sort(), ['identity', 'services']);
    assert.ok(kinds(timeline).includes('assessment'));
    assert.ok(!kinds(timeline).includes('status_decided'), 'decisions are the victim part, not sent to the shelter');
    assert.ok(!kinds(timeline).includes('proceeding_opened'));
    assert.ok(!kinds(timeline).includes('note_added'), 'the hotline\'s note is not the shelter\'s');
    const referrals = timeline.items.filter((e) => e.kind.startsWith('referral_'));
    assert.deepEqual(referrals.map((e) => [e.kind, e.params.toOrg]), [['referral_sent', 'YM']], 'not the referral to the police unit');
    assert.equal(referrals[0]!.params.services, 'shelter,medical');
  });

  test('a body without access gets nothing, not even that the case exists; the Coordinator neither', async () => {
    assert.equal((await stranger.get(`/api/cases/${caseId}/timeline`)).statusCode, 404);
    assert.equal((await (await t.as('national_coordinator')).get(`/api/cases/${caseId}/timeline`)).statusCode, 403);
  });

  test('every look at the timeline is in the case\'s access log with the parts shown', async () => {
    await timelineOf(shelter);
    const rows = await sql<{ details: { parts: string[] } }>`select details from audit_log where action = 'case.timeline_view' and record_id = ${caseId} and organisation_id = ${shelterOrg.id}`.execute(t.db.owner);
    assert.ok(rows.rows.length >= 1);
    assert.deepEqual(rows.rows.at(-1)!.details.parts.sort(), ['identity', 'services']);
  });
});

describe('sources of the timeline', () => {
  const shelterActor: Actor = { userId: shelter.user.id, login: shelter.user.login, fullName: 'x', organisationId: shelterOrg.id, role: 'shelter_worker', mustChangePassword: false, sessionId: 's' };
  const event = (id: string, part: TimelineEvent['part']): TimelineEvent => ({ id, at: '2026-03-23T10:00:00.000Z', allDay: false, kind: 'placement_entry', part, body: 'YM', params: {} });

  test('a source\'s events of parts the caller does not see are dropped, whatever the source returns', async () => {
    const careless: TimelineSource = { name: 'careless', parts: ['services', 'investigation'], collect: async () => [event('a', 'services'), event('b', 'investigation'), event('c', null)] };
    const result = await inTransaction(t.db, shelterActor, (tx) => caseTimeline(tx, t.ctx.vault, shelterActor, caseId, [careless]));
    assert.deepEqual(result.items.map((e) => e.id), ['a', 'c']);
  });

  test('a source of parts the caller does not see is not asked at all', async () => {
    const hidden: TimelineSource = { name: 'hidden', parts: ['investigation'], collect: async () => assert.fail('not asked') };
    const result = await inTransaction(t.db, shelterActor, (tx) => caseTimeline(tx, t.ctx.vault, shelterActor, caseId, [hidden]));
    assert.deepEqual(result, { items: [], parts: result.parts, failed: [] });
  });

  test('a failing source costs only its own events, and is named', async () => {
    const broken: TimelineSource = { name: 'broken', parts: [null], collect: async ({ tx }) => (await sql`select * from no_such_table`.execute(tx), []) };
    const failures: string[] = [];
    const result = await inTransaction(t.db, shelterActor, (tx) => caseTimeline(tx, t.ctx.vault, shelterActor, caseId, [broken, ...TIMELINE_SOURCES], (name) => failures.push(name)));
    assert.deepEqual(result.failed, ['broken']);
    assert.deepEqual(failures, ['broken']);
    assert.ok(result.items.some((e) => e.kind === 'case_recorded'), 'the other sources still answered');
  });
});
