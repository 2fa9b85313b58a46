import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();
const en = (key: string, params?: Record<string, string>) => tr('en', key, params);

/** A call to the API with the page's session, as the page itself would make it. */
async function api(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'kk_csrf')?.value ?? '';
  const response = await page.request.fetch(`${running.baseUrl}${path}`, { method, data, headers: { 'x-csrf-token': csrf } });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? null : response.json();
}

/** Takes the pointer off the page's notices so they close, and waits for them to go (for a clean screenshot). */
async function settle(page: Page) {
  await page.mouse.move(700, 5);
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

const SEMINAR = 'Cinayət təqibi orqanları üçün məcburi əmək işlərinin araşdırılması seminarı';
const CAMPAIGN = '"Təhlükəsiz miqrasiya" maarifləndirmə kampaniyası məktəblərdə';

describe('the event register in the browser', () => {
  test('the register filtered from the URL, a training’s participants and knowledge gain, an awareness event evaluated, and the totals as charts', async () => {
    const coordinator = await newPage(running, 'en');
    await logIn(coordinator, 'en', 'koordinator');

    // Filters live in the URL: a link to trainings of 2023 opens the register already filtered.
    await coordinator.goto(`${running.baseUrl}/events?year=2023&group=training`);
    const rows = coordinator.getByRole('row');
    await coordinator.getByRole('link', { name: SEMINAR }).waitFor();
    assert.equal(await coordinator.getByRole('link', { name: 'Əmək müfəttişləri üçün məcburi əmək əlamətləri üzrə təlim' }).count(), 0, 'a training of 2024 is not listed');
    assert.equal(await coordinator.getByRole('link', { name: CAMPAIGN }).count(), 0, 'an awareness event is not listed');
    assert.ok((await rows.count()) >= 3, 'the header and the two trainings of 2023');
    await settle(coordinator);
    await screenshot(coordinator, 'events-register');

    // A training: participants by sex and by organisation, test scores and the knowledge gain.
    await coordinator.getByRole('link', { name: SEMINAR }).click();
    await coordinator.getByRole('heading', { name: SEMINAR }).waitFor();
    await coordinator.getByText(en('events.womenMen', { women: '5', men: '19' })).first().waitFor();
    await coordinator.getByText('Baş Prokurorluq').first().waitFor();
    const gain = coordinator.getByText(en('events.assessment.gain'), { exact: true }).locator('..');
    assert.equal((await gain.innerText()).replace(/\s+/g, ' ').trim(), `${en('events.assessment.gain')} 3`, 'mean post 8 − mean pre 5');
    const normalised = coordinator.getByText(en('events.assessment.normalisedGain'), { exact: true }).locator('..');
    assert.match(await normalised.innerText(), /60\s?%/, '(8 − 5) / (10 − 5)');
    await coordinator.getByText(en('events.assessment.changes', { improved: '5', unchanged: '0', declined: '0' })).waitFor();
    await screenshot(coordinator, 'event-training-knowledge-gain');

    // An awareness event: its reach, and the short evaluation questionnaire (4.8.4) answered here.
    const campaign = (await api(coordinator, 'GET', `/api/events?q=${encodeURIComponent('Təhlükəsiz miqrasiya')}`)).items[0];
    await coordinator.goto(`${running.baseUrl}/events/${campaign.id}`);
    await coordinator.getByRole('heading', { name: CAMPAIGN }).waitFor();
    const form = coordinator.getByRole('form', { name: en('events.evaluation.add') });
    await form.getByLabel(en('events.evaluation.respondent')).selectOption('organiser');
    for (const question of ['relevance', 'clarity', 'organisation', 'usefulness'] as const) {
      await form.getByRole('radiogroup', { name: en(`events.question.${question}`) }).getByText('5', { exact: true }).click();
    }
    await form.getByLabel(en('events.evaluation.comment')).fill('Məktəblərdə maraq böyük idi');
    await form.getByRole('button', { name: en('events.evaluation.save') }).click();
    await coordinator.getByText(en('events.evaluation.recorded')).waitFor();
    await coordinator.getByText(en('events.evaluation.responses', { n: '3', organisers: '1', participants: '2' })).waitFor();
    await coordinator.getByText('Məktəblərdə maraq böyük idi').first().waitFor();
    await settle(coordinator);
    await coordinator.getByText(en('events.evaluation.responses', { n: '3', organisers: '1', participants: '2' })).scrollIntoViewIfNeeded();
    await screenshot(coordinator, 'event-awareness-evaluation');

    // Totals by year, kind, audience and body, as charts with the numbers behind them.
    await coordinator.goto(`${running.baseUrl}/events?tab=totals`);
    for (const title of ['byYear', 'byKind', 'byAudience', 'byOrganiser']) await coordinator.getByText(en(`events.totals.${title}`)).first().waitFor();
    await coordinator.locator('canvas, svg').first().waitFor();
    const totals = await api(coordinator, 'GET', '/api/events/totals');
    assert.equal(totals.all.events, 8);
    assert.deepEqual(totals.byYear.map((y: { year: number; events: number }) => [y.year, y.events]).sort(), [[2022, 1], [2023, 3], [2024, 4]]);
    await settle(coordinator);
    await screenshot(coordinator, 'events-totals');
  });
});

describe('an activity reported by a body that took part in another body’s training', () => {
  test('is linked to the event in the report editor, and the event stays once in the register and in the totals', async () => {
    const secretariat = await newPage(running, 'en');
    await logIn(secretariat, 'en', 'katiblik');
    const plan = (await api(secretariat, 'GET', '/api/plans')).items[0];
    const period = await api(secretariat, 'POST', '/api/report-periods', { planId: plan.id, kind: 'year', year: 2024, dueOn: '2099-01-31' });
    const din = (await api(secretariat, 'GET', '/api/organisations?pageSize=200')).items.find((o: { shortName: string }) => o.shortName === 'DİN');
    // The Coordinator's office records a training the police held with the migration service.
    const TITLE = 'Miqrasiya və polis əməkdaşları üçün birgə təlim';
    const training = await api(secretariat, 'POST', '/api/events', {
      organiserId: din.id, kind: 'training', title: TITLE, dateFrom: '2024-09-17', dateTo: '2024-09-18', place: 'Bakı', participants: 40, women: 14, men: 26,
      partners: ['DMX'], audiences: ['police'], participantGroups: [], materials: [], languages: ['az'], reach: null,
      assessment: { mode: 'aggregate', maxScore: 20, tested: 38, preMean: 10, postMean: 16 }, notes: '', measureIds: [],
    });
    const before = await api(secretariat, 'GET', '/api/events/totals?year=2024');

    const focal = await newPage(running, 'en');
    await logIn(focal, 'en', 'dmx.fokus');
    const entry = (await api(focal, 'GET', `/api/report-entries?periodId=${period.id}&mine=true&pageSize=1`)).items[0];
    await focal.goto(`${running.baseUrl}/report-entries/${entry.id}`);
    await focal.getByLabel(en('reports.entry.status')).selectOption('in_progress');
    await focal.getByRole('button', { name: en('reports.activities.add') }).click();
    await focal.getByRole('button', { name: en('events.link.buttonLabel', { row: en('reports.rows.cell', { field: en('reports.activity.event'), n: '1' }) }) }).click();
    const dialog = focal.getByRole('dialog', { name: en('events.link.title') });
    await dialog.getByLabel(en('events.link.search')).fill('birgə təlim');
    await dialog.getByText(TITLE).waitFor();
    await screenshot(focal, 'report-activity-link-event');
    await dialog.getByRole('button', { name: en('events.link.chooseLabel', { title: TITLE }) }).click();
    await dialog.waitFor({ state: 'hidden' });
    await focal.getByRole('button', { name: en('events.link.linkedLabel', { row: en('reports.rows.cell', { field: en('reports.activity.event'), n: '1' }), title: TITLE }) }).waitFor();
    await focal.getByLabel(en('reports.rows.cell', { field: en('reports.activity.participants'), n: '1' })).fill('12');
    await focal.getByText(/^Saved at/).waitFor();

    const saved = await api(focal, 'GET', `/api/report-entries/${entry.id}`);
    assert.equal(saved.activities[0].eventId, training.id);
    assert.equal(saved.activities[0].title, TITLE, 'the activity took the event’s facts');

    const head = await newPage(running, 'en');
    await logIn(head, 'en', 'dmx.rehber');
    await api(head, 'POST', `/api/report-entries/${entry.id}/submit`);
    await api(secretariat, 'POST', `/api/report-entries/${entry.id}/review`, { decision: 'accept' });

    const register = await api(secretariat, 'GET', `/api/events?q=${encodeURIComponent(TITLE)}`);
    assert.equal(register.total, 1, 'once in the register');
    const after = await api(secretariat, 'GET', '/api/events/totals?year=2024');
    assert.equal(after.all.events, before.all.events, 'once in the totals');
    assert.equal(after.all.participants, before.all.participants);

    await focal.goto(`${running.baseUrl}/events/${training.id}`);
    await focal.getByRole('heading', { name: TITLE }).waitFor();
    await focal.getByText(en('events.linkedReports.title')).waitFor();
    // The reporting body opens its own entry from the event.
    await focal.getByRole('link', { name: /^DMX — measure / }).waitFor();
    await screenshot(focal, 'event-linked-reports');
  });
});

describe('donors and resources in the browser', () => {
  test('a donor’s support is recorded, a body’s need is matched to it, and measures without resources are listed', async () => {
    const coordinator = await newPage(running, 'en');
    await logIn(coordinator, 'en', 'koordinator');
    const period = (await api(coordinator, 'GET', '/api/report-periods')).items.find((p: { year: number }) => p.year === 2024);
    assert.ok(period, 'the period opened by the previous test');

    // The migration service names a need in its report.
    const focal = await newPage(running, 'en');
    await logIn(focal, 'en', 'dmx.fokus');
    const entries = (await api(focal, 'GET', `/api/report-entries?periodId=${period.id}&mine=true&pageSize=2`)).items;
    const entry = await api(focal, 'GET', `/api/report-entries/${entries[1].id}`);
    const NEED = 'Sərhəd məntəqələri üçün tərcüməçi xidməti';
    await api(focal, 'PUT', `/api/report-entries/${entry.id}`, {
      revision: entry.revision, status: 'in_progress', narrative: 'Ehtiyac göstərildi', activities: [], figures: [],
      needs: [{ kind: 'funding', description: NEED, amount: 12000, currency: 'AZN' }],
    });

    // The Coordinator records what a donor offers.
    await coordinator.goto(`${running.baseUrl}/donors`);
    await coordinator.getByRole('link', { name: 'ATƏT-in Bakıdakı Layihə Koordinatoru' }).click();
    await coordinator.getByRole('button', { name: en('donors.support.create') }).click();
    const drawer = coordinator.getByRole('dialog', { name: en('donors.support.createTitle') });
    await drawer.getByLabel(en('donors.support.kind')).selectOption('financial');
    const OFFER = 'Tərcüməçi xidməti üçün qrant';
    await drawer.getByLabel(en('donors.support.description')).fill(OFFER);
    await drawer.getByLabel(en('donors.support.amount')).fill('15000');
    await drawer.getByLabel(en('donors.support.currency')).fill('AZN');
    await drawer.getByRole('button', { name: en('common.save') }).click();
    await drawer.waitFor({ state: 'hidden' });
    await coordinator.getByRole('cell', { name: OFFER, exact: true }).waitFor();
    await settle(coordinator);
    await screenshot(coordinator, 'donor-support');

    // Needs next to offers: the need is matched to the offer; measures without resources are listed.
    await coordinator.goto(`${running.baseUrl}/resources?periodId=${period.id}`);
    await coordinator.getByRole('cell', { name: NEED, exact: true }).waitFor();
    await coordinator.getByRole('button', { name: en('resources.matchNamed', { need: NEED }) }).click();
    const match = coordinator.getByRole('dialog', { name: en('resources.matchTitle') });
    await match.getByLabel(en('resources.support')).click();
    await coordinator.getByRole('option', { name: new RegExp(OFFER) }).click();
    await match.getByRole('button', { name: en('resources.match'), exact: true }).click();
    await match.waitFor({ state: 'hidden' });
    await coordinator.getByText(en('resources.matched')).waitFor();
    const resources = await api(coordinator, 'GET', `/api/resources?periodId=${period.id}`);
    const need = resources.needs.find((n: { description: string }) => n.description === NEED);
    assert.equal(need.matches.length, 1);
    assert.ok(resources.measures.withoutResources.length > 0, 'measures no support concerns are listed');
    assert.ok(!resources.measures.withoutResources.some((m: { id: string }) => m.id === entry.measure.id), 'the matched need’s measure now has a resource');
    await coordinator.getByText(en('resources.withoutResources')).first().waitFor();
    await settle(coordinator);
    await screenshot(coordinator, 'resources-needs-offers');
  });
});
