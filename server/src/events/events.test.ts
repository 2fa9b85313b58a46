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
const head = await t.as('agency_head', dmx);
const police = await t.as('agency_focal_point', din);
const ombudsman = await t.as('oversight_reader');
const shelter = await t.as('shelter_worker');

const period = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2021, dueOn: '2099-01-31' })).json();
const entries = (await focal.get(`/api/report-entries?periodId=${period.id}&pageSize=200`)).json().items as { id: string; measure: { id: string; code: string } }[];
const entry = entries[0]!;

const TITLE = 'Sərhədçilər üçün insan alverinin əlamətləri üzrə təlim';
const training = { kind: 'training', title: TITLE, dateFrom: '2021-03-10', dateTo: '2021-03-11', place: 'Bakı', participants: 25, women: 10, men: 15, partners: ['BMqT'] };
const content = (activities: object[], narrative = 'Təlim keçirildi') => ({ status: 'in_progress', narrative, activities, figures: [], needs: [] });

interface Entry {
  revision: number;
  state: string;
  activities: { id?: string; title: string; participants: number | null }[];
}

/** Saves, submits and accepts the entry; returns it as accepted. */
async function report(activities: object[]): Promise<Entry> {
  const current = (await focal.get(`/api/report-entries/${entry.id}`)).json() as Entry;
  if (current.state === 'accepted') await secretariat.post(`/api/report-entries/${entry.id}/reopen`, { comment: 'Düzəliş' });
  const revision = ((await focal.get(`/api/report-entries/${entry.id}`)).json() as Entry).revision;
  const saved = await focal.put(`/api/report-entries/${entry.id}`, { revision, ...content(activities) });
  assert.equal(saved.statusCode, 200, saved.body);
  assert.equal((await head.post(`/api/report-entries/${entry.id}/submit`)).statusCode, 200);
  const accepted = await secretariat.post(`/api/report-entries/${entry.id}/review`, { decision: 'accept' });
  assert.equal(accepted.statusCode, 200, accepted.body);
  return accepted.json();
}

const register = async (client = police, query = `q=${encodeURIComponent(TITLE)}`) => (await client.get(`/api/events?${query}`)).json();
const totals = async (client = police, query = `organiserId=${dmx}`) => (await client.get(`/api/events/totals?${query}`)).json();

