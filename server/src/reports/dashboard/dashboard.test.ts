import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createTestApp } from '../../test/test-app.js';
import { seedOrganisations } from '../../seed/seed.js';
import { seedPlans } from '../../seed/plans.js';

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
const ombudsman = await t.as('oversight_reader');

interface Entry {
  id: string;
  measure: { id: string; code: string; section: { code: string } };
}

const need = (kind: string, description: string, amount: number | null, currency: string | null) => ({ kind, description, amount, currency });
const content = (needs: ReturnType<typeof need>[]) => ({ status: 'in_progress', narrative: 'Hesabat', activities: [], figures: [], needs });

let periodId = '';
let dashboard: ReturnType<typeof JSON.parse>;
let ended: Entry;
let doneMeasureId = '';

before(async () => {
  // Due long ago: every submission is late, and every untouched draft is missing.
  const period = await secretariat.post('/api/report-periods', { planId, kind: 'half_year', year: 2020, half: 1, dueOn: '2020-07-31' });
  assert.equal(period.statusCode, 201, period.body);
  periodId = period.json().id;
  const mine: Entry[] = (await focal.get(`/api/report-entries?periodId=${periodId}&pageSize=200`)).json().items;
  assert.ok(mine.length >= 4);
  const [submitted, accepted, returned] = mine;

  const saved = await focal.put(`/api/report-entries/${submitted!.id}`, {
    revision: 0,
    ...content([need('funding', 'Sığınacaq üçün maliyyə', 50_000, 'AZN'), need('training', 'Təlimçilər', null, null)]),
  });
  assert.equal(saved.statusCode, 200, saved.body);
  for (const entry of [submitted, accepted, returned]) assert.equal((await head.post(`/api/report-entries/${entry!.id}/submit`)).json().late, true);
  assert.equal((await secretariat.post(`/api/report-entries/${accepted!.id}/review`, { decision: 'accept' })).json().state, 'accepted');
  assert.equal((await secretariat.post(`/api/report-entries/${returned!.id}/review`, { decision: 'return', comment: 'Tarixləri əlavə edin' })).json().state, 'returned');

  // Another body: one entry done with a large need, on a measure whose own time ended within the period.
  const theirs = await t.db.owner.selectFrom('report_entries').select(['id', 'measure_id']).where('period_id', '=', periodId).where('organisation_id', '=', din).orderBy('id').execute();
  assert.ok(theirs.length >= 1);
  await t.db.owner
    .updateTable('report_entries')
    .set({ status: 'done', needs: JSON.stringify([need('equipment', 'Avadanlıq', 120_000, 'AZN')]) })
    .where('id', '=', theirs[0]!.id)
    .execute();
  await t.db.owner.updateTable('measures').set({ period_kind: 'range', period_from: '2020-01-01', period_to: '2020-03-31' }).where('id', 'in', [submitted!.measure.id, theirs[0]!.measure_id]).execute();
  ended = submitted!;
  doneMeasureId = theirs[0]!.measure_id;

  const response = await coordinator.get(`/api/report-periods/${periodId}/dashboard`);
  assert.equal(response.statusCode, 200, response.body);
  dashboard = response.json();
});

/** What the dashboard should say, counted here from the rows themselves. */
async function expected() {
  const rows = await t.db.owner
    .selectFrom('report_entries')
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .innerJoin('plan_sections', 'plan_sections.id', 'measures.section_id')
    .select(['report_entries.organisation_id', 'report_entries.state', 'report_entries.late', 'plan_sections.code as section'])
    .where('report_entries.period_id', '=', periodId)
    .execute();
  const count = (filter: (r: (typeof rows)[number]) => boolean) => {
    const some = rows.filter(filter);
    return {
      draft: some.filter((r) => r.state === 'draft').length,
      submitted: some.filter((r) => r.state === 'submitted').length,
      accepted: some.filter((r) => r.state === 'accepted').length,
      returned: some.filter((r) => r.state === 'returned').length,
      late: some.filter((r) => r.late).length,
      total: some.length,
    };
  };
  return { rows, count };
}

