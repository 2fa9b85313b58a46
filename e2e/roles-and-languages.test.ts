import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LOCALES, ROLES, type Locale, type Role } from '../common/src/roles.js';
import { DEMO_USERS } from '../server/src/seed/seed.js';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();

describe('the login page', () => {
  test('is in Azerbaijani first, switches to Russian and English, and remembers the choice', async () => {
    const page = await newPage(running);
    assert.equal(await page.locator('html').getAttribute('lang'), 'az');
    await page.getByLabel(tr('az', 'login.login'), { exact: true }).waitFor();
    await screenshot(page, 'login-az');
    for (const locale of ['ru', 'en'] as const) {
      await page.getByLabel(tr('az', 'language.label')).first().selectOption(locale);
      await page.getByRole('button', { name: tr(locale, 'login.submit') }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), locale);
    }
    await page.reload();
    await page.getByRole('button', { name: tr('en', 'login.submit') }).waitFor();
    await screenshot(page, 'login-en');
    await page.context().close();
  });

  test('a wrong password is explained in the chosen language', async () => {
    const page = await newPage(running, 'ru');
    await page.getByLabel(tr('ru', 'login.login'), { exact: true }).fill('koordinator');
    await page.getByLabel(tr('ru', 'login.password'), { exact: true }).fill('неправильно');
    await page.getByRole('button', { name: tr('ru', 'login.submit') }).click();
    await page.getByText('Неверное имя пользователя или пароль.').first().waitFor();
    await page.context().close();
  });
});

describe('every role logs in and works in every language', () => {
  const byRole = new Map(DEMO_USERS.map((u) => [u.role, u]));
  ROLES.forEach((role: Role, index) => {
    test(role, async () => {
      const first: Locale = LOCALES[index % LOCALES.length]!;
      const page = await newPage(running, first);
      await logIn(page, first, byRole.get(role)!.login);
      for (const locale of [first, ...LOCALES.filter((l) => l !== first)]) {
        // The switch's label is the same trilingual text in every language.
        if (locale !== first) await page.getByLabel(tr(locale, 'language.label')).first().selectOption(locale);
        const nav = page.getByRole('navigation', { name: tr(locale, 'nav.label') });
        await nav.getByRole('link', { name: tr(locale, 'nav.home') }).waitFor();
        await page.getByText(tr(locale, `role.${role}`)).first().waitFor();
        assert.equal(await page.locator('html').getAttribute('lang'), locale);
      }
      if (role === 'national_coordinator') await screenshot(page, 'home-coordinator');
      await page.context().close();
    });
  });
});

describe('need-to-know in the browser', () => {
  test('an agency focal point sees no administration and cannot reach it by address', async () => {
    const page = await newPage(running, 'az');
    await logIn(page, 'az', 'dmx.fokus');
    const nav = page.getByRole('navigation', { name: tr('az', 'nav.label') });
    await nav.getByRole('link', { name: tr('az', 'nav.organisations') }).waitFor();
    assert.equal(await nav.getByRole('link', { name: tr('az', 'nav.users') }).count(), 0);
    assert.equal(await nav.getByRole('link', { name: tr('az', 'nav.audit') }).count(), 0);
    for (const path of ['/users', '/audit']) {
      await page.goto(`${running.baseUrl}${path}`);
      await page.getByText(tr('az', 'noAccess.title')).first().waitFor();
    }
    await screenshot(page, 'no-access-focal-point');
    await page.goto(`${running.baseUrl}/organisations`);
    await page.getByRole('cell', { name: /^Dövlət Miqrasiya Xidməti/ }).waitFor();
    assert.equal(await page.getByRole('button', { name: tr('az', 'organisations.create') }).count(), 0);
    await page.context().close();
  });
});
