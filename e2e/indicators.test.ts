import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();

const CYCLE = '2024-cü il qiymətləndirməsi';
/** Area 5.1's framework indicator at level 1, as the seed assessment words it. */
const INDICATOR = 'İnsan alverinə qarşı mübarizəyə dair Milli Fəaliyyət Planı mövcuddur';
const EVIDENCE = '2020–2024-cü illər üçün Milli Fəaliyyət Planı 22 iyul 2020-ci il tarixli Sərəncamla təsdiq olunub.';

/** Before a screenshot: no pointer over a cell, and the confirmations gone from the corner. */
async function settle(page: Page) {
  await page.mouse.move(0, 0);
  const notes = page.locator('.mantine-Notification-root');
  for (const deadline = Date.now() + 15_000; (await notes.count()) > 0 && Date.now() < deadline; ) await page.waitForTimeout(250);
}

describe('the indicator grid in the browser', () => {
  test('the secretariat opens the framework grid, rates an indicator in a new cycle, sees the cell change, publishes', async () => {
    const page = await newPage(running, 'az');
    await logIn(page, 'az', 'katiblik');
    await page.getByRole('navigation', { name: tr('az', 'nav.label') }).getByRole('link', { name: tr('az', 'nav.indicators') }).click();
    await page.getByRole('tab', { name: tr('az', 'indicators.tabs.framework') }).click();

    // The framework of the seed assessment: areas 4.5 and 5.1–5.5, two kinds of indicators at two levels.
    const framework = page.getByTestId('indicator-grid');
    await framework.getByText(INDICATOR, { exact: true }).waitFor();
    for (const code of ['4.5', '5.1', '5.2', '5.3', '5.4', '5.5']) await framework.locator(`tr[data-area="${code}"]`).waitFor();
    await framework.getByRole('columnheader', { name: tr('az', 'indicators.kind.operational') }).waitFor();
    assert.equal(await framework.getByRole('columnheader', { name: tr('az', 'indicators.level', { level: '2' }) }).count(), 2);
    await screenshot(page, 'indicator-framework');

    await page.getByRole('tab', { name: tr('az', 'indicators.tabs.cycles') }).click();
    await page.getByRole('button', { name: tr('az', 'indicators.cycle.createTitle') }).click();
    const form = page.getByRole('dialog', { name: tr('az', 'indicators.cycle.createTitle') });
    await form.getByRole('textbox', { name: tr('az', 'indicators.cycle.title') }).fill(CYCLE);
    await form.getByRole('textbox', { name: tr('az', 'indicators.cycle.year') }).fill('2024');
    await page.getByRole('button', { name: tr('az', 'indicators.cycle.create') }).click();
    await page.getByRole('heading', { name: CYCLE }).waitFor();

    const cell = page.getByTestId('indicator-cell').filter({ hasText: INDICATOR });
    assert.equal(await cell.getAttribute('data-rating'), 'not_assessed');
    await cell.click();
    const drawer = page.getByRole('dialog', { name: tr('az', 'indicators.assessment.title') });
    await drawer.getByRole('radio', { name: tr('az', 'indicators.rating.met'), exact: true }).check();
    await drawer.getByRole('checkbox', { name: tr('az', 'indicators.assessment.needsImprovement') }).check();
    await drawer.getByLabel(tr('az', 'indicators.assessment.evidence')).fill(EVIDENCE);
    await drawer.getByRole('button', { name: tr('az', 'indicators.assessment.save') }).click();
    await drawer.waitFor({ state: 'hidden' });

    // The cell says it in words and with an icon, not by its colour alone.
    await cell.and(page.locator('[data-rating="met"]')).waitFor();
    await cell.getByText(tr('az', 'indicators.rating.met'), { exact: true }).waitFor();
    await cell.getByText(tr('az', 'indicators.improvement.needed')).waitFor();
    await settle(page);
    await screenshot(page, 'indicator-grid-rating');

    await page.getByRole('button', { name: tr('az', 'indicators.cycle.publish') }).click();
    await page.getByRole('dialog', { name: tr('az', 'indicators.cycle.publishTitle') }).getByRole('button', { name: tr('az', 'indicators.cycle.publish') }).click();
    await page.getByText(tr('az', 'indicators.cycle.status.published'), { exact: true }).first().waitFor();
    await page.getByRole('button', { name: tr('az', 'indicators.cycle.unpublish') }).waitFor();
    await settle(page);
    await screenshot(page, 'indicator-grid');
    await page.context().close();
  });

  test('the Ombudsman sees the published grid, read only, and the comparison', async () => {
    const page = await newPage(running, 'az');
    await logIn(page, 'az', 'ombudsman');
    await page.getByRole('navigation', { name: tr('az', 'nav.label') }).getByRole('link', { name: tr('az', 'nav.indicators') }).click();
    // The office's working parts are not offered.
    await page.getByRole('tab', { name: tr('az', 'indicators.tabs.cycles') }).waitFor();
    assert.equal(await page.getByRole('tab', { name: tr('az', 'indicators.tabs.framework') }).count(), 0);
    assert.equal(await page.getByRole('tab', { name: tr('az', 'indicators.tabs.recommendations') }).count(), 0);

    await page.getByRole('link', { name: CYCLE }).click();
    const cell = page.getByTestId('indicator-cell').filter({ hasText: INDICATOR });
    await cell.and(page.locator('[data-rating="met"]')).waitFor();
    assert.equal(await page.getByRole('button', { name: tr('az', 'indicators.cycle.publish') }).count(), 0);
    await settle(page);
    await screenshot(page, 'indicator-grid-published');

    await cell.click();
    const drawer = page.getByRole('dialog', { name: tr('az', 'indicators.assessment.title') });
    await drawer.getByText(EVIDENCE).waitFor();
    assert.equal(await drawer.getByRole('button', { name: tr('az', 'indicators.assessment.save') }).count(), 0, 'read only');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: tr('az', 'indicators.tabs.compare') }).click();
    await page.getByRole('columnheader', { name: CYCLE }).waitFor();
    await page.locator('canvas').first().waitFor();
    await settle(page);
    await screenshot(page, 'indicator-comparison');
    await page.context().close();
  });

  test('the secretariat reads the recommendations with their votes and builds a draft of the next plan from them', async () => {
    const page = await newPage(running, 'az');
    await logIn(page, 'az', 'katiblik');
    await page.goto(`${running.baseUrl}/indicators/recommendations`);
    const table = page.getByRole('table', { name: tr('az', 'indicators.tabs.recommendations') });
    const j = table.getByRole('row').filter({ hasText: 'İnsan alverinin riskləri barədə maarifləndirmə' });
    await j.getByText(`${tr('az', 'indicators.recommendation.votes.survey', { n: '3' })} · ${tr('az', 'indicators.recommendation.votes.seminar', { n: '3' })}`).waitFor();
    await settle(page);
    await screenshot(page, 'recommendations');

    await page.getByRole('tab', { name: tr('az', 'indicators.tabs.drafts') }).click();
    await page.getByRole('link', { name: tr('az', 'indicators.draft.createTitle') }).click();
    await page.getByRole('checkbox', { name: /İnsan alverinin riskləri barədə maarifləndirmə/ }).check();
    await page.getByRole('button', { name: /^Layihəni qur/ }).click();
    const draft = page.getByTestId('draft-table');
    await draft.getByText('Tövsiyələrdən irəli gələn tədbirlər', { exact: false }).waitFor();
    await draft.getByText('mütəmadi', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: tr('az', 'indicators.draft.exportWord') }).waitFor();
    await settle(page);
    await screenshot(page, 'draft-plan');
    await page.context().close();
  });
});