describe('the period dashboard', () => {
  test('counts entries by state, body and section', async () => {
    const { count } = await expected();
    const { total, ...all } = count(() => true);
    assert.ok(total > 0);
    assert.deepEqual(dashboard.byState, all);
    assert.deepEqual(dashboard.byState, { draft: all.draft, submitted: 1, accepted: 1, returned: 1, late: 3 });
    assert.equal(dashboard.period.id, periodId);
    assert.equal(dashboard.period.dueOn, '2020-07-31');

    const body = dashboard.byOrganisation.find((o: { organisation: { id: string } }) => o.organisation.id === dmx);
    const { organisation, ...counts } = body;
    assert.equal(organisation.shortName.length > 0, true);
    assert.deepEqual(counts, count((r) => r.organisation_id === dmx));
    assert.equal(counts.submitted + counts.accepted + counts.returned, 3);
    const sum = (key: string, list: Record<string, number>[]) => list.reduce((s, o) => s + o[key]!, 0);
    assert.equal(sum('total', dashboard.byOrganisation), total);
    assert.equal(sum('total', dashboard.bySection), total);
    for (const section of dashboard.bySection) assert.deepEqual({ ...section, section: undefined }, { ...count((r) => r.section === section.section.code), section: undefined });
  });

  test('the heatmap has a cell per body and section with entries', async () => {
    const { rows, count } = await expected();
    assert.equal(dashboard.heatmap.organisations.length, dashboard.byOrganisation.length);
    assert.equal(dashboard.heatmap.sections.length, dashboard.bySection.length);
    assert.equal(dashboard.heatmap.cells.length, new Set(rows.map((r) => `${r.organisation_id}/${r.section}`)).size);
    for (const cell of dashboard.heatmap.cells) {
      const { total, accepted, submitted, returned } = count((r) => r.organisation_id === cell.organisationId && r.section === cell.section);
      assert.deepEqual(cell, { organisationId: cell.organisationId, section: cell.section, total, accepted, submitted, returned });
    }
    const sum = dashboard.heatmap.cells
      .filter((c: { organisationId: string }) => c.organisationId === dmx)
      .reduce((s: number, c: { accepted: number; submitted: number; returned: number }) => s + c.accepted + c.submitted + c.returned, 0);
    assert.equal(sum, 3);
  });

  test('lists measures ended without "done", late bodies and the largest needs', async () => {
    const measure = dashboard.endedWithoutDone.find((m: { measure: { id: string } }) => m.measure.id === ended.measure.id);
    assert.ok(measure, 'the measure whose range ended within the period is listed');
    const dmxName = dashboard.byOrganisation.find((o: { organisation: { id: string } }) => o.organisation.id === dmx).organisation.shortName;
    const dinName = dashboard.byOrganisation.find((o: { organisation: { id: string } }) => o.organisation.id === din).organisation.shortName;
    assert.ok(measure.organisations.includes(dmxName));
    const done = dashboard.endedWithoutDone.find((m: { measure: { id: string } }) => m.measure.id === doneMeasureId);
    assert.ok(!done?.organisations.includes(dinName), 'a body that is done is not named');

    const late = dashboard.lateOrganisations.find((o: { id: string }) => o.id === dmx);
    const { count } = await expected();
    assert.deepEqual(late, { id: dmx, shortName: dmxName, late: 3, missing: count((r) => r.organisation_id === dmx).draft });
    assert.ok(dashboard.lateOrganisations.every((o: { late: number; missing: number }) => o.late + o.missing > 0));

    assert.deepEqual(dashboard.largestNeeds.slice(0, 3), [
      { organisation: dinName, measure: dashboard.largestNeeds[0].measure, kind: 'equipment', description: 'Avadanlıq', amount: 120_000, currency: 'AZN' },
      { organisation: dmxName, measure: ended.measure.code, kind: 'funding', description: 'Sığınacaq üçün maliyyə', amount: 50_000, currency: 'AZN' },
      { organisation: dmxName, measure: ended.measure.code, kind: 'training', description: 'Təlimçilər', amount: null, currency: null },
    ]);
  });

  test('is for reviewers only', async () => {
    assert.equal((await focal.get(`/api/report-periods/${periodId}/dashboard`)).statusCode, 403);
    assert.equal((await ombudsman.get(`/api/report-periods/${periodId}/dashboard`)).statusCode, 403);
    assert.equal((await secretariat.get(`/api/report-periods/${periodId}/dashboard`)).statusCode, 200);
    assert.equal((await coordinator.get(`/api/report-periods/00000000-0000-4000-8000-000000000000/dashboard`)).statusCode, 404);
  });
});