describe('an event reported by a body', () => {
  let eventId = '';

  test('is not in the register while the entry is a draft', async () => {
    const revision = ((await focal.get(`/api/report-entries/${entry.id}`)).json() as Entry).revision;
    assert.equal((await focal.put(`/api/report-entries/${entry.id}`, { revision, ...content([training]) })).statusCode, 200);
    assert.equal((await register()).total, 0);
    assert.equal((await totals()).all.events, 0);
  });

  test('appears once in the event register and once in totals when the entry is accepted', async () => {
    const accepted = await report([training]);
    eventId = accepted.activities[0]!.id!;
    assert.match(eventId, /^[0-9a-f-]{36}$/, 'the entry keeps the id of its event');
    const list = await register();
    assert.equal(list.total, 1);
    const event = list.items[0];
    assert.equal(event.id, eventId);
    assert.equal(event.origin, 'report');
    assert.equal(event.organiser.id, dmx);
    assert.equal(event.entry.id, entry.id);
    assert.equal(event.entry.visible, false, 'another body sees the event, not the entry');
    assert.deepEqual(event.measures.map((m: { id: string }) => m.id), [entry.measure.id]);
    assert.equal(event.year, 2021);
    const sums = await totals();
    assert.equal(sums.all.events, 1);
    assert.equal(sums.all.participants, 25);
    assert.equal(sums.all.trainings, 1);
    assert.deepEqual(sums.byYear.map((y: { year: number; events: number }) => [y.year, y.events]), [[2021, 1]]);
    assert.deepEqual(sums.byOrganiser.map((o: { organisation: { id: string }; events: number }) => [o.organisation.id, o.events]), [[dmx, 1]]);
  });

  test('saved and accepted again, it is still once: updated in place, with what the register added kept', async () => {
    const detail = (await focal.get(`/api/events/${eventId}`)).json();
    const { id: _id, organiser: _o, origin: _origin, entry: _e, group: _g, year: _y, measures, knowledgeGain: _k, abilities, participantGroups, evaluation: _ev, evaluations: _evs, updatedAt: _u, ...rest } = detail;
    assert.deepEqual(abilities, { edit: true, editFacts: false, delete: false, evaluate: true, evaluateAsOrganiser: true });
    const details = {
      ...rest,
      kind: 'seminar',
      measureIds: measures.map((m: { id: string }) => m.id),
      participantGroups,
      audiences: ['border_guards', 'police'],
      assessment: { mode: 'aggregate', maxScore: 20, tested: 25, preMean: 8, postMean: 14 },
    };
    const updated = await focal.put(`/api/events/${eventId}`, details);
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json().knowledgeGain.normalisedGain, 0.5);

    // The entry as the client has it (ids kept), with one number corrected.
    const withIds = ((await focal.get(`/api/report-entries/${entry.id}`)).json() as Entry).activities;
    await report([{ ...withIds[0], participants: 30 }]);
    assert.equal((await register()).total, 1);
    let event = (await police.get(`/api/events/${eventId}`)).json();
    assert.equal(event.participants, 30);
    assert.equal(event.kind, 'seminar', 'a finer kind given in the register stays while the report says training');
    assert.deepEqual(event.audiences, ['border_guards', 'police']);
    assert.equal(event.knowledgeGain.gain, 6);
    assert.equal((await totals()).all.events, 1);
    assert.equal((await totals()).all.participants, 30);

    // A client that dropped the ids: the activity is found again by its title and first day.
    await report([{ ...training, participants: 30 }]);
    assert.equal((await register()).total, 1);
    event = (await police.get(`/api/events/${eventId}`)).json();
    assert.equal(event.id, eventId);
    assert.deepEqual(event.audiences, ['border_guards', 'police']);
    const sums = await totals();
    assert.equal(sums.all.events, 1);
    assert.deepEqual(sums.byAudience.filter((a: { events: number }) => a.events).map((a: { audience: string }) => a.audience), ['police', 'border_guards']);
    assert.equal(sums.knowledge.trainings, 1);
  });

  test('its facts are changed in the report, not in the register', async () => {
    const detail = (await focal.get(`/api/events/${eventId}`)).json();
    const body = {
      revision: detail.revision,
      kind: detail.kind,
      title: 'Başqa ad',
      dateFrom: detail.dateFrom,
      dateTo: detail.dateTo,
      place: detail.place,
      participants: detail.participants,
      women: detail.women,
      men: detail.men,
      partners: detail.partners,
      measureIds: [],
      audiences: detail.audiences,
      participantGroups: [],
      materials: [],
      languages: [],
      reach: null,
      assessment: null,
      notes: '',
    };
    assert.equal((await focal.put(`/api/events/${eventId}`, body)).json().code, 'EVENT_FROM_REPORT');
    assert.equal((await focal.delete(`/api/events/${eventId}`)).json().code, 'EVENT_FROM_REPORT');
    // The entry's measure stays even when the register sends none.
    const kept = await focal.put(`/api/events/${eventId}`, { ...body, title: detail.title });
    assert.equal(kept.statusCode, 200, kept.body);
    assert.deepEqual(kept.json().measures.map((m: { id: string }) => m.id), [entry.measure.id]);
  });

  test('an activity taken out of the entry leaves the register when the entry is accepted again', async () => {
    await report([]);
    assert.equal((await register()).total, 0);
    assert.equal((await police.get(`/api/events/${eventId}`)).statusCode, 404);
    assert.equal((await totals()).all.events, 0);
  });
});

