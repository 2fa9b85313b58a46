import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();

/** A call to the API with the page's session, as the page itself would make it. */
async function api(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'kk_csrf')?.value ?? '';
  const response = await page.request.fetch(`${running.baseUrl}${path}`, { method, data, headers: { 'x-csrf-token': csrf } });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

async function confirm(page: Page, button: string, comment?: string) {
  await page.getByRole('button', { name: button, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  if (comment !== undefined) await dialog.getByLabel(tr('en', 'reports.review.comment')).fill(comment);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('a reporting cycle in the browser', () => {
  test('a focal point fills two entries, the head submits, the secretariat returns one, it is fixed and accepted', async () => {
    const secretariat = await newPage(running, 'en');
    await logIn(secretariat, 'en', 'katiblik');
    const plan = (await api(secretariat, 'GET', '/api/plans')).items[0];
    const period = await api(secretariat, 'POST', '/api/report-periods', { planId: plan.id, kind: 'year', year: 2021, dueOn: '2099-01-31' });

    const focal = await newPage(running, 'en');
    await logIn(focal, 'en', 'dmx.fokus');
    const mine = (await api(focal, 'GET', `/api/report-entries?periodId=${period.id}&mine=true&pageSize=2`)).items as { id: string }[];
    assert.equal(mine.length, 2);
    for (const [i, entry] of mine.entries()) {
      await focal.goto(`${running.baseUrl}/report-entries/${entry.id}`);
      await focal.getByLabel(tr('en', 'reports.entry.status')).selectOption('in_progress');
      await focal.getByLabel(tr('en', 'reports.entry.narrative')).fill(`Hesabat mətni ${i + 1}: **1913** əcnəbinin yaşaması qanuniləşdirilib.\n\n- Bakı seminarı`);
      await focal.getByText(/^Saved at/).waitFor();
    }
    await screenshot(focal, 'report-entry-focal-point');
    // A figure, as the figures editor would send it.
    const second = await api(focal, 'GET', `/api/report-entries/${mine[1]!.id}`);
    await api(focal, 'PUT', `/api/report-entries/${second.id}`, {
      revision: second.revision,
      status: second.status,
      narrative: second.narrative,
      activities: [],
      figures: [{ label: 'Yaşaması qanuniləşdirilmiş əcnəbilər', value: 1913, unit: 'nəfər' }],
      needs: [],
    });

    const head = await newPage(running, 'en');
    await logIn(head, 'en', 'dmx.rehber');
    for (const entry of mine) {
      await head.goto(`${running.baseUrl}/report-entries/${entry.id}`);
      await confirm(head, tr('en', 'reports.entry.submit'));
    }

    await secretariat.goto(`${running.baseUrl}/report-entries/${mine[0]!.id}`);
    await confirm(secretariat, tr('en', 'reports.review.return'), 'Add the dates of the seminar');
    await secretariat.goto(`${running.baseUrl}/report-entries/${mine[1]!.id}`);
    await confirm(secretariat, tr('en', 'reports.review.accept'));

    await focal.goto(`${running.baseUrl}/report-entries/${mine[0]!.id}`);
    await focal.getByText('Add the dates of the seminar').first().waitFor();
    await focal.getByLabel(tr('en', 'reports.entry.narrative')).fill('Hesabat mətni 1: seminar 14–16 mart 2021-ci ildə Bakıda keçirilib.');
    await focal.getByText(/^Saved at/).waitFor();
    await head.goto(`${running.baseUrl}/report-entries/${mine[0]!.id}`);
    await confirm(head, tr('en', 'reports.entry.submit'));
    await secretariat.goto(`${running.baseUrl}/report-entries/${mine[0]!.id}`);
    await screenshot(secretariat, 'report-entry-review');
    await confirm(secretariat, tr('en', 'reports.review.accept'));

    const states = (await api(secretariat, 'GET', `/api/report-entries?periodId=${period.id}&organisationId=${(await api(focal, 'GET', '/api/session')).user.organisation.id}&pageSize=2`)).items;
    assert.deepEqual(
      states.filter((e: { id: string }) => mine.some((m) => m.id === e.id)).map((e: { state: string }) => e.state),
      ['accepted', 'accepted'],
    );
    await secretariat.goto(`${running.baseUrl}/reports/${period.id}`);
    await secretariat.getByRole('cell', { name: 'DMX' }).first().waitFor();
    await screenshot(secretariat, 'report-period-secretariat');

    const coordinator = await newPage(running, 'en');
    await logIn(coordinator, 'en', 'koordinator');
    await coordinator.goto(`${running.baseUrl}/reports/${period.id}`);
    const [download] = await Promise.all([coordinator.waitForEvent('download'), coordinator.getByRole('link', { name: tr('en', 'reports.consolidated.word') }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'koordinator-report-')), 'report.docx');
    await download.saveAs(file);
    const { value } = await mammoth.extractRawText({ path: file });
    const measure = await api(coordinator, 'GET', `/api/report-entries/${mine[0]!.id}`);
    assert.ok(value.includes(measure.measure.text), 'the measure text is in the report');
    assert.ok(value.includes('seminar 14–16 mart 2021-ci ildə Bakıda keçirilib'), 'the accepted account is in the report');
    assert.match(value, /Yaşaması qanuniləşdirilmiş əcnəbilər[^\n]*1913/, 'the figure is in the report');
    for (const page of [secretariat, focal, head, coordinator]) await page.context().close();
  });
});
