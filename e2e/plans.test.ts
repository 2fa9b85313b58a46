import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import mammoth from 'mammoth';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();
const scratch = mkdtempSync(join(tmpdir(), 'koordinator-plans-e2e-'));

/** A plan in a layout of its own: numbered 13.x.y, plain-text section headings, tab-separated cells. */
const OLDER_PLAN = [
  'Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2014–2018-ci illər üçün Milli Fəaliyyət Planı',
  '',
  '13.1. Qanunvericiliyin təkmilləşdirilməsi',
  '13.1.1.\tİnsan alverinə qarşı mübarizə sahəsində qanunvericiliyin beynəlxalq standartlara uyğunlaşdırılması\tƏdliyyə Nazirliyi, Daxili İşlər Nazirliyi\t2014-2015',
  '13.1.2.\tMəcburi əməyə qarşı mübarizə üzrə təkliflərin hazırlanması\tƏmək və Əhalinin Sosial Müdafiəsi Nazirliyi\tmütəmadi',
  '13.2. Qurbanların müdafiəsi',
  '13.2.1.\tQurbanlar üçün sığınacaqların fəaliyyətinin genişləndirilməsi\tƏmək və Əhalinin Sosial Müdafiəsi Nazirliyi (qeyri-hökumət təşkilatlarını cəlb etməklə)\t2015-2018',
].join('\n');

describe('plans in the browser', () => {
  test('the 2020–2024 plan is there from the start; search finds words without diacritics; Word export opens', async () => {
    const page = await newPage(running, 'az');
    await logIn(page, 'az', 'katiblik');
    await page.getByRole('navigation', { name: tr('az', 'nav.label') }).getByRole('link', { name: tr('az', 'nav.plans') }).click();
    await page.getByRole('link', { name: /2020.2024/ }).first().click();
    await page.getByRole('link', { name: tr('az', 'plans.measure.title', { code: '4.9.3' }), exact: true }).waitFor();
    await screenshot(page, 'plan-2020-2024');
    await page.getByLabel(tr('az', 'filters.search')).fill('mecburi emek');
    await page.locator('mark').first().waitFor();
    assert.match((await page.locator('mark').first().innerText()).toLocaleLowerCase('az'), /məcburi|əmək/);
    await screenshot(page, 'plan-search');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: tr('az', 'plans.export.word') }).click()]);
    const file = join(scratch, 'plan.docx');
    await download.saveAs(file);
    const { value } = await mammoth.extractRawText({ path: file });
    assert.ok(value.includes('Tədbirin adı') && value.includes('4.9.3.'));
    await page.context().close();
  });

  test('upload → preview → confirm a plan in another layout, then open a measure', async () => {
    const page = await newPage(running, 'en');
    await logIn(page, 'en', 'katiblik');
    await page.goto(`${running.baseUrl}/plans/import`);
    const file = join(scratch, 'plan-2014-2018.txt');
    writeFileSync(file, OLDER_PLAN);
    await page.getByLabel(tr('en', 'plans.import.file')).setInputFiles(file);
    await page.getByText(tr('en', 'plans.import.changes.newPlan')).waitFor();
    await screenshot(page, 'plan-import-preview');
    await page.getByRole('button', { name: tr('en', 'plans.import.confirm') }).click();
    await page.getByText(tr('en', 'plans.import.done')).first().waitFor();
    await page.getByRole('link', { name: tr('en', 'plans.import.openPlan') }).click();
    await page.getByRole('link', { name: tr('en', 'plans.measure.title', { code: '13.2.1' }), exact: true }).click();
    await page.getByText('Qurbanlar üçün sığınacaqların fəaliyyətinin genişləndirilməsi').first().waitFor();
    await screenshot(page, 'measure');
    await page.context().close();
  });
});