describe('an event recorded in the register and then reported', () => {
  test('is the same event: reporting its id links it to the entry, once', async () => {
    const created = await focal.post('/api/events', {
      kind: 'campaign', title: 'Məktəblilər üçün maarifləndirmə kampaniyası', dateFrom: '2021-05-02', dateTo: null, place: 'Gəncə',
      participants: null, women: null, men: null, partners: [], measureIds: [], audiences: ['pupils'], participantGroups: [],
      materials: [{ title: 'Buklet', copies: 500 }], languages: ['az'], reach: 1200, assessment: null, notes: '',
    });
    assert.equal(created.statusCode, 201, created.body);
    const event = created.json();
    assert.equal(event.origin, 'register');
    assert.equal(event.abilities.editFacts, true);
    await report([{ id: event.id, kind: 'awareness', title: event.title, dateFrom: '2021-05-02', dateTo: null, place: 'Gəncə', participants: null, women: null, men: null, partners: [] }]);
    const list = await register(police, 'q=kampaniyası');
    assert.equal(list.total, 1);
    assert.equal(list.items[0].id, event.id);
    assert.equal(list.items[0].entry.id, entry.id);
    assert.equal(list.items[0].kind, 'campaign');
    assert.equal((await totals()).all.reach, 1200);
    // Taken out of the report again, it stays in the register as recorded there.
    await report([]);
    const after = await register(police, 'q=kampaniyası');
    assert.equal(after.total, 1);
    assert.equal(after.items[0].entry, null);
  });
});

