// Runs every test: type checks, unit and integration tests on the embedded database, the same
// integration tests on a PostgreSQL server when one is reachable, then browser tests against the
// built application and a smoke run of the benchmark. Prints one closing line with the totals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const reports = mkdtempSync(join(tmpdir(), 'koordinator-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];

function testFiles(dirs, suffix) {
  return dirs
    .filter((dir) => existsSync(join(root, dir)))
    .flatMap((dir) => readdirSync(join(root, dir), { recursive: true }).map((f) => join(dir, String(f))))
    .filter((file) => file.endsWith(suffix) && !file.includes('node_modules'))
    .sort();
}

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) failedSteps.push(title);
  return result.status === 0;
}

function runTests(title, files, env = {}, concurrency = 2) {
  const tap = join(reports, `${title.replace(/\W+/g, '-')}.tap`);
  const ok = run(title, process.execPath, [
    '--import', 'tsx', '--test', `--test-concurrency=${concurrency}`,
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ], env);
  if (existsSync(tap)) {
    const text = readFileSync(tap, 'utf8');
    const count = (name) => [...text.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0);
    totals.passed += count('pass');
    totals.failed += count('fail') + count('cancelled');
    totals.skipped += count('skipped');
  }
  return ok;
}

function processAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function serverReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    // Test databases left behind by an interrupted run: named after a process that is gone (a
    // test file running elsewhere on this machine keeps its own).
    const stale = await client.query("select datname from pg_database where datname like 'koordinator_t_%'");
    for (const { datname } of stale.rows) {
      if (processAlive(Number(datname.split('_')[2]))) continue;
      await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const npx = (...args) => ['npx', ['--no-install', ...args]];
const unitFiles = testFiles(['common/src', 'server/src', 'web/src', 'scripts'], '.test.ts');
const databaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

run('type check (server)', ...npx('tsc', '-p', 'server/tsconfig.json', '--noEmit'));
run('type check (web)', ...npx('tsc', '-p', 'web/tsconfig.json', '--noEmit'));
runTests('unit and integration tests, embedded PostgreSQL (PGlite)', unitFiles, { TEST_DB: 'pglite' });
if (await serverReachable(databaseUrl)) {
  runTests('integration tests, PostgreSQL server', testFiles(['server/src'], '.test.ts'), { TEST_DB: 'postgres', TEST_DATABASE_URL: databaseUrl });
} else if (process.env.CI) {
  console.error(`\nPostgreSQL server not reachable at TEST_DATABASE_URL (${databaseUrl}); CI requires it.`);
  failedSteps.push('PostgreSQL server reachable');
} else {
  console.log(`\n=== PostgreSQL server not reachable at ${databaseUrl}: server integration tests skipped`);
}
if (run('build', 'npm', ['run', 'build', '--silent'])) {
  runTests('browser tests (Chromium)', testFiles(['e2e'], '.test.ts'), {}, 1);
  // One short round of every benchmark on tiny data, without targets, so that the harness keeps working.
  run('benchmark smoke run', process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke'], { BENCH_DATABASE_URL: databaseUrl });
}

rmSync(reports, { recursive: true, force: true });
console.log(`\n${failedSteps.length ? `Failed steps: ${failedSteps.join(', ')}` : 'All steps passed.'}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
