import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { bakuToday, formatDate } from '../common/src/dates.js';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();

async function api(page: Page, path: string) {
  const response = await page.request.get(`${running.baseUrl}${path}`);
  assert.ok(response.ok(), `GET ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** The id of a demonstration case, by the person's main name, as the caller's case list shows it. */
async function caseIdOf(page: Page, name: string): Promise<string> {
  const list = (await api(page, '/api/cases?pageSize=100')) as { items: { id: string; name: string | null }[] };
  const found = list.items.find((item) => item.name === name);
  assert.ok(found, `${name} is in the case list`);
  return found.id;
}

/** Takes the pointer off the page's notices so they close, and waits for them to go (for a clean screenshot). */
async function settle(page: Page) {
  await page.mouse.move(700, 5);
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

/** Types a day into a date field as people do, dd.mm.yyyy, and leaves it. */
async function typeDate(scope: Page | Locator, label: string, day: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.fill(formatDate(day));
  await input.press('Tab');
}

const sectionNamed = (page: Page, title: string) => page.locator('section', { has: page.getByRole('heading', { name: title, exact: true }) });

/**
 * The National Referral Mechanism's protection steps in the browser: the special police unit starts
 * a reflection period for the demonstration boy and decides at its end; the assistance centre
 * records his guardian and a best-interests assessment (refusing a review dated before it); an
 * adult's case shows no child path; the unit's supervisor publishes a new version of the
 * identification indicators.
 */
describe('reflection period, child protection and the indicators in the browser', () => {
  test('the unit starts and decides a reflection period; the centre records the guardian and a best-interests assessment; the supervisor publishes indicators', async () => {
    const en = (key: string, params?: Record<string, string>) => tr('en', key, params);
    const az = (key: string, params?: Record<string, string>) => tr('az', key, params);
    const ru = (key: string, params?: Record<string, string>) => tr('ru', key, params);
    const today = bakuToday();

    // ── The special police unit: the boy's reflection period, started back in January, has ended.
    const investigator = await newPage(running, 'en');
    await logIn(investigator, 'en', 'polis.mustentiq');
    const boyId = await caseIdOf(investigator, 'Karimov Javid');
    await investigator.goto(`${running.baseUrl}/cases/${boyId}`);
    const reflection = sectionNamed(investigator, en('protection.reflection.title'));
    await reflection.getByText(en('protection.reflection.none')).waitFor();
    assert.equal(await reflection.getByLabel(en('protection.reflection.days'), { exact: true }).inputValue(), '30', 'the configured length is offered');
    await typeDate(reflection, en('protection.reflection.startedOn'), '2026-01-15');
    await reflection.getByRole('button', { name: en('protection.reflection.start') }).click();
    await reflection.getByTestId('reflection-state').filter({ hasText: en('protection.reflection.state.decisionDue') }).waitFor();
    await reflection.getByTestId('reflection-days-left').filter({ hasText: en('protection.reflection.endedOn', { date: formatDate('2026-02-14') }) }).waitFor();
    await reflection.scrollIntoViewIfNeeded();
    await settle(investigator);
    await screenshot(investigator, 'reflection-decision-due');

    await reflection.getByLabel(en('protection.reflection.decision'), { exact: true }).selectOption('assistance_continues');
    await reflection.getByRole('button', { name: en('protection.reflection.decide') }).click();
    await reflection.getByTestId('reflection-state').filter({ hasText: en('protection.reflection.state.decided') }).waitFor();
    await reflection.getByText(en('protection.reflection.decisions.assistance_continues')).waitFor();
    const timeline = (await api(investigator, `/api/cases/${boyId}/timeline`)) as { items: { kind: string; params: Record<string, unknown> }[] };
    assert.deepEqual(timeline.items.filter((e) => e.kind.startsWith('reflection_')).map((e) => e.kind).sort(), ['reflection_decided', 'reflection_started']);
    // The unit keeps no services part: no child-protection section for it.
    assert.equal(await sectionNamed(investigator, en('children.title')).count(), 0);
    // Publishing indicators is the supervisor's: not in the investigator's navigation.
    assert.equal(await investigator.getByRole('link', { name: en('protection.checklists.nav') }).count(), 0);

    // ── The assistance centre: the boy is 17; it records his guardian and a best-interests assessment.
    const worker = await newPage(running, 'az');
    await logIn(worker, 'az', 'siginacaq');
    await worker.goto(`${running.baseUrl}/cases/${boyId}`);
    const child = sectionNamed(worker, az('children.title'));
    await child.getByTestId('child-badge').filter({ hasText: az('children.badge') }).waitFor();
    await child.getByText(az('children.guardian.none')).waitFor();

    await child.getByRole('button', { name: az('children.guardian.edit') }).click();
    const guardianForm = worker.getByRole('dialog', { name: az('children.guardian.edit') });
    await guardianForm.getByLabel(az('children.guardian.name'), { exact: true }).fill('Kərimova Səbinə Rauf qızı');
    await guardianForm.getByLabel(az('children.guardian.relation'), { exact: true }).selectOption('relative');
    await guardianForm.getByLabel(az('children.guardian.contact'), { exact: true }).fill('+994 55 321 00 11');
    await typeDate(guardianForm, az('children.guardian.appointedOn'), '2026-01-20');
    await guardianForm.getByLabel(az('children.guardian.appointedBy'), { exact: true }).fill('Bakı şəhəri Nəsimi rayon İcra Hakimiyyətinin qəyyumluq və himayə orqanı');
    await guardianForm.getByLabel(az('children.body.name'), { exact: true }).fill('Nəsimi rayon İH yanında Uşaq hüquqları üzrə komissiya');
    await guardianForm.getByRole('button', { name: az('common.save'), exact: true }).click();
    await guardianForm.waitFor({ state: 'detached' });
    await child.getByText('Kərimova Səbinə Rauf qızı').waitFor();
    await child.getByText(az('children.relation.relative'), { exact: true }).waitFor();

    await child.getByRole('button', { name: az('children.assessment.add') }).click();
    const assessmentForm = worker.getByRole('dialog', { name: az('children.assessment.add') });
    await assessmentForm.getByLabel(az('children.assessment.assessedBy'), { exact: true }).fill('Çoxsahəli qrup (psixoloq, sosial işçi)');
    await assessmentForm.getByLabel(az('children.assessment.summary'), { exact: true }).fill('Uşaq sığınacaqda təhlükəsizdir; ailəyə qayıtması hələ risklidir, xalası ilə görüşlər davam edir.');
    await assessmentForm.getByLabel(az('children.assessment.recommendation'), { exact: true }).selectOption('stay_in_shelter');
    await typeDate(assessmentForm, az('children.assessment.reviewOn'), '2026-01-05');
    await assessmentForm.getByRole('button', { name: az('common.save'), exact: true }).click();
    // A review before the assessment is refused at its field, in the worker's language.
    await assessmentForm.getByText('Növbəti baxış tarixi qiymətləndirmə tarixindən sonra olmalıdır.').waitFor();
    const review = new Date(`${today}T00:00:00Z`);
    review.setUTCMonth(review.getUTCMonth() + 3);
    await typeDate(assessmentForm, az('children.assessment.reviewOn'), review.toISOString().slice(0, 10));
    await assessmentForm.getByRole('button', { name: az('common.save'), exact: true }).click();
    await assessmentForm.waitFor({ state: 'detached' });
    const row = child.getByTestId('best-interests-row');
    await row.getByText(az('children.recommendation.stay_in_shelter')).waitFor();
    await row.getByText(az('children.assessment.recordedBy', { name: 'Günel Rzayeva' })).waitFor();
    await child.scrollIntoViewIfNeeded();
    await settle(worker);
    await screenshot(worker, 'child-protection');

    // ── An adult's case shows no child path, even to a body keeping its services part.
    const ngo = await newPage(running, 'ru');
    await logIn(ngo, 'ru', 'qht.terefdas');
    await ngo.goto(`${running.baseUrl}/cases/${await caseIdOf(ngo, 'Tashkentova Dilnoza')}`);
    await sectionNamed(ngo, ru('care.title')).waitFor();
    await ngo.waitForLoadState('networkidle');
    assert.equal(await sectionNamed(ngo, ru('children.title')).count(), 0);

    // ── The unit's supervisor publishes version 2 of the indicators: a copy of version 1, changed.
    const supervisor = await newPage(running, 'en');
    await logIn(supervisor, 'en', 'polis.rehber');
    await supervisor.getByRole('link', { name: en('protection.checklists.nav') }).click();
    await supervisor.getByRole('heading', { name: en('protection.checklists.title') }).waitFor();
    await supervisor.getByTestId('checklist-indicators').getByText('G1', { exact: true }).waitFor();
    await supervisor.getByRole('button', { name: en('protection.checklists.prepare') }).click();
    const editors = supervisor.getByTestId('indicator-editor');
    await editors.first().waitFor();
    assert.equal(await editors.count(), 10, 'the editor begins as a copy of the version in force');
    await supervisor.getByRole('button', { name: en('protection.checklists.remove', { code: 'G6' }) }).click();
    await supervisor.getByRole('button', { name: en('protection.checklists.addIndicator') }).click();
    const added = editors.last();
    await added.getByLabel(en('protection.checklists.code'), { exact: true }).fill('C4');
    await added.getByLabel(en('protection.checklists.audience'), { exact: true }).selectOption('child');
    await added.getByLabel(en('protection.checklists.text.az'), { exact: true }).fill('Uşaq onlayn istismar əlamətləri göstərir');
    await added.getByLabel(en('protection.checklists.text.ru'), { exact: true }).fill('Признаки онлайн-эксплуатации ребёнка');
    await added.getByLabel(en('protection.checklists.text.en'), { exact: true }).fill('Signs of online exploitation of the child');
    await supervisor.getByRole('button', { name: en('protection.checklists.publish'), exact: true }).click();
    await added.getByText(en('protection.checklists.duplicateCode')).waitFor();
    await added.getByLabel(en('protection.checklists.code'), { exact: true }).fill('C5');
    await supervisor.getByLabel(en('protection.checklists.versionTitle'), { exact: true }).fill('Identification indicators, 2nd version');
    await supervisor.getByRole('button', { name: en('protection.checklists.publish'), exact: true }).click();
    const confirm = supervisor.getByRole('dialog', { name: en('protection.checklists.confirmTitle', { version: '2' }) });
    await confirm.getByRole('button', { name: en('protection.checklists.publish'), exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    const versions = supervisor.getByTestId('checklist-versions');
    await versions.getByRole('row', { name: /Identification indicators, 2nd version/ }).getByText(en('protection.checklists.current')).waitFor();
    await supervisor.getByTestId('checklist-indicators').getByText('Signs of online exploitation of the child').waitFor();
    await settle(supervisor);
    await screenshot(supervisor, 'identification-checklists');
    const current = (await api(supervisor, '/api/identification-checklists')) as { versions: { version: number; indicators: number; current: boolean }[] };
    assert.deepEqual([current.versions[0]!.version, current.versions[0]!.indicators, current.versions[0]!.current], [2, 10, true]);
  });
});
