import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import mammoth from 'mammoth';
import { createTestApp } from '../test/test-app.js';
import { seedOrganisations } from '../seed/seed.js';
import { seedPlans } from '../seed/plans.js';
import { seedIndicatorFramework } from './seed-framework.js';

const t = await createTestApp();
await seedOrganisations(t.db);
await seedPlans(t.db);

const planId = (await t.db.owner.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
const secretariat = await t.as('secretariat');
const coordinator = await t.as('national_coordinator');
const ombudsman = await t.as('oversight_reader');
const focal = await t.as('agency_focal_point');

interface GridIndicator {
  id: string;
  kind: string;
  level: number;
  text: string;
  assessment: { rating: string; needsImprovement: boolean; revision: number | null; entryCount: number; measureCount: number; evidence: string };
}
interface GridArea {
  id: string;
  code: string;
  title: string;
  cells: GridIndicator[][];
}

const cellOf = (areas: GridArea[], code: string, column: number) => areas.find((a) => a.code === code)!.cells[column]![0]!;

describe('the framework of the seed assessment', () => {
  test('is loaded at start with its areas and levels, and loading again adds nothing', async () => {
    const first = await seedIndicatorFramework(t.db);
    assert.deepEqual(first, { areas: 6, indicators: 24, recommendations: 17 + 66 });
    assert.deepEqual(await seedIndicatorFramework(t.db), { areas: 0, indicators: 0, recommendations: 0 });

    const response = await secretariat.get('/api/indicator-framework');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as { columns: { kind: string; level: number }[]; areas: GridArea[]; abilities: { edit: boolean } };
    assert.deepEqual(body.columns, [
      { kind: 'framework', level: 1 },
      { kind: 'framework', level: 2 },
      { kind: 'operational', level: 1 },
      { kind: 'operational', level: 2 },
    ]);
    assert.deepEqual(
      body.areas.map((a) => a.code),
      ['4.5', '5.1', '5.2', '5.3', '5.4', '5.5'],
    );
    for (const area of body.areas) {
      assert.deepEqual(
        area.cells.map((cell) => cell.map((i) => `${i.kind}/${i.level}`)),
        [['framework/1'], ['framework/2'], ['operational/1'], ['operational/2']],
        area.code,
      );
    }
    assert.equal(body.areas[2]!.title, 'Milli Koordinator/Məruzəçi');
    assert.equal(cellOf(body.areas, '5.2', 2).text, 'Milli Koordinator/Məruzəçi təyin olunub');
    assert.equal(body.abilities.edit, true);
  });

  test('is the Coordinator’s office’s: others are refused', async () => {
    for (const client of [ombudsman, focal]) assert.equal((await client.get('/api/indicator-framework')).statusCode, 403);
  });

  test('the office adds areas and indicators and marks them; an assessed indicator stays', async () => {
    const created = await coordinator.post('/api/indicator-areas', { code: '6.1', title: 'Monitorinq və qiymətləndirmə', needsImprovement: true });
    assert.equal(created.statusCode, 201, created.body);
    const areaId = created.json().id;
    assert.equal((await coordinator.post('/api/indicator-areas', { code: '6.1', title: 'Başqa', needsImprovement: null })).json().code, 'INDICATOR_AREA_CODE_TAKEN');
    const indicator = await coordinator.post(`/api/indicator-areas/${areaId}/indicators`, { kind: 'operational', level: 2, text: 'Müstəqil monitorinq aparılır', needsImprovement: null });
    assert.equal(indicator.statusCode, 201, indicator.body);
    const indicatorId = indicator.json().id;
    assert.equal((await secretariat.put(`/api/indicators/${indicatorId}`, { text: 'Müstəqil monitorinq mütəmadi aparılır', needsImprovement: true })).statusCode, 204);
    const areas = (await secretariat.get('/api/indicator-framework')).json().areas as (GridArea & { needsImprovement: boolean | null })[];
    const added = areas.find((a) => a.code === '6.1')!;
    assert.equal(added.needsImprovement, true);
    assert.deepEqual(added.cells.map((c) => c.length), [0, 0, 0, 1]);
    assert.equal(added.cells[3]![0]!.text, 'Müstəqil monitorinq mütəmadi aparılır');
    // Rated once in a cycle, the indicator can no longer be deleted.
    const cycle = (await secretariat.post('/api/assessment-cycles', { title: 'Sınaq dövrü', year: 2020 })).json().id;
    assert.equal((await secretariat.put(`/api/assessment-cycles/${cycle}/indicators/${indicatorId}`, { rating: 'partly_met', revision: null })).statusCode, 200);
    assert.equal((await secretariat.delete(`/api/indicators/${indicatorId}`)).json().code, 'INDICATOR_ASSESSED');
    const spare = (await secretariat.post(`/api/indicator-areas/${areaId}/indicators`, { kind: 'framework', level: 1, text: 'Artıq', needsImprovement: null })).json().id;
    assert.equal((await secretariat.delete(`/api/indicators/${spare}`)).statusCode, 204);
  });
});

describe('rating in an assessment cycle, and the grid', () => {
  let cycleId = '';
  let indicatorId = '';
  let entryId = '';
  let measureId = '';

  test('a new cycle starts with every indicator not assessed', async () => {
    const created = await secretariat.post('/api/assessment-cycles', { title: '2024 qiymətləndirməsi', year: 2024, description: 'İllik qiymətləndirmə' });
    assert.equal(created.statusCode, 201, created.body);
    cycleId = created.json().id;
    assert.equal((await coordinator.post('/api/assessment-cycles', { title: '2024 QİYMƏTLƏNDİRMƏSİ'.toLocaleLowerCase('az'), year: 2024 })).json().code, 'ASSESSMENT_CYCLE_TITLE_TAKEN');
    const grid = (await secretariat.get(`/api/assessment-cycles/${cycleId}`)).json();
    assert.equal(grid.cycle.status, 'draft');
    assert.deepEqual(grid.abilities, { edit: true, rate: true, publish: true, unpublish: false });
    const all = (grid.areas as GridArea[]).flatMap((a) => a.cells.flat());
    assert.ok(all.every((i) => i.assessment.rating === 'not_assessed' && i.assessment.revision === null));
    assert.equal(grid.cycle.counts.not_assessed, all.length);
    indicatorId = cellOf(grid.areas, '5.1', 0).id;
  });

  test('a rating with evidence, report entries and measures changes its grid cell', async () => {
    const period = await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2021, dueOn: '2099-01-31' });
    assert.equal(period.statusCode, 201, period.body);
    const entries = (await secretariat.get(`/api/report-entries?periodId=${period.json().id}&pageSize=5`)).json().items;
    entryId = entries[0].id;
    measureId = entries[0].measure.id;
    const rated = await secretariat.put(`/api/assessment-cycles/${cycleId}/indicators/${indicatorId}`, {
      rating: 'met',
      evidence: '2020–2024-cü illər üçün Milli Fəaliyyət Planı təsdiq olunub.',
      needsImprovement: true,
      entryIds: [entryId],
      measureIds: [measureId],
      revision: null,
    });
    assert.equal(rated.statusCode, 200, rated.body);
    assert.equal(rated.json().rating, 'met');
    assert.equal(rated.json().revision, 1);
    assert.equal(rated.json().entries[0].id, entryId);
    assert.equal(rated.json().measures[0].id, measureId);

    const grid = (await secretariat.get(`/api/assessment-cycles/${cycleId}`)).json();
    const cell = cellOf(grid.areas, '5.1', 0);
    assert.deepEqual(
      { rating: cell.assessment.rating, needsImprovement: cell.assessment.needsImprovement, entries: cell.assessment.entryCount, measures: cell.assessment.measureCount },
      { rating: 'met', needsImprovement: true, entries: 1, measures: 1 },
    );
    assert.equal(grid.cycle.counts.met, 1);
  });

  test('a save over an older revision is a conflict; unknown links are refused', async () => {
    const stale = await coordinator.put(`/api/assessment-cycles/${cycleId}/indicators/${indicatorId}`, { rating: 'not_met', revision: null });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'CONFLICT');
    const current = await coordinator.put(`/api/assessment-cycles/${cycleId}/indicators/${indicatorId}`, {
      rating: 'partly_met',
      evidence: 'Əməliyyat prosedurları hazırlanır.',
      needsImprovement: true,
      entryIds: [entryId],
      measureIds: [measureId],
      revision: 1,
    });
    assert.equal(current.statusCode, 200, current.body);
    assert.equal(current.json().revision, 2);
    const unknown = await coordinator.put(`/api/assessment-cycles/${cycleId}/indicators/${indicatorId}`, { rating: 'met', measureIds: [cycleId], revision: 2 });
    assert.equal(unknown.json().code, 'INDICATOR_LINK_UNKNOWN');
  });

  test('unpublished, the cycle does not exist for anyone outside the office', async () => {
    assert.deepEqual((await ombudsman.get('/api/assessment-cycles')).json().items, []);
    assert.equal((await ombudsman.get(`/api/assessment-cycles/${cycleId}`)).statusCode, 404);
    assert.equal((await focal.get(`/api/assessment-cycles/${cycleId}/indicators/${indicatorId}`)).statusCode, 404);
    assert.deepEqual((await ombudsman.get('/api/assessment-comparison')).json().cycles, []);
    assert.equal((await ombudsman.put(`/api/assessment-cycles/${cycleId}/indicators/${indicatorId}`, { rating: 'met', revision: 2 })).statusCode, 403);
    assert.equal((await ombudsman.post(`/api/assessment-cycles/${cycleId}/publish`)).statusCode, 403);
  });

  test('published, everyone logged in reads it, report entries only as far as they may; it is no longer edited', async () => {
    assert.equal((await secretariat.post(`/api/assessment-cycles/${cycleId}/publish`)).statusCode, 204);
    assert.equal((await secretariat.post(`/api/assessment-cycles/${cycleId}/publish`)).json().code, 'CONFLICT');
    const list = (await ombudsman.get('/api/assessment-cycles')).json();
    assert.deepEqual(
      list.items.map((c: { title: string }) => c.title),
      ['2024 qiymətləndirməsi'],
    );
    assert.deepEqual(list.abilities, { createCycle: false, readFramework: false, readRecommendations: false, readDrafts: false });
    const grid = (await ombudsman.get(`/api/assessment-cycles/${cycleId}`)).json();
    assert.equal(cellOf(grid.areas, '5.1', 0).assessment.rating, 'partly_met');
    assert.deepEqual(grid.abilities, { edit: false, rate: false, publish: false, unpublish: false });
    const detail = (await ombudsman.get(`/api/assessment-cycles/${cycleId}/indicators/${indicatorId}`)).json();
    assert.equal(detail.evidence, 'Əməliyyat prosedurları hazırlanır.');
    assert.deepEqual(detail.entries, [], 'a draft entry of an open period is not the oversight body’s to see');
    assert.equal(detail.measures.length, 1, 'plans are public');
    assert.equal((await secretariat.get(`/api/assessment-cycles/${cycleId}/indicators/${indicatorId}`)).json().entries.length, 1);

    const late = await secretariat.put(`/api/assessment-cycles/${cycleId}/indicators/${indicatorId}`, { rating: 'met', revision: 2 });
    assert.equal(late.json().code, 'ASSESSMENT_PUBLISHED');
    assert.equal((await secretariat.put(`/api/assessment-cycles/${cycleId}`, { title: 'Yeni ad', year: 2024 })).json().code, 'ASSESSMENT_PUBLISHED');
    assert.equal((await secretariat.get(`/api/assessment-cycles/${cycleId}`)).json().abilities.unpublish, true);
  });

  test('across cycles: each indicator’s rating in every cycle, and the counts by rating', async () => {
    const earlier = (await secretariat.post('/api/assessment-cycles', { title: '2017 qiymətləndirməsi', year: 2017 })).json().id;
    await secretariat.put(`/api/assessment-cycles/${earlier}/indicators/${indicatorId}`, { rating: 'not_met', revision: null });
    const office = (await secretariat.get('/api/assessment-comparison')).json();
    assert.deepEqual(
      office.cycles.map((c: { title: string }) => c.title),
      ['2017 qiymətləndirməsi', 'Sınaq dövrü', '2024 qiymətləndirməsi'],
    );
    const row = office.rows.find((r: { indicator: { id: string } }) => r.indicator.id === indicatorId);
    assert.deepEqual(
      row.ratings.map((r: { rating: string }) => r.rating),
      ['not_met', 'not_assessed', 'partly_met'],
    );
    assert.equal(office.rows[0].area.code, '4.5', 'in grid order');
    const counts = office.cycles.map((c: { counts: Record<string, number> }) => c.counts);
    assert.equal(counts[0].not_met, 1);
    assert.equal(counts[2].partly_met, 1);
    // The oversight body compares the published cycles only.
    const outside = (await ombudsman.get('/api/assessment-comparison')).json();
    assert.deepEqual(
      outside.cycles.map((c: { title: string }) => c.title),
      ['2024 qiymətləndirməsi'],
    );
    const chosen = (await secretariat.get(`/api/assessment-comparison?cycleIds=${earlier},${cycleId}`)).json();
    assert.equal(chosen.cycles.length, 2);
  });

  test('withdrawn from publication, it is hidden again and can be edited', async () => {
    assert.equal((await coordinator.post(`/api/assessment-cycles/${cycleId}/unpublish`)).statusCode, 204);
    assert.equal((await ombudsman.get(`/api/assessment-cycles/${cycleId}`)).statusCode, 404);
    assert.equal((await secretariat.put(`/api/assessment-cycles/${cycleId}`, { title: '2024 qiymətləndirməsi', year: 2024, description: 'Düzəliş' })).statusCode, 204);
  });
});

