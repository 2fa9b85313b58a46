import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';

const root = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'koordinator-lifecycle-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the built application until it is ready, then stops it with SIGTERM; returns what it printed and its exit code. */
async function runOnce(env: Record<string, string>, whileRunning: (baseUrl: string) => Promise<void> = async () => {}) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [join(root, 'dist/server/src/main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240 && child.exitCode === null; i += 1) {
    if (await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (child.exitCode === null) {
    await whileRunning(baseUrl);
    child.kill('SIGTERM');
  }
  return { code: await exited, output };
}

test('first start seeds and prints how to log in; a restart keeps the data; SIGTERM stops cleanly', async () => {
  const first = await runOnce({}, async (baseUrl) => {
    const health = await fetch(`${baseUrl}/healthz`);
    assert.equal(health.status, 200);
    const ready = (await (await fetch(`${baseUrl}/readyz`)).json()) as { database: string };
    assert.equal(ready.database, 'pglite');
  });
  assert.equal(first.code, 0, first.output);
  assert.match(first.output, /Koordinator is running at http:\/\/127\.0\.0\.1:\d+/);
  assert.match(first.output, /Demo accounts \(password for all: Demo-Parol-2026!\)/);

  const second = await runOnce({}, async (baseUrl) => {
    const csrf = 'lifecycle-token';
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `kk_csrf=${csrf}` },
      body: JSON.stringify({ login: 'dmx.fokus', password: 'Demo-Parol-2026!' }),
    });
    assert.equal(login.status, 200);
  });
  assert.equal(second.code, 0, second.output);
  assert.doesNotMatch(second.output, /Demo accounts/, 'nothing is seeded twice');
});

test('a bad configuration value stops the start with a clear message', async () => {
  const run = await runOnce({ PORT: 'eighty', SESSION_IDLE_MINUTES: '-5' });
  assert.equal(run.code, 2);
  assert.match(run.output, /PORT="eighty": must be a number/);
  assert.match(run.output, /SESSION_IDLE_MINUTES="-5": must be positive/);
});
