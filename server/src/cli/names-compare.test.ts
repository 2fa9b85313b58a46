/**
 * `names compare`: in-process for the output, and once through `npm run koordinator` as a
 * separate process for the wiring and the exit code on missing arguments.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../config/paths.js';
import { namesCompareCommand } from './names-compare.js';

/** Runs the command with console output captured. */
function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const { log, error } = console;
  console.log = (...parts: unknown[]) => void out.push(parts.join(' '));
  console.error = (...parts: unknown[]) => void err.push(parts.join(' '));
  try {
    const code = namesCompareCommand(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    Object.assign(console, { log, error });
  }
}

test('--json prints the score and whether the names are the same', () => {
  const { code, stdout, stderr } = run('Məmmədova Aysel', 'Мамедова Айсель', '--json');
  assert.equal(code, 0);
  assert.equal(stderr, '');
  assert.deepEqual(JSON.parse(stdout), { score: 1, same: true });

  const other = JSON.parse(run('--json', 'Mammadova Aysel', 'Quliyeva Nigar').stdout) as { score: number; same: boolean };
  assert.deepEqual(Object.keys(other), ['score', 'same']);
  assert.equal(other.same, false);
  assert.ok(other.score >= 0 && other.score < 0.89);
});

test('without --json, one line', () => {
  const { code, stdout } = run('Aysel Vüqar qızı Məmmədova', 'Mamedova Aisel');
  assert.equal(code, 0);
  assert.equal(stdout, '0.952 same name: Aysel Vüqar qızı Məmmədova / Mamedova Aisel');
  assert.equal(run('Aysel', 'Leyla').stdout.endsWith('different names: Aysel / Leyla'), true);
});

test('missing or extra arguments: exit 2 with the usage on stderr', () => {
  for (const args of [[], ['Aysel'], ['Aysel', ''], ['a', 'b', 'c'], ['a', 'b', '--nonsense']]) {
    const { code, stdout, stderr } = run(...args);
    assert.equal(code, 2, JSON.stringify(args));
    assert.equal(stdout, '');
    assert.match(stderr, /names compare "<name 1>" "<name 2>"/);
  }
});

async function koordinator(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', join('server/src/cli', 'koordinator.ts'), ...args], { cwd: repoRoot, env: { ...process.env, DATABASE_URL: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

test('npm run koordinator -- names compare runs the command', async () => {
  const same = await koordinator(['names', 'compare', 'Hüseynov Elçin', 'Гусейнов Эльчин Алиевич', '--json']);
  assert.equal(same.code, 0, same.stderr);
  assert.equal((JSON.parse(same.stdout) as { same: boolean }).same, true);
  const missing = await koordinator(['names', 'compare', 'Hüseynov Elçin']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /Usage/);
});
