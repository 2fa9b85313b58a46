import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();

describe('the hotline in the browser', () => {
  test('an operator starts a contact with one keystroke, fills it, refers it to the special police unit in one step; the unit sees the case', async () => {
    const az = (key: string, params?: Record<string, string>) => tr('az', key, params);
    const operator = await newPage(running, 'az');
    await logIn(operator, 'az', 'qaynar.xett');
    const nav = operator.getByRole('navigation', { name: az('nav.label') });
    await nav.getByRole('link', { name: az('hotline.nav.console') }).click();
    await operator.getByRole('heading', { name: az('hotline.console.title') }).waitFor();
    await operator.getByText(az('hotline.console.idle')).waitFor();

    // One keystroke: the contact starts, its timer runs, focus is on its first field, and it is announced.
    const newButton = operator.getByRole('button', { name: az('hotline.console.new') });
    assert.equal(await newButton.getAttribute('aria-keyshortcuts'), 'n Alt+n');
    await operator.keyboard.press('n');
    const timer = operator.getByRole('timer', { name: az('hotline.form.duration') });
    await timer.waitFor();
    await operator.locator('[data-testid="hotline-announcer"]').filter({ hasText: /\S/ }).waitFor({ state: 'attached' });
    const announced = await operator.getByTestId('hotline-announcer').innerText();
    assert.ok(announced.startsWith(az('hotline.console.started', { time: '' }).split(' ')[0]!), announced);
    assert.ok(await operator.evaluate(`['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName ?? '')`), 'focus is on the first field');
    const before = await timer.innerText();
    await operator.waitForTimeout(1500);
    assert.notEqual(await timer.innerText(), before, 'the timer runs');

    // The contact being recorded (the list's filters below have fields of the same names).
    const form = operator.getByRole('region', { name: az('hotline.form.titleNew') });
    await form.getByLabel(az('hotline.field.callerType'), { exact: true }).selectOption('relative');
    await form.getByLabel(az('hotline.field.category'), { exact: true }).selectOption('trafficking_crisis');
    await form.getByText(az('hotline.code.riskFlag.immediate_danger'), { exact: true }).click();
    await form.getByText(az('hotline.code.riskFlag.abroad'), { exact: true }).click();
    await form.getByLabel(az('hotline.code.note.situation'), { exact: true }).fill('Bacısı Dubayda bir evdə saxlanılır, pasportu alınıb; telefonla danışa bilmir.');
    await form.getByLabel(az('hotline.code.note.location'), { exact: true }).fill('Dubay, Dəyrə rayonu');
    await form.getByLabel(az('hotline.field.phone'), { exact: true }).fill('+994 50 444 55 66');
    await form.getByTestId('known-caller').getByText(az('hotline.known.none')).waitFor();
    await screenshot(operator, 'hotline-console');

    // One step: the contact is saved, a case is created for the hotline and referred to the police unit.
    await form.getByRole('button', { name: az('hotline.form.refer') }).click();
    await operator.waitForURL(/\/hotline\/contacts\/[0-9a-f-]{36}$/);
    const dialog = operator.getByRole('dialog');
    await dialog.waitFor();
    const target = dialog.getByLabel(az('hotline.refer.to'), { exact: true });
    assert.match(await target.locator('option:checked').innerText(), /^İAMBİ/);
    await dialog.getByLabel(az('hotline.refer.personName'), { exact: true }).fill('Həsənova Nigar');
    await dialog.getByLabel(az('hotline.refer.sharingYes'), { exact: true }).check();
    await dialog.getByRole('button', { name: az('hotline.refer.send', { body: 'İAMBİ' }) }).click();
    const sent = operator.getByTestId('referral-sent');
    await sent.waitFor();
    const caseLink = sent.getByRole('link');
    const reference = (await caseLink.innerText()).match(/İA-\d{6}/)?.[0];
    assert.ok(reference, await sent.innerText());
    const caseUrl = `${running.baseUrl}${await caseLink.getAttribute('href')}`;
    await operator.getByRole('table', { name: az('hotline.referrals.title') }).getByRole('cell', { name: 'İAMBİ', exact: true }).waitFor();
    await screenshot(operator, 'hotline-contact-referred');

    // The same caller again, the number typed another way: the hint names the earlier contact and its case; the contact joins the case.
    await operator.keyboard.press('Alt+n');
    await operator.waitForURL(/\/hotline(\?.*)?$/);
    await timer.waitFor();
    await form.getByLabel(az('hotline.field.callerType'), { exact: true }).selectOption('relative');
    await form.getByLabel(az('hotline.field.category'), { exact: true }).selectOption('trafficking_help');
    await form.getByLabel(az('hotline.field.phone'), { exact: true }).fill('050 444 55 66');
    const hint = form.getByTestId('known-caller');
    await hint.getByText(az('hotline.known.summary', { count: '1' })).waitFor();
    await hint.getByRole('button', { name: az('hotline.known.linkNamed', { reference }) }).click();
    await form.getByTestId('linked-case').filter({ hasText: reference }).waitFor();
    await form.getByLabel(az('hotline.field.outcome'), { exact: true }).selectOption('information_given');
    await form.getByLabel(az('hotline.code.note.actions'), { exact: true }).press('Control+Enter');
    await operator.waitForURL(/\/hotline\/contacts\/[0-9a-f-]{36}$/);

    // The handover and the metrics see both.
    await operator.goto(`${running.baseUrl}/hotline/handover?hours=8`);
    await operator.getByRole('heading', { name: az('hotline.handover.referrals', { count: '1' }) }).waitFor();
    await operator.goto(`${running.baseUrl}/hotline/metrics`);
    await operator.getByRole('heading', { name: az('hotline.metrics.perDayChannel') }).waitFor();
    await operator.getByText(az('hotline.metrics.referredContacts', { count: '1' })).waitFor();
    await screenshot(operator, 'hotline-metrics');

    // The special police unit sees the referred case and the hotline's contacts on it — not the notes.
    const investigator = await newPage(running, 'az');
    await logIn(investigator, 'az', 'polis.mustentiq');
    await investigator.goto(caseUrl);
    await investigator.getByRole('heading', { level: 1 }).filter({ hasText: reference }).waitFor();
    await investigator.getByText('Həsənova Nigar').first().waitFor();
    await investigator.getByRole('heading', { name: az('hotline.case.title', { count: '2' }) }).waitFor();
    assert.equal(await investigator.getByText('Dubay, Dəyrə rayonu').count(), 0, 'the hotline notes stay with the hotline');
    for (const page of [operator, investigator]) await page.context().close();
  });
});
