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
const police = await t.as('agency_focal_point', din);

interface Summary {
  id: string;
  periodId: string;
  measure: { id: string; code: string };
  organisation: { id: string };
  narrative: string;
  excerpt: string | null;
}

const content = (narrative: string) => ({ status: 'in_progress', narrative, activities: [], figures: [], needs: [] });
const filler = 'Hesabat dövründə müxtəlif tədbirlər keçirilmiş, maarifləndirmə işləri aparılmış və iş birliyi davam etdirilmişdir. '.repeat(3);

const period = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2022, dueOn: '2099-01-31' })).json();
const all: Summary[] = (await coordinator.get(`/api/report-entries?periodId=${period.id}&pageSize=200`)).json().items;
// A measure on which both bodies report.
const measureId = all.find((e) => e.organisation.id === dmx && all.some((o) => o.measure.id === e.measure.id && o.organisation.id === din))!.measure.id;
const dmxEntry = all.find((e) => e.measure.id === measureId && e.organisation.id === dmx)!;
const dinEntry = all.find((e) => e.measure.id === measureId && e.organisation.id === din)!;

async function write(client: typeof focal, id: string, narrative: string) {
  const response = await client.put(`/api/report-entries/${id}`, { revision: 0, ...content(narrative) });
  assert.equal(response.statusCode, 200, response.body);
}
await write(focal, dmxEntry.id, `${filler}\n\n- **Məcburi əmək** hallarının aşkarlanması üzrə 12 yoxlama aparılmışdır.\n\nSon.`);
await write(police, dinEntry.id, 'İnsan alveri qurbanlarının müəyyən edilməsi üzrə təlimlər keçirilmişdir. Əmək miqrantları ilə görüşlər.');

describe('searching the narratives', () => {
  test('every word must occur, ignoring case and diacritics; the excerpt is plain text around the match', async () => {
    const response = await coordinator.get('/api/report-entries?q=mecburi%20EMEK');
    assert.equal(response.statusCode, 200, response.body);
    const found: Summary[] = response.json().items;
    assert.deepEqual(found.map((e) => e.id), [dmxEntry.id]);
    const excerpt = found[0]!.excerpt!;
    assert.ok(excerpt.includes('Məcburi əmək hallarının'), excerpt);
    assert.ok(!excerpt.includes('**') && !excerpt.includes('- Məcburi'), excerpt);
    assert.ok(excerpt.length <= 210, `${excerpt.length}`);
    assert.ok(excerpt.startsWith('…'), 'cut before the match');
  });

  test('a word in one narrative only is no match; without q there is no excerpt', async () => {
    assert.equal((await coordinator.get('/api/report-entries?q=mecburi%20miqrant')).json().total, 0);
    const emek: Summary[] = (await coordinator.get(`/api/report-entries?q=${encodeURIComponent('ƏMƏK')}`)).json().items;
    assert.deepEqual(new Set(emek.map((e) => e.id)), new Set([dmxEntry.id, dinEntry.id]));
    const plain: Summary[] = (await coordinator.get(`/api/report-entries?measureId=${measureId}`)).json().items;
    assert.ok(plain.every((e) => e.excerpt === null));
  });

  test('a body finds only its own entries; a percent sign is taken literally', async () => {
    assert.equal((await police.get('/api/report-entries?q=mecburi')).json().total, 0);
    assert.equal((await focal.get('/api/report-entries?q=mecburi')).json().total, 1);
    assert.equal((await coordinator.get('/api/report-entries?q=%25')).json().total, 0);
  });

  test('the year filters by period', async () => {
    assert.equal((await coordinator.get('/api/report-entries?q=mecburi&year=2022')).json().total, 1);
    assert.equal((await coordinator.get('/api/report-entries?q=mecburi&year=2021')).json().total, 0);
  });
});

describe('a measure over the years', () => {
  test('the Coordinator sees every body’s entries with their narratives; a body sees its own', async () => {
    const everyone: Summary[] = (await coordinator.get(`/api/report-entries?measureId=${measureId}&pageSize=200`)).json().items;
    assert.ok(everyone.every((e) => e.measure.id === measureId));
    assert.ok(everyone.some((e) => e.id === dmxEntry.id && e.narrative.includes('Məcburi')));
    assert.ok(everyone.some((e) => e.id === dinEntry.id && e.narrative.startsWith('İnsan alveri')));
    const own: Summary[] = (await focal.get(`/api/report-entries?measureId=${measureId}&pageSize=200`)).json().items;
    assert.deepEqual(own.map((e) => e.id), [dmxEntry.id]);
  });
});
