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

const need = (kind: string, description: string, amount: number | null, currency: string | null) => ({ kind, description, amount, currency });

interface Item {
  key: string;
  entryId: string;
  state: string;
  organisation: { id: string; shortName: string };
  measure: { id: string; code: string };
  section: { code: string; title: string };
  kind: string;
  description: string;
  amount: number | null;
  currency: string | null;
}

let periodId = '';
let otherPeriodId = '';
let dmxEntry: { id: string; measure: { code: string; section: { code: string } } };
let dinEntry: { id: string; measure_id: string; section: string };

const needs = async (query = '', client = coordinator) => {
  const response = await client.get(`/api/report-periods/${periodId}/needs${query}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as { items: Item[]; totals: { count: number; byKind: { kind: string; count: number; withAmount: number; amounts: { currency: string | null; amount: number }[] }[]; amounts: { currency: string | null; amount: number }[] }; options: { organisations: { id: string }[]; sections: { code: string }[] } };
};

before(async () => {
  periodId = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2022, dueOn: '2099-01-31' })).json().id;
  otherPeriodId = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2023, dueOn: '2099-01-31' })).json().id;
  [dmxEntry] = (await focal.get(`/api/report-entries?periodId=${periodId}&mine=true&pageSize=1`)).json().items;
  const saved = await focal.put(`/api/report-entries/${dmxEntry.id}`, {
    revision: 0,
    status: 'in_progress',
    narrative: 'Hesabat',
    activities: [],
    figures: [],
    needs: [need('funding', 'Sığınacaq üçün maliyyə', 50_000, 'AZN'), need('training', 'Təlimçilər hazırlığı', null, null), need('funding', 'Tərcüməçi xidməti', 2_500.5, 'AZN')],
  });
  assert.equal(saved.statusCode, 200, saved.body);
  assert.equal((await head.post(`/api/report-entries/${dmxEntry.id}/submit`)).statusCode, 200);

  // Another body, in another section if there is one; a need of another period must not show.
  const theirs = await t.db.owner
    .selectFrom('report_entries')
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .innerJoin('plan_sections', 'plan_sections.id', 'measures.section_id')
    .select(['report_entries.id', 'report_entries.measure_id', 'plan_sections.code as section'])
    .where('report_entries.period_id', '=', periodId)
    .where('report_entries.organisation_id', '=', din)
    .orderBy(({ eb }) => eb('plan_sections.code', '=', dmxEntry.measure.section.code))
    .executeTakeFirstOrThrow();
  dinEntry = theirs;
  await t.db.owner
    .updateTable('report_entries')
    .set({ needs: JSON.stringify([need('equipment', 'Avadanlıq: kompüterlər', 120_000, 'AZN'), need('legal_change', 'Qanunvericiliyə dəyişiklik', null, null), need('funding', 'Beynəlxalq təlim', 3_000, 'USD')]) })
    .where('id', '=', theirs.id)
    .execute();
  await t.db.owner
    .updateTable('report_entries')
    .set({ needs: JSON.stringify([need('funding', 'Başqa dövr', 999_999, 'AZN')]) })
    .where('period_id', '=', otherPeriodId)
    .where('organisation_id', '=', dmx)
    .execute();
});

describe('the needs of a period', () => {
  test('every need of the period, one row each, with body, measure, section and state; largest amounts first', async () => {
    const { items, options } = await needs();
    assert.deepEqual(
      items.map((n) => [n.description, n.amount, n.currency]),
      [
        ['Avadanlıq: kompüterlər', 120_000, 'AZN'],
        ['Sığınacaq üçün maliyyə', 50_000, 'AZN'],
        ['Beynəlxalq təlim', 3_000, 'USD'],
        ['Tərcüməçi xidməti', 2_500.5, 'AZN'],
        ...items.slice(4).map((n) => [n.description, null, null]),
      ],
    );
    assert.deepEqual(items.slice(4).map((n) => n.description).sort(), ['Qanunvericiliyə dəyişiklik', 'Təlimçilər hazırlığı']);
    const shelter = items.find((n) => n.description === 'Sığınacaq üçün maliyyə')!;
    assert.equal(shelter.entryId, dmxEntry.id);
    assert.equal(shelter.organisation.id, dmx);
    assert.equal(shelter.measure.code, dmxEntry.measure.code);
    assert.equal(shelter.section.code, dmxEntry.measure.section.code);
    assert.equal(shelter.state, 'submitted');
    assert.equal(shelter.kind, 'funding');
    assert.equal(new Set(items.map((n) => n.key)).size, items.length, 'each row has its own key');
    assert.deepEqual(options.organisations.map((o) => o.id).sort(), [dmx, din].sort());
    assert.deepEqual(new Set(options.sections.map((s) => s.code)), new Set([dmxEntry.measure.section.code, dinEntry.section]));
  });

  test('totals by kind, amounts per currency', async () => {
    const { totals } = await needs();
    assert.equal(totals.count, 6);
    const funding = totals.byKind.find((k) => k.kind === 'funding')!;
    assert.deepEqual(funding, {
      kind: 'funding',
      count: 3,
      withAmount: 3,
      amounts: [
        { currency: 'AZN', amount: 52_500.5 },
        { currency: 'USD', amount: 3_000 },
      ],
    });
    assert.deepEqual(totals.byKind.find((k) => k.kind === 'legal_change'), { kind: 'legal_change', count: 1, withAmount: 0, amounts: [] });
    assert.deepEqual(totals.amounts, [
      { currency: 'AZN', amount: 172_500.5 },
      { currency: 'USD', amount: 3_000 },
    ]);
  });

  test('filtered by body, kind and section, together; the totals follow the filters, the options do not', async () => {
    const byBody = await needs(`?organisationId=${din}`);
    assert.deepEqual(byBody.items.map((n) => n.organisation.id), [din, din, din]);
    assert.equal(byBody.totals.count, 3);
    assert.equal(byBody.options.organisations.length, 2);

    const byKind = await needs('?kind=funding');
    assert.deepEqual(byKind.items.map((n) => n.description), ['Sığınacaq üçün maliyyə', 'Beynəlxalq təlim', 'Tərcüməçi xidməti']);
    assert.deepEqual(byKind.totals.byKind.filter((k) => k.count).map((k) => k.kind), ['funding']);

    const bySection = await needs(`?section=${encodeURIComponent(dmxEntry.measure.section.code)}`);
    assert.ok(bySection.items.length >= 3 && bySection.items.every((n) => n.section.code === dmxEntry.measure.section.code));

    const all = await needs(`?organisationId=${dmx}&kind=funding&section=${encodeURIComponent(dmxEntry.measure.section.code)}`);
    assert.deepEqual(all.items.map((n) => n.description), ['Sığınacaq üçün maliyyə', 'Tərcüməçi xidməti']);
    assert.deepEqual(all.totals.amounts, [{ currency: 'AZN', amount: 52_500.5 }]);

    assert.equal((await needs('?kind=legal_change&organisationId=' + dmx)).items.length, 0);
    assert.equal((await coordinator.get(`/api/report-periods/${periodId}/needs?kind=wishes`)).statusCode, 400);
  });

  test('the dashboard’s largest needs are the top of the same list', async () => {
    const dashboard = (await coordinator.get(`/api/report-periods/${periodId}/dashboard`)).json();
    const { items } = await needs();
    assert.deepEqual(
      dashboard.largestNeeds.map((n: { description: string }) => n.description),
      items.slice(0, 10).map((n) => n.description),
    );
  });

  test('for reviewers only, as the dashboard; an unknown period is not found', async () => {
    assert.equal((await secretariat.get(`/api/report-periods/${periodId}/needs`)).statusCode, 200);
    for (const client of [focal, head, ombudsman]) assert.equal((await client.get(`/api/report-periods/${periodId}/needs`)).statusCode, 403);
    assert.equal((await coordinator.get('/api/report-periods/00000000-0000-4000-8000-000000000000/needs')).statusCode, 404);
  });
});
