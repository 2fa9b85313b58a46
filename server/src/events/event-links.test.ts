import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestApp } from '../test/test-app.js';
import { seedOrganisations } from '../seed/seed.js';
import { seedPlans } from '../seed/plans.js';

const t = await createTestApp();
await seedOrganisations(t.db);
await seedPlans(t.db);

const organisationId = async (key: string) => (await t.db.owner.selectFrom('organisations').select('id').where('key', '=', key).executeTakeFirstOrThrow()).id;
const [dmx, din, tehsil] = await Promise.all([organisationId('dmx'), organisationId('din'), organisationId('tehsil')]);
const planId = (await t.db.owner.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;

const secretariat = await t.as('secretariat');
const migration = { focal: await t.as('agency_focal_point', dmx), head: await t.as('agency_head', dmx) };
const police = { focal: await t.as('agency_focal_point', din), head: await t.as('agency_head', din) };
const education = { focal: await t.as('agency_focal_point', tehsil), head: await t.as('agency_head', tehsil) };
type Body = typeof police;

const period = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2022, dueOn: '2099-01-31' })).json();
async function firstEntry(body: Body) {
  const items = (await body.focal.get(`/api/report-entries?periodId=${period.id}&pageSize=200`)).json().items as { id: string; measure: { id: string; code: string } }[];
  assert.ok(items.length, 'the body has measures to report on');
  return items[0]!;
}
const [migrationEntry, policeEntry, educationEntry] = await Promise.all([firstEntry(migration), firstEntry(police), firstEntry(education)]);

const TITLE = 'Əmək miqrantlarının hüquqları üzrə birgə təlim';
// The partner is written as people write it: the register matches names ignoring case and diacritics.
const training = { kind: 'training', title: TITLE, dateFrom: '2022-04-12', dateTo: '2022-04-13', place: 'Gəncə', participants: 30, women: 12, men: 18, partners: ['Din'] };
const content = (activities: object[]) => ({ status: 'in_progress', narrative: 'Birgə təlim keçirildi', activities, figures: [], needs: [] });

interface Entry {
  revision: number;
  state: string;
  activities: { id?: string; eventId?: string; title: string }[];
}

async function save(body: Body, entryId: string, activities: object[]) {
  const current = (await body.focal.get(`/api/report-entries/${entryId}`)).json() as Entry;
  if (current.state === 'accepted') await secretariat.post(`/api/report-entries/${entryId}/reopen`, { comment: 'Düzəliş' });
  const revision = ((await body.focal.get(`/api/report-entries/${entryId}`)).json() as Entry).revision;
  return body.focal.put(`/api/report-entries/${entryId}`, { revision, ...content(activities) });
}

/** Saves, submits and accepts the entry; returns it as accepted. */
async function report(body: Body, entryId: string, activities: object[]): Promise<Entry> {
  const saved = await save(body, entryId, activities);
  assert.equal(saved.statusCode, 200, saved.body);
  assert.equal((await body.head.post(`/api/report-entries/${entryId}/submit`)).statusCode, 200);
  const accepted = await secretariat.post(`/api/report-entries/${entryId}/review`, { decision: 'accept' });
  assert.equal(accepted.statusCode, 200, accepted.body);
  return accepted.json();
}

const register = async () => (await secretariat.get(`/api/events?q=${encodeURIComponent(TITLE)}`)).json();
const totals = async () => (await secretariat.get('/api/events/totals?year=2022')).json();
const linkable = async (body: Body, q = TITLE) => ((await body.focal.get(`/api/events/linkable?q=${encodeURIComponent(q)}`)).json().items as { id: string }[]).map((e) => e.id);

