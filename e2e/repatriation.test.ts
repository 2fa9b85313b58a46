import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { bakuToday, formatDate } from '../common/src/dates.js';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();
const az = (key: string, params?: Record<string, string>) => tr('az', key, params);

/** A call to the API with the page's session, as the page itself would make it. */
async function api(page: Page, method: 'GET' | 'POST', path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'kk_csrf')?.value ?? '';
  const response = await page.request.fetch(`${running.baseUrl}${path}`, { method, data, headers: { 'x-csrf-token': csrf } });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Takes the pointer off the page's notices so they close, and waits for them to go (for a clean screenshot). */
async function settle(page: Page) {
  await page.mouse.move(700, 5);
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

/** Types a day into a date field as people do, dd.mm.yyyy, and leaves it. */
async function typeDate(scope: Locator, label: string, day: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.fill(formatDate(day));
  await input.press('Tab');
}

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const sectionOf = (page: Page, title: string) => page.locator('section', { has: page.getByRole('heading', { name: title, exact: true }) });

/** Opens a step's form from its row, fills it and saves. */
async function recordStep(page: Page, section: Locator, kind: string, fill: (form: Locator) => Promise<void>) {
  await section.getByRole('button', { name: az('repatriation.editStep', { step: az(`repatriation.step.${kind}`) }) }).click();
  const form = page.getByRole('dialog');
  await fill(form);
  await form.getByRole('button', { name: az('common.save'), exact: true }).click();
  await form.waitFor({ state: 'hidden' });
}

describe('repatriation and compensation in the browser', () => {
  test('the assistance centre brings a citizen home from abroad step by step, and records a compensation claim awarded and paid in two payments', async () => {
    const today = bakuToday();
    const police = await newPage(running, 'az');
    await logIn(police, 'az', 'polis.mustentiq');
    const shelters = (await api(police, 'GET', '/api/shelters')).items as { kind: string; operator: { id: string } }[];
    const centreOrgId = shelters.find((s) => s.kind === 'assistance_centre')!.operator.id;
    const created = await api(police, 'POST', '/api/cases', {
      identificationChannel: 'consulate',
      firstContactOn: shiftDay(today, -20),
      person: { names: ['Quliyeva Nərmin Rauf qızı'], sex: 'female', birthDate: '1995-04-18', citizenships: ['AZ'] },
      victim: { traffickingStatus: 'presumed', exploitation: ['ForcedLabour'], transnational: true },
      consents: [{ purpose: 'data_processing', given: true, recordedOn: shiftDay(today, -20) }, { purpose: 'sharing_with_bodies', given: true, recordedOn: shiftDay(today, -20) }],
    });
    const referral = await api(police, 'POST', `/api/cases/${created.id}/referrals`, { toOrgId: centreOrgId, parts: ['identity', 'services', 'safety'], reason: 'Xaricdən qayıdış və yardım' });

    const worker = await newPage(running, 'az');
    await logIn(worker, 'az', 'siginacaq');
    await api(worker, 'POST', `/api/case-referrals/${referral.id}/status`, { status: 'accepted' });
    await worker.goto(`${running.baseUrl}/cases/${created.id}`);

    // A citizen of Azerbaijan: the return home is offered first.
    const repatriation = sectionOf(worker, az('repatriation.title'));
    await repatriation.getByText(az('repatriation.none')).waitFor();
    await repatriation.getByRole('button', { name: az('repatriation.open') }).click();
    const openForm = worker.getByRole('dialog');
    assert.equal(await openForm.getByLabel(az('repatriation.directionLabel'), { exact: true }).inputValue(), 'to_azerbaijan');
    const country = openForm.locator('input').and(openForm.getByLabel(az('repatriation.countryFrom'), { exact: true }));
    await country.click();
    await country.fill('Türk');
    await worker.getByRole('option', { name: 'Türkiyə (TR)', exact: true }).click();
    await typeDate(openForm, az('repatriation.openedOn'), shiftDay(today, -12));
    await openForm.getByRole('button', { name: az('common.save'), exact: true }).click();
    await openForm.waitFor({ state: 'hidden' });
    await repatriation.getByText(`${az('repatriation.direction.to_azerbaijan')} — Türkiyə`).waitFor();

    await recordStep(worker, repatriation, 'consulate_contact', async (form) => {
      await typeDate(form, az('repatriation.doneOnBy.consulate_contact'), shiftDay(today, -11));
      await form.getByLabel(az('repatriation.bodyBy.consulate_contact'), { exact: true }).fill('Azərbaycanın İstanbuldakı Baş Konsulluğu');
    });
    await recordStep(worker, repatriation, 'return_certificate', async (form) => {
      await typeDate(form, az('repatriation.doneOnBy.return_certificate'), shiftDay(today, -8));
      await form.getByLabel(az('repatriation.document'), { exact: true }).fill('QŞ-2026-00417');
    });
    // Arrival before the travel is refused, in the reader's language, on the field.
    await repatriation.getByRole('button', { name: az('repatriation.editStep', { step: az('repatriation.step.reception') }) }).click();
    const early = worker.getByRole('dialog');
    await typeDate(early, az('repatriation.doneOnBy.reception'), shiftDay(today, -6));
    await early.getByRole('button', { name: az('common.save'), exact: true }).click();
    await early.getByText('Əvvəlcə səfəri (yola düşməni) qeyd edin.').first().waitFor();
    await early.getByRole('button', { name: az('common.cancel'), exact: true }).click();
    await early.waitFor({ state: 'hidden' });

    await recordStep(worker, repatriation, 'travel', async (form) => {
      await typeDate(form, az('repatriation.plannedOn'), shiftDay(today, -6));
      await typeDate(form, az('repatriation.doneOnBy.travel'), shiftDay(today, -6));
      await form.getByLabel(az('repatriation.means'), { exact: true }).selectOption('air');
      await form.getByLabel(az('repatriation.escorted'), { exact: true }).check();
    });
    await recordStep(worker, repatriation, 'reception', async (form) => {
      await typeDate(form, az('repatriation.doneOnBy.reception'), shiftDay(today, -6));
      await form.getByLabel(az('repatriation.bodyBy.reception'), { exact: true }).fill('Yardım Mərkəzi');
    });
    await repatriation.getByText(az('repatriation.statusOf.completed')).waitFor();
    assert.equal(await repatriation.locator('[data-testid="repatriation-step"][data-status="done"]').count(), 4);
    await repatriation.getByText('QŞ-2026-00417', { exact: false }).waitFor();
    await repatriation.scrollIntoViewIfNeeded();
    await settle(worker);
    await screenshot(worker, 'case-repatriation');

    // Compensation from the state Assistance Fund: claimed, partly awarded, paid in two payments.
    const compensation = sectionOf(worker, az('compensation.title'));
    await compensation.getByText(az('compensation.none')).waitFor();
    await compensation.getByRole('button', { name: az('compensation.addClaim') }).click();
    const claimForm = worker.getByRole('dialog');
    await claimForm.getByLabel(az('compensation.sourceLabel'), { exact: true }).selectOption('assistance_fund');
    await typeDate(claimForm, az('compensation.claimedOn'), shiftDay(today, -5));
    await claimForm.getByLabel(az('compensation.amountClaimed'), { exact: true }).fill('3 000,00');
    await claimForm.getByRole('button', { name: az('common.save'), exact: true }).click();
    await claimForm.waitFor({ state: 'hidden' });
    const claim = compensation.getByTestId('compensation-claim');
    await claim.getByText(az('compensation.statusOf.claimed'), { exact: true }).waitFor();

    await claim.getByRole('button', { name: az('compensation.decideShort') }).click();
    const decisionForm = worker.getByRole('dialog');
    await decisionForm.getByLabel(az('compensation.decisionLabel'), { exact: true }).selectOption('partly');
    await typeDate(decisionForm, az('compensation.decidedOn'), shiftDay(today, -3));
    await decisionForm.getByLabel(az('compensation.amountAwarded'), { exact: true }).fill('2500');
    await decisionForm.getByRole('button', { name: az('common.save'), exact: true }).click();
    await decisionForm.waitFor({ state: 'hidden' });
    await claim.getByText(az('compensation.statusOf.awarded'), { exact: true }).waitFor();

    for (const [paidOn, amount] of [[shiftDay(today, -2), '1500'], [today, '1000,00']] as const) {
      await claim.getByRole('button', { name: az('compensation.payShort') }).click();
      const payForm = worker.getByRole('dialog');
      await typeDate(payForm, az('compensation.paidOn'), paidOn);
      await payForm.getByLabel(az('compensation.paymentAmount'), { exact: true }).fill(amount);
      await payForm.getByRole('button', { name: az('common.save'), exact: true }).click();
      await payForm.waitFor({ state: 'hidden' });
    }
    await claim.getByText(az('compensation.statusOf.paid'), { exact: true }).waitFor();
    const totals = compensation.getByTestId('compensation-totals');
    await totals.getByText('3.000,00 AZN').waitFor();
    assert.equal(await totals.getByText('2.500,00 AZN').count(), 2, 'awarded and paid alike');
    assert.equal(await claim.getByRole('button', { name: az('compensation.payShort') }).count(), 0, 'nothing more to pay');
    await compensation.scrollIntoViewIfNeeded();
    await settle(worker);
    await screenshot(worker, 'case-compensation');

    // The one timeline of the case tells both stories.
    await worker.getByRole('tab', { name: az('timeline.tab') }).click();
    await worker.getByText(az('timeline.newestFirst'), { exact: true }).click();
    const timeline = worker.getByTestId('timeline');
    await timeline.getByText(az('timeline.kind.repatriation_completed', { country: 'Türkiyə' })).waitFor();
    await timeline.getByText(az('timeline.kind.compensation_paid', { amount: '1.500,00 AZN' })).waitFor();
    await settle(worker);
    await screenshot(worker, 'case-timeline-repatriation-compensation');

    // The special police unit does not see the return's arrangements (safety), but does see the claim (investigation).
    const hidden = await police.request.fetch(`${running.baseUrl}/api/cases/${created.id}/repatriations`);
    assert.equal(hidden.status(), 403);
    const seen = await api(police, 'GET', `/api/cases/${created.id}/compensation`);
    assert.deepEqual(seen.totals, { claimed: '3000.00', awarded: '2500.00', paid: '2500.00' });
    for (const page of [police, worker]) await page.context().close();
  });
});
