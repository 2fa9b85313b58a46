/**
 * Web: the JavaScript and CSS the first page makes the browser fetch (gzip, from the built
 * dist/web), and the time to the first meaningful render of the Coordinator's dashboard in
 * Chromium — a chart drawn — against the time to render a bare page from the same process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from '../server/src/app.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../server/src/auth/session-cookie.js';
import { repoRoot } from '../server/src/config/paths.js';
import { makeSession } from '../server/src/test/factories.js';
import type { Dataset } from './lib/dataset.js';
import { median, type Figure } from './lib/measure.js';

const dist = join(repoRoot, 'dist/web');

/** The files index.html loads before anything is shown: module scripts, preloads, stylesheets. */
export function firstPageAssets(): { js: string[]; css: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const js = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

function sizes(files: string[]) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file.replace(/^\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

export function bundleFigures(): Figure[] {
  const { js, css } = firstPageAssets();
  const script = sizes(js);
  const style = sizes(css);
  return [
    { id: 'web/first-page-js', label: `JavaScript of the first page (${js.length} files, gzip)`, value: script.gzip / 1024, unit: 'KiB', target: { max: 600, on: 'value' }, extra: { rawKiB: script.raw / 1024, files: js } },
    { id: 'web/first-page-css', label: `CSS of the first page (${css.length} files, gzip)`, value: style.gzip / 1024, unit: 'KiB', target: { max: 60, on: 'value' }, extra: { rawKiB: style.raw / 1024, files: css } },
  ];
}

// Records when the first element matching the selector has been painted with a size.
const OBSERVER = (selector: string) => `
  (() => {
    const seen = () => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const check = () => {
      if (window.__renderedAt === undefined && seen()) window.__renderedAt = performance.now();
      else if (window.__renderedAt === undefined) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;

async function renderTime(browser: Browser, url: string, selector: string, cookies: { name: string; value: string; url: string }[]): Promise<number> {
  // The probe below is evaluated in the page, which the application's Content-Security-Policy forbids.
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'az-AZ', bypassCSP: true });
  try {
    if (cookies.length) await context.addCookies(cookies);
    await context.addInitScript(OBSERVER(selector));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction('window.__renderedAt !== undefined', undefined, { timeout: 60_000 });
    return (await page.evaluate('window.__renderedAt')) as number;
  } finally {
    await context.close();
  }
}

export async function renderBenchmark(dataset: Dataset, runs: number): Promise<Figure[]> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/web is not built: run `npm run build` first');
  const { app } = await buildApp(dataset.ctx, { serveWeb: true });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const bare = Fastify({ logger: false });
  bare.get('/bare.html', async (_request, reply) => reply.type('text/html').send('<!doctype html><html><body><h1 id="bare">Koordinator</h1></body></html>'));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const bareBase = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const { db } = dataset.ctx;
    const user = await db.owner.selectFrom('users').select('id').where('login', '=', 'national-coordinator.koordinator01').executeTakeFirstOrThrow();
    const token = await makeSession(db, user.id);
    const period = await db.owner.selectFrom('reporting_periods').select('id').where('status', '=', 'open').orderBy('ends_on', 'desc').executeTakeFirstOrThrow();
    const cookies = [{ name: SESSION_COOKIE, value: token, url: base }, { name: CSRF_COOKIE, value: 'bench', url: base }];
    const dashboard: number[] = [];
    const reference: number[] = [];
    // Warm-up: the browser's own start, the server's first queries.
    await renderTime(browser, `${base}/reports/${period.id}?tab=dashboard`, '[role="img"] canvas', cookies);
    for (let i = 0; i < runs; i += 1) {
      dashboard.push(await renderTime(browser, `${base}/reports/${period.id}?tab=dashboard`, '[role="img"] canvas', cookies));
      reference.push(await renderTime(browser, `${bareBase}/bare.html`, '#bare', []));
    }
    const ms = median(dashboard);
    const referenceMs = median(reference);
    return [{
      id: 'web/dashboard-render', label: "Coordinator's dashboard: first chart drawn, from navigation (fresh browser context)", database: dataset.kind,
      value: ms, unit: 'ms', reference: { label: 'a bare page from the same process', value: referenceMs, unit: 'ms' }, ratio: ms / referenceMs,
      ratioMeaning: 'render time ÷ bare page render time', target: { max: 60, on: 'ratio' }, extra: { runs, dashboardMs: dashboard, referenceMs: reference },
    }];
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
}