describe('an event two bodies report', () => {
  let eventId = '';

  test('the organiser reports it; its partner may link to it, a body that took no part may not', async () => {
    eventId = (await report(migration, migrationEntry.id, [training])).activities[0]!.id!;
    assert.deepEqual(await linkable(police), [eventId], 'named among the partners');
    assert.deepEqual(await linkable(migration), [eventId], 'its organiser');
    assert.deepEqual(await linkable(education), []);
    const refused = await save(education, educationEntry.id, [{ ...training, eventId }]);
    assert.equal(refused.statusCode, 422);
    assert.equal(refused.json().code, 'EVENT_LINK_NOT_ALLOWED');
    assert.equal((await secretariat.get(`/api/events/linkable`)).statusCode, 403, 'the Coordinator’s office does not report');
  });

  test('the partner’s linked activity is the same event: once in the register and once in the totals', async () => {
    const before = await totals();
    const accepted = await report(police, policeEntry.id, [{ ...training, participants: 8, eventId }]);
    assert.equal(accepted.activities[0]!.eventId, eventId, 'the entry keeps the link');
    assert.equal(accepted.activities[0]!.id, undefined, 'and makes no event of its own');
    const list = await register();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].organiser.id, dmx, 'the organiser stays the organiser');
    const after = await totals();
    assert.equal(after.all.events, before.all.events);
    assert.equal(after.all.participants, before.all.participants, 'the partner’s own count does not change the register');
    const event = (await police.focal.get(`/api/events/${eventId}`)).json();
    assert.deepEqual(event.linkedReports.map((r: { organisation: { id: string }; measureCode: string }) => [r.organisation.id, r.measureCode]), [[din, policeEntry.measure.code]]);
    assert.equal(event.linkedReports[0].entry.visible, true, 'the reporting body opens its own entry from the event');
    assert.deepEqual(new Set(event.measures.map((m: { id: string }) => m.id)), new Set([migrationEntry.measure.id, policeEntry.measure.id]));
  });

  test('accepted again, it is still once; the organiser keeps the partner’s measure when editing its own', async () => {
    await report(police, policeEntry.id, [{ ...training, participants: 8, eventId }]);
    assert.equal((await register()).total, 1);
    const links = await t.db.owner.selectFrom('event_reports').selectAll().where('event_id', '=', eventId).execute();
    assert.equal(links.length, 1);
    const event = (await migration.focal.get(`/api/events/${eventId}`)).json();
    const { id: _id, organiser, origin: _o, entry: _e, group: _g, year: _y, measures: _m, knowledgeGain: _k, abilities: _a, participantGroups, linkedReports: _l, evaluation: _ev, evaluations: _evs, updatedAt: _u, revision, ...rest } = event;
    const updated = await migration.focal.put(`/api/events/${eventId}`, {
      ...rest,
      organiserId: organiser.id,
      revision,
      participantGroups: participantGroups.map(({ organisation: _org, ...g }: { organisation: unknown }) => g),
      audiences: ['migrants'],
      measureIds: [],
    });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.ok(updated.json().measures.some((m: { id: string }) => m.id === policeEntry.measure.id));
  });

  test('an activity taken out of the partner’s entry ends the link, and the event stays', async () => {
    await report(police, policeEntry.id, []);
    const event = (await secretariat.get(`/api/events/${eventId}`)).json();
    assert.deepEqual(event.linkedReports, []);
    assert.equal((await register()).total, 1);
  });
});

describe('an event the Coordinator’s office recorded', () => {
  test('any body that reports may link to it; a body’s own register event is claimed, not linked', async () => {
    const recorded = await secretariat.post('/api/events', {
      organiserId: dmx, kind: 'campaign', title: 'Milli maarifləndirmə kampaniyası 2022', dateFrom: '2022-07-30', dateTo: null, place: null,
      participants: null, women: null, men: null, partners: [], audiences: ['general_public'], participantGroups: [], materials: [], languages: ['az'],
      reach: 50000, assessment: null, notes: '', measureIds: [],
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    const campaign = recorded.json().id as string;
    assert.deepEqual(await linkable(education, 'kampaniyası'), [campaign]);
    const accepted = await report(education, educationEntry.id, [{ kind: 'awareness', title: 'Kampaniyada iştirak', dateFrom: '2022-07-30', dateTo: null, place: null, participants: null, women: null, men: null, partners: [], eventId: campaign }]);
    assert.equal(accepted.activities[0]!.eventId, campaign);
    const event = (await education.focal.get(`/api/events/${campaign}`)).json();
    assert.equal(event.origin, 'register');
    assert.equal(event.entry, null, 'the organiser has not reported it yet');
    assert.deepEqual(event.linkedReports.map((r: { organisation: { id: string } }) => r.organisation.id), [tehsil]);

    // Its organiser linking to it in its own report makes it the event of that entry, as reporting its id does.
    const own = await report(migration, migrationEntry.id, [{ kind: 'awareness', title: 'Milli maarifləndirmə kampaniyası 2022', dateFrom: '2022-07-30', dateTo: null, place: null, participants: null, women: null, men: null, partners: [], eventId: campaign }]);
    assert.equal(own.activities[0]!.id, campaign);
    assert.equal(own.activities[0]!.eventId, undefined);
    const claimed = (await secretariat.get(`/api/events/${campaign}`)).json();
    assert.equal(claimed.entry.id, migrationEntry.id);
    assert.equal(claimed.reach, 50000, 'what the register added stays');
  });
});
