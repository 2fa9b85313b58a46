import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();

describe('administration', () => {
  test('an administrator creates a user, who then logs in and sets their own password', async () => {
    const admin = await newPage(running, 'az');
    await logIn(admin, 'az', 'admin');
    await admin.getByRole('navigation', { name: tr('az', 'nav.label') }).getByRole('link', { name: tr('az', 'nav.users') }).click();
    await admin.getByRole('cell', { name: 'koordinator', exact: true }).waitFor();
    await screenshot(admin, 'users-admin');
    await admin.getByRole('button', { name: tr('az', 'users.create') }).click();
    const form = admin.getByRole('dialog');
    await form.getByLabel(tr('az', 'user.login'), { exact: true }).fill('aysel.nazarova');
    await form.getByLabel(tr('az', 'user.fullName'), { exact: true }).fill('Aysel Nəzərova');
    await form.getByLabel(tr('az', 'user.organisation'), { exact: true }).fill('Dövlət Miqrasiya');
    await admin.getByRole('option', { name: /Dövlət Miqrasiya Xidməti/ }).first().click();
    await form.getByLabel(tr('az', 'user.role'), { exact: true }).selectOption('agency_focal_point');
    await form.getByLabel(tr('az', 'user.initialPassword'), { exact: true }).fill('Müvəqqəti-Parol-2026');
    await screenshot(admin, 'user-create-form');
    await form.getByRole('button', { name: tr('az', 'common.save') }).click();
    await admin.getByRole('cell', { name: 'aysel.nazarova', exact: true }).waitFor();

    const user = await newPage(running, 'en');
    await logIn(user, 'en', 'aysel.nazarova', 'Müvəqqəti-Parol-2026');
    await user.getByRole('heading', { name: tr('en', 'account.mustChangeTitle') }).waitFor();
    await user.getByLabel(tr('en', 'account.currentPassword'), { exact: true }).fill('Müvəqqəti-Parol-2026');
    await user.getByLabel(tr('en', 'account.newPassword'), { exact: true }).fill('short');
    await user.getByLabel(tr('en', 'account.repeatPassword'), { exact: true }).fill('short');
    await user.getByRole('button', { name: tr('en', 'account.changePassword') }).click();
    await user.getByText('at least 12 characters').first().waitFor();
    await user.getByLabel(tr('en', 'account.newPassword'), { exact: true }).fill('Öz-Parolum-2026!');
    await user.getByLabel(tr('en', 'account.repeatPassword'), { exact: true }).fill('Öz-Parolum-2026!');
    await user.getByRole('button', { name: tr('en', 'account.changePassword') }).click();
    await user.getByRole('navigation', { name: tr('en', 'nav.label') }).waitFor();
    await user.getByText(tr('en', 'home.greeting', { name: 'Aysel Nəzərova' })).waitFor();
    await user.context().close();
    await admin.context().close();
  });

  test('organisations: filters live in the address; names sort in Azerbaijani order', async () => {
    const page = await newPage(running, 'az');
    await logIn(page, 'az', 'admin');
    await page.goto(`${running.baseUrl}/organisations?kind=ministry`);
    const firstColumn = page.locator('tbody tr td:first-child');
    await firstColumn.first().waitFor();
    const names = (await firstColumn.allInnerTexts()).map((cell) => cell.split('\n')[0]!.trim());
    assert.ok(names.length > 5);
    const sorted = [...names].sort(new Intl.Collator('az').compare);
    assert.deepEqual(names, sorted);
    await page.getByLabel(tr('az', 'filters.search')).fill('səhiyyə');
    await page.waitForURL(/q=s%C9%99hiyy%C9%99|q=səhiyyə/);
    await page.getByRole('cell', { name: /^Səhiyyə Nazirliyi/ }).waitFor();
    await page.reload();
    await page.getByRole('cell', { name: /^Səhiyyə Nazirliyi/ }).waitFor();
    assert.equal(await page.getByLabel(tr('az', 'filters.search')).inputValue(), 'səhiyyə');
    await page.goto(`${running.baseUrl}/organisations`);
    await page.getByRole('cell', { name: /^Dövlət Miqrasiya Xidməti/ }).waitFor();
    await screenshot(page, 'organisations-admin');
    await page.context().close();
  });

  test('the audit log shows who did what, with dates as dd.mm.yyyy', async () => {
    const page = await newPage(running, 'en');
    await logIn(page, 'en', 'koordinator');
    await page.getByRole('navigation', { name: tr('en', 'nav.label') }).getByRole('link', { name: tr('en', 'nav.audit') }).click();
    await page.getByText(tr('en', 'audit.action.session_login')).first().waitFor();
    const firstTime = await page.locator('tbody tr').first().innerText();
    assert.match(firstTime, /\d{2}\.\d{2}\.\d{4}/);
    await screenshot(page, 'audit-coordinator');
    await page.goto(`${running.baseUrl}/account`);
    await page.getByRole('heading', { name: tr('en', 'account.changePassword') }).first().waitFor();
    await screenshot(page, 'account');
    await page.context().close();
  });
});