describe('need-to-know', () => {
  let eventId = '';

  test('every participant of the plan reads the register and its totals; only bodies that report and the Coordinator’s office record events', async () => {
    for (const client of [ombudsman, shelter, coordinator, police]) {
      assert.equal((await client.get('/api/events')).statusCode, 200);
      assert.equal((await client.get('/api/events/totals')).statusCode, 200);
    }
    assert.equal((await ombudsman.get('/api/events')).json().abilities.create, false);
    const body = {
      kind: 'training', title: 'Əmək müfəttişləri üçün təlim', dateFrom: '2022-02-01', dateTo: '2022-02-03', place: null,
      participants: 12, women: 5, men: 7, partners: [], measureIds: [entry.measure.id], audiences: ['labour_inspectors'],
      participantGroups: [{ organisationId: dmx, name: null, participants: 4, women: 2, men: 2 }], materials: [], languages: ['az', 'ru'], reach: null,
      assessment: { mode: 'individual', maxScore: 10, scores: [{ pre: 4, post: 8 }, { pre: 6, post: 9 }] }, notes: '',
    };
    assert.equal((await shelter.post('/api/events', body)).statusCode, 403);
    assert.equal((await police.post('/api/events', { ...body, organiserId: dmx })).statusCode, 403, 'a body records its own events only');
    const created = await police.post('/api/events', body);
    assert.equal(created.statusCode, 201, created.body);
    eventId = created.json().id;
    assert.equal(created.json().organiser.id, din);
    assert.deepEqual(created.json().knowledgeGain, { tested: 2, maxScore: 10, preMean: 5, postMean: 8.5, gain: 3.5, normalisedGain: 0.7, improved: 2, unchanged: 0, declined: 0 });
    const tooHigh = await police.post('/api/events', { ...body, assessment: { mode: 'individual', maxScore: 10, scores: [{ pre: 4, post: 11 }] } });
    assert.equal(tooHigh.json().errors[0].path, 'assessment.scores.0.post');
    const backwards = await police.post('/api/events', { ...body, dateTo: '2022-01-01' });
    assert.equal(backwards.json().errors[0].path, 'dateTo');
    const unreal = await police.post('/api/events', { ...body, dateFrom: '2022-02-30', dateTo: null });
    assert.equal(unreal.json().errors[0].path, 'dateFrom');
  });

  test('a body cannot edit another body’s event; its organiser and the Coordinator’s office can', async () => {
    const detail = (await focal.get(`/api/events/${eventId}`)).json();
    assert.equal(detail.abilities.edit, false);
    const body = {
      revision: detail.revision, kind: detail.kind, title: 'Dəyişdirilmiş', dateFrom: detail.dateFrom, dateTo: detail.dateTo, place: null,
      participants: 12, women: 5, men: 7, partners: [], measureIds: [], audiences: [], participantGroups: detail.participantGroups.map(({ organisation: _, ...g }: { organisation: unknown }) => g),
      materials: [], languages: [], reach: null, assessment: null, notes: '',
    };
    assert.equal((await focal.put(`/api/events/${eventId}`, body)).statusCode, 403);
    assert.equal((await focal.delete(`/api/events/${eventId}`)).statusCode, 403);
    assert.equal((await ombudsman.put(`/api/events/${eventId}`, body)).statusCode, 403);
    const bySecretariat = await secretariat.put(`/api/events/${eventId}`, body);
    assert.equal(bySecretariat.statusCode, 200, bySecretariat.body);
    assert.equal((await police.put(`/api/events/${eventId}`, body)).json().code, 'EVENT_CONFLICT', 'a change over an old revision');
    const byOrganiser = await police.put(`/api/events/${eventId}`, { ...body, revision: bySecretariat.json().revision, title: 'Əmək müfəttişləri üçün təlim', audiences: ['labour_inspectors'], measureIds: [entry.measure.id] });
    assert.equal(byOrganiser.statusCode, 200, byOrganiser.body);
  });

  test('organisers and bodies that took part evaluate an event; the answers are aggregated', async () => {
    const answers = { relevance: 5, clarity: 4, organisation: 4, usefulness: 5, comment: 'Faydalı idi' };
    assert.equal((await focal.post(`/api/events/${eventId}/evaluations`, { respondent: 'organiser', ...answers })).statusCode, 403, 'took part, did not organise');
    assert.equal((await focal.post(`/api/events/${eventId}/evaluations`, { respondent: 'participant', ...answers })).statusCode, 201);
    assert.equal((await ombudsman.post(`/api/events/${eventId}/evaluations`, { respondent: 'participant', ...answers })).statusCode, 403, 'did not take part');
    const last = await police.post(`/api/events/${eventId}/evaluations`, { respondent: 'organiser', relevance: 3, clarity: null, organisation: 5, usefulness: 4, comment: '' });
    assert.equal(last.statusCode, 201);
    const summary = last.json().evaluation;
    assert.equal(summary.responses, 2);
    assert.deepEqual([summary.organisers, summary.participants], [1, 1]);
    assert.deepEqual(summary.questions.map((q: { question: string; mean: number | null; answered: number }) => [q.question, q.answered, q.mean]), [
      ['relevance', 2, 4],
      ['clarity', 1, 4],
      ['organisation', 2, 4.5],
      ['usefulness', 2, 4.5],
    ]);
    assert.equal(summary.mean, 4.29);
    const evaluationId = last.json().evaluations[0].id;
    assert.equal((await focal.delete(`/api/events/${eventId}/evaluations/${evaluationId}`)).statusCode, 403);
    assert.equal((await police.delete(`/api/events/${eventId}/evaluations/${evaluationId}`)).json().evaluation.responses, 1);
    const year = (await totals(ombudsman, 'year=2022')).evaluation;
    assert.equal(year.responses, 1);
  });

  test('filters: year, kind group, audience, measure, section', async () => {
    const byAudience = await register(ombudsman, 'audience=labour_inspectors');
    assert.deepEqual(byAudience.items.map((e: { id: string }) => e.id), [eventId]);
    assert.equal((await register(ombudsman, 'year=2022&group=training')).total, 1);
    assert.equal((await register(ombudsman, 'year=2022&group=awareness')).total, 0);
    assert.equal((await register(ombudsman, `measureId=${entry.measure.id}&year=2022`)).total, 1);
    const section = entry.measure.code.split('.').slice(0, 2).join('.');
    assert.equal((await register(ombudsman, `section=${encodeURIComponent(section)}&year=2022`)).total, 1);
    assert.equal((await ombudsman.get('/api/events?audience=aliens')).statusCode, 400);
  });
});