describe('recommendations', () => {
  test('A–Q with the votes, and the detailed ones per part of chapter 3', async () => {
    const body = (await secretariat.get('/api/recommendations')).json();
    const j = body.items.find((r: { code: string }) => r.code === 'J');
    assert.deepEqual(j.votes, { survey: 3, seminar: 3, unplaced: 0 });
    assert.equal(j.fromSource, true);
    assert.equal(body.items.filter((r: { theme: string }) => r.theme.startsWith('3.5 ')).length, 8);
    assert.deepEqual(body.sources, [{ sourceKind: 'assessment', source: 'Ehtiyacların qiymətləndirilməsi (2017)', count: 83 }]);
    const search = (await secretariat.get(`/api/recommendations?q=${encodeURIComponent('fikirlesme muddeti')}`)).json();
    assert.ok(search.items.length >= 2 && search.items.every((r: { text: string }) => /fikirləşmə müddət/i.test(r.text)));
    assert.equal((await ombudsman.get('/api/recommendations')).statusCode, 403);
  });

  test('priority, status and the measures that answer them; a GRETA recommendation entered by hand', async () => {
    const all = (await secretariat.get('/api/recommendations')).json().items;
    const j = all.find((r: { code: string }) => r.code === 'J');
    const measure = (await secretariat.get(`/api/measures?planId=${planId}&q=${encodeURIComponent('maarifləndirmə')}&pageSize=1`)).json().items[0];
    const { id, measures: _m, area: _a, fromSource: _f, updatedAt: _u, ...fields } = j;
    const updated = await secretariat.put(`/api/recommendations/${id}`, { ...fields, priority: 'high', status: 'in_progress', areaId: null, measureIds: [measure.id] });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json().priority, 'high');
    assert.equal(updated.json().measures[0].code, measure.code);
    assert.equal((await secretariat.delete(`/api/recommendations/${id}`)).json().code, 'RECOMMENDATION_FROM_SOURCE');

    const greta = await coordinator.post('/api/recommendations', {
      sourceKind: 'greta',
      source: 'GRETA 2014',
      code: '51',
      text: 'QHT-lərin insan alverinə qarşı siyasətin hazırlanmasına daha geniş cəlb edilməsi',
      priority: 'medium',
    });
    assert.equal(greta.statusCode, 201, greta.body);
    assert.equal(greta.json().status, 'open');
    assert.equal((await secretariat.get('/api/recommendations?sourceKind=greta')).json().items.length, 1);
    assert.equal((await secretariat.get('/api/recommendations?priority=high')).json().items[0].code, 'J');
    assert.equal((await coordinator.delete(`/api/recommendations/${greta.json().id}`)).statusCode, 204);
  });
});

