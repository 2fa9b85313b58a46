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
const focal = await t.as('agency_focal_point', dmx);
const head = await t.as('agency_head', dmx);
const police = await t.as('agency_focal_point', din);
const coordinator = await t.as('national_coordinator');
const ombudsman = await t.as('oversight_reader');

const content = (narrative: string) => ({ status: 'in_progress', narrative, activities: [], figures: [{ label: 'Qanuniləşdirilmiş əcnəbilər', value: 1913, unit: 'nəfər' }], needs: [] });

let periodId = '';
let entryId = '';

describe('a reporting period', () => {
  test('the secretariat opens it and every taking-part body gets its task list', async () => {
    const response = await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2021, dueOn: '2099-01-31' });
    assert.equal(response.statusCode, 201, response.body);
    periodId = response.json().id;
    assert.ok(response.json().counts.total > 60);
    assert.equal((await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2021, dueOn: '2099-01-31' })).json().code, 'REPORT_PERIOD_EXISTS');
    assert.equal((await secretariat.post('/api/report-periods', { planId, kind: 'half_year', year: 2022, dueOn: '2099-01-31' })).json().errors[0].path, 'half');
  });

  test('a body sees its own tasks only, and another body’s entry does not exist for it', async () => {
    const mine = (await focal.get(`/api/report-entries?periodId=${periodId}&pageSize=200`)).json();
    assert.ok(mine.total > 0);
    assert.ok(mine.items.every((e: { organisation: { id: string } }) => e.organisation.id === dmx));
    entryId = mine.items[0].id;
    assert.equal((await police.get(`/api/report-entries/${entryId}`)).statusCode, 404);
    assert.equal((await police.put(`/api/report-entries/${entryId}`, { revision: 0, ...content('x') })).statusCode, 404);
    const all = (await coordinator.get(`/api/report-entries?periodId=${periodId}&pageSize=1`)).json();
    assert.ok(all.total > mine.total);
  });
});

describe('the workflow', () => {
  test('drafts are saved over the revision the writer saw; a stale save is a conflict showing both', async () => {
    const saved = await focal.put(`/api/report-entries/${entryId}`, { revision: 0, ...content('Birinci qaralama') });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().revision, 1);
    const stale = await head.put(`/api/report-entries/${entryId}`, { revision: 0, ...content('Köhnə əsasda') });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'REPORT_CONFLICT');
    assert.equal(stale.json().current.narrative, 'Birinci qaralama', 'the stored version is shown, not overwritten');
    assert.equal((await focal.post(`/api/report-entries/${entryId}/submit`)).statusCode, 403, 'a focal point drafts; the head submits');
  });

  test('submit → return with a comment → fix → resubmit → accept; accepted entries are locked; reopening is recorded', async () => {
    const submitted = await head.post(`/api/report-entries/${entryId}/submit`);
    assert.equal(submitted.json().state, 'submitted');
    assert.equal(submitted.json().late, false);
    assert.equal((await focal.put(`/api/report-entries/${entryId}`, { revision: submitted.json().revision, ...content('x') })).json().code, 'REPORT_LOCKED');
    assert.equal((await secretariat.post(`/api/report-entries/${entryId}/review`, { decision: 'return' })).json().errors[0].path, 'comment');
    const returned = await secretariat.post(`/api/report-entries/${entryId}/review`, { decision: 'return', comment: 'Tədbirlərin tarixlərini əlavə edin' });
    assert.equal(returned.json().state, 'returned');
    const fixed = await focal.put(`/api/report-entries/${entryId}`, { revision: returned.json().revision, ...content('Düzəldilmiş mətn') });
    assert.equal(fixed.statusCode, 200, fixed.body);
    const resubmitted = (await head.post(`/api/report-entries/${entryId}/submit`)).json();
    assert.equal(resubmitted.submittedVersion, 2);
    const accepted = (await secretariat.post(`/api/report-entries/${entryId}/review`, { decision: 'accept' })).json();
    assert.equal(accepted.state, 'accepted');
    assert.deepEqual(accepted.abilities, { edit: false, submit: false, review: false, reopen: true });
    assert.deepEqual(accepted.events.map((e: { kind: string }) => e.kind), ['submitted', 'returned', 'submitted', 'accepted']);
    const versions = accepted.events.filter((e: { kind: string }) => e.kind === 'submitted').map((e: { snapshot: { narrative: string } }) => e.snapshot.narrative);
    assert.deepEqual(versions, ['Birinci qaralama', 'Düzəldilmiş mətn'], 'every submitted version is kept');
    const reopened = (await secretariat.post(`/api/report-entries/${entryId}/reopen`, { comment: 'Rəqəm səhvdir' })).json();
    assert.equal(reopened.state, 'returned');
    assert.equal(reopened.events.at(-1).comment, 'Rəqəm səhvdir');
    const actions = await t.db.owner.selectFrom('audit_log').select('action').where('record_id', '=', entryId).orderBy('seq').execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ['report_entry.update', 'report_entry.submit', 'report_entry.return', 'report_entry.update', 'report_entry.submit', 'report_entry.accept', 'report_entry.reopen'],
    );
  });

  test('a submission after the due date is marked late', async () => {
    const late = (await secretariat.post('/api/report-periods', { planId, kind: 'half_year', year: 2020, half: 1, dueOn: '2020-07-31' })).json();
    const entry = (await head.get(`/api/report-entries?periodId=${late.id}&pageSize=1`)).json().items[0];
    assert.equal((await head.post(`/api/report-entries/${entry.id}/submit`)).json().late, true);
  });
});

describe('oversight', () => {
  test('reads accepted entries of closed periods only', async () => {
    const entry = (await head.get(`/api/report-entries?periodId=${periodId}&pageSize=2`)).json().items[1];
    await head.post(`/api/report-entries/${entry.id}/submit`);
    await secretariat.post(`/api/report-entries/${entry.id}/review`, { decision: 'accept' });
    assert.equal((await ombudsman.get(`/api/report-entries?periodId=${periodId}`)).json().total, 0, 'not while the period is open');
    assert.equal((await focal.post(`/api/report-periods/${periodId}/close`)).statusCode, 403);
    assert.equal((await secretariat.post(`/api/report-periods/${periodId}/close`)).json().status, 'closed');
    const visible = (await ombudsman.get(`/api/report-entries?periodId=${periodId}`)).json();
    assert.deepEqual(visible.items.map((e: { id: string }) => e.id), [entry.id]);
    assert.equal((await head.put(`/api/report-entries/${entryId}`, { revision: 99, ...content('x') })).json().code, 'REPORT_PERIOD_CLOSED');
  });
});
