import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Locale } from '../common/src/roles.js';
import { timeStep, totpCode } from '../server/src/auth/totp.js';

const root = resolve(import.meta.dirname, '..');
export const SCREENSHOTS = join(root, 'docs/screenshots');
export const DEMO_PASSWORD = 'Demo-Parol-2026!';

type Messages = Record<string, unknown>;
const messages: Record<Locale, Messages> = {
  az: JSON.parse(readFileSync(join(root, 'web/src/i18n/az.json'), 'utf8')),
  ru: JSON.parse(readFileSync(join(root, 'web/src/i18n/ru.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(root, 'web/src/i18n/en.json'), 'utf8')),
};

/** The UI's own text for a key, so tests follow the translations rather than copies of them. */
export function tr(locale: Locale, key: string, params: Record<string, string> = {}): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages[locale]);
  if (typeof value !== 'string') throw new Error(`No ${locale} text for ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Running {
  baseUrl: string;
  browser: Browser;
  output: () => string;
}

/** Starts the built application on a fresh embedded database, and Chromium; both stop after the file's tests. */
export async function startApplication(): Promise<Running> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'koordinator-e2e-'));
  let output = '';
  const server: ChildProcess = spawn(process.execPath, [join(root, 'dist/server/src/main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DEMO_DATA: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The application exited:\n${output}`);
    const ready = await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`The application did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  after(async () => {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { baseUrl, browser, output: () => output };
}

/** Second-factor secrets learnt at enrolment, and the last step used, per login. */
const authenticators = new Map<string, { secret: string; lastStep: number }>();

async function nextCode(login: string): Promise<string> {
  const entry = authenticators.get(login)!;
  let step = Math.max(timeStep(), entry.lastStep + 1);
  // The server accepts one step ahead; beyond that, wait for the clock.
  while (step > timeStep() + 1) {
    await new Promise((r) => setTimeout(r, 1000));
    step = Math.max(timeStep(), entry.lastStep + 1);
  }
  entry.lastStep = step;
  return totpCode(entry.secret, step);
}

export async function newPage(running: Running, locale?: Locale): Promise<Page> {
  const context = await running.browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'az-AZ' });
  const page = await context.newPage();
  await page.goto(`${running.baseUrl}/login`);
  if (locale) await page.getByLabel(tr('az', 'language.label')).first().selectOption(locale);
  return page;
}

/** Logs in through the UI in the page's current language, enrolling or using the second factor as asked. */
export async function logIn(page: Page, locale: Locale, login: string, password = DEMO_PASSWORD) {
  await page.getByLabel(tr(locale, 'login.login'), { exact: true }).fill(login);
  await page.getByLabel(tr(locale, 'login.password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: tr(locale, 'login.submit') }).click();
  const enrol = page.getByTestId('totp-secret');
  const code = page.getByLabel(tr(locale, 'totp.code'), { exact: true });
  const home = page.getByRole('navigation', { name: tr(locale, 'nav.label') });
  const change = page.getByRole('heading', { name: tr(locale, 'account.mustChangeTitle') });
  await enrol.or(code).or(home).or(change).first().waitFor();
  if (await enrol.isVisible()) {
    const secret = (await enrol.innerText()).replace(/\s+/g, '');
    authenticators.set(login, { secret, lastStep: 0 });
    await code.fill(await nextCode(login));
    await page.getByRole('button', { name: tr(locale, 'totp.enrolConfirm') }).click();
  } else if (await code.isVisible()) {
    await code.fill(await nextCode(login));
    await page.getByRole('button', { name: tr(locale, 'totp.verify') }).click();
  }
  await home.or(change).first().waitFor();
}

export async function screenshot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