describe('a draft of the next plan', () => {
  let draftId = '';
  let doneCode = '';

  test('candidates: measures not done in their latest reported period, and every "mütəmadi" one', async () => {
    // One measure reported done by every body in 2021: it is finished, unless it runs "on a regular basis".
    const done = await t.db.owner
      .selectFrom('report_entries')
      .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
      .select(['measures.id', 'measures.code'])
      .where('measures.period_kind', '<>', 'ongoing')
      .executeTakeFirstOrThrow();
    doneCode = done.code;
    await t.db.owner.updateTable('report_entries').set({ status: 'done' }).where('measure_id', '=', done.id).execute();
    const candidates = (await secretariat.get('/api/draft-plans/candidates')).json();
    assert.equal(candidates.plan.id, planId);
    const codes = candidates.measures.map((m: { code: string }) => m.code);
    assert.ok(!codes.includes(doneCode), `${doneCode} was done`);
    const ongoing = candidates.measures.filter((m: { reasons: string[] }) => m.reasons.includes('ongoing'));
    assert.ok(ongoing.length > 0 && ongoing.every((m: { periodText: string }) => m.periodText === 'mütəmadi'));
    assert.ok(candidates.measures.some((m: { reasons: string[]; statuses: string[] }) => m.reasons.includes('not_done') && m.statuses.includes('not_started')));
    assert.ok(candidates.recommendations.some((r: { code: string }) => r.code === 'J'));
  });

  test('built from chosen measures and recommendations, edited, and exported to Word in the official table', async () => {
    const candidates = (await secretariat.get('/api/draft-plans/candidates')).json();
    const ongoing = candidates.measures.find((m: { reasons: string[] }) => m.reasons.includes('ongoing'));
    const notDone = candidates.measures.find((m: { reasons: string[] }) => !m.reasons.includes('ongoing'));
    const recommendation = candidates.recommendations.find((r: { code: string }) => r.code === '3.2.11');
    const created = await secretariat.post('/api/draft-plans', {
      title: '',
      planId,
      periodFrom: 2025,
      periodTo: 2029,
      measureIds: [ongoing.id, notDone.id],
      recommendationIds: [recommendation.id],
    });
    assert.equal(created.statusCode, 201, created.body);
    draftId = created.json().id;
    const draft = (await secretariat.get(`/api/draft-plans/${draftId}`)).json();
    assert.equal(draft.title, 'Milli Fəaliyyət Planının layihəsi (2025–2029)');
    const items = draft.sections.flatMap((s: { items: unknown[] }) => s.items) as { id: string; code: string; text: string; periodText: string; origin: string; executors: string }[];
    assert.equal(items.length, 3);
    const last = draft.sections.at(-1);
    assert.deepEqual([last.code, last.title], ['4.10', 'Tövsiyələrdən irəli gələn tədbirlər']);
    assert.equal(last.items[0].code, '4.10.1');
    assert.equal(last.items[0].origin, 'recommendation');
    const carriedOngoing = items.find((i) => i.text === ongoing.text)!;
    assert.equal(carriedOngoing.periodText, 'mütəmadi');
    assert.ok(carriedOngoing.executors.length > 0, 'the executing bodies come along');
    assert.equal(items.find((i) => i.text === notDone.text)!.periodText, '2025–2029');

    // Edited: the recommendation worded as a measure with its executors, and one more item by hand.
    const recommendationItem = last.items[0];
    assert.equal(
      (await secretariat.put(`/api/draft-plans/${draftId}/items/${recommendationItem.id}`, {
        sectionId: last.id,
        text: 'Fikirləşmə müddətinin idarə olunması qaydasının hazırlanması',
        executors: 'Daxili İşlər Nazirliyi, Dövlət Miqrasiya Xidməti',
        periodText: '2025',
      })).statusCode,
      204,
    );
    const added = await secretariat.post(`/api/draft-plans/${draftId}/items`, { sectionId: last.id, text: 'Müstəqil monitorinq mexanizminin yaradılması', executors: 'Nazirlər Kabineti', periodText: '2026–2027' });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal((await secretariat.post(`/api/draft-plans/${draftId}/items/${added.json().id}/move`, { direction: 'up' })).statusCode, 204);
    const moved = (await secretariat.get(`/api/draft-plans/${draftId}`)).json().sections.at(-1).items;
    assert.deepEqual(
      moved.map((i: { code: string; origin: string }) => `${i.code} ${i.origin}`),
      ['4.10.1 manual', '4.10.2 recommendation'],
    );

    const response = await secretariat.get(`/api/draft-plans/${draftId}/export.docx`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-disposition']), /attachment; filename=/);
    const { value } = await mammoth.extractRawText({ buffer: response.rawPayload });
    for (const expected of [
      'Milli Fəaliyyət Planının layihəsi (2025–2029)',
      'Sıra №-si',
      'Tədbirin adı',
      'İcraçı orqanlar',
      'İcra müddəti (illər üzrə)',
      '4.10. Tövsiyələrdən irəli gələn tədbirlər',
      '4.10.1.',
      'Müstəqil monitorinq mexanizminin yaradılması',
      '4.10.2.',
      'Fikirləşmə müddətinin idarə olunması qaydasının hazırlanması',
      'Daxili İşlər Nazirliyi, Dövlət Miqrasiya Xidməti',
      ongoing.text,
      'mütəmadi',
      notDone.text,
    ]) {
      assert.ok(value.includes(expected), expected);
    }
    assert.ok(!value.includes(`${doneCode}. `) || doneCode === ongoing.code, 'a finished measure is not carried');
  });

  test('only the office sees drafts', async () => {
    for (const client of [ombudsman, focal]) {
      assert.equal((await client.get('/api/draft-plans')).statusCode, 403);
      assert.equal((await client.get(`/api/draft-plans/${draftId}/export.docx`)).statusCode, 403);
    }
    assert.equal((await coordinator.get('/api/draft-plans')).json().items.length, 1);
    assert.equal((await coordinator.delete(`/api/draft-plans/${draftId}`)).statusCode, 204);
    assert.equal((await coordinator.get(`/api/draft-plans/${draftId}`)).statusCode, 404);
  });
});
