/*
 * The maintenance commands run for real, as separate processes: backup of an embedded database
 * in a temporary directory, restore into a new installation (embedded, or with TEST_DB=postgres a
 * new server database: the move from embedded to server), audit:verify, refusals and exit codes.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { recordAudit } from '../audit/audit.repository.js';
import { repoRoot } from '../config/paths.js';
import { inTransaction, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { openPostgres } from '../db/postgres.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { TEST_DATABASE_URL, TEST_DB, TEST_DB_PREFIX, randomSuffix } from '../test/test-database.js';

const root = mkdtempSync(join(tmpdir(), 'koordinator-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));

const sourceDir = join(root, 'source');
const targetDir = join(root, 'target');
const backupFile = join(root, 'backups', 'test.kbak');

async function run(command: 'audit-verify' | 'backup' | 'restore', args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', join('server/src/cli', `${command}.ts`), ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: '', SECRET_KEY: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

async function withEmbedded<T>(dataDir: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openPglite(join(dataDir, 'pglite'));
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** The installation restored into: a new embedded one, or a new (empty) server database. */
async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
const serverDatabase = `${TEST_DB_PREFIX}cli_${process.pid}_${randomSuffix()}`;
const serverUrl = Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${serverDatabase}` }).toString();
if (TEST_DB === 'postgres') {
  await admin((client) => client.query(`CREATE DATABASE ${serverDatabase}`));
  after(() => admin((client) => client.query(`DROP DATABASE IF EXISTS ${serverDatabase} WITH (FORCE)`)));
}
const targetEnv: Record<string, string> = TEST_DB === 'postgres' ? { DATABASE_URL: serverUrl, DATA_DIR: targetDir } : { DATA_DIR: targetDir };

async function withTarget<T>(work: (db: Database) => Promise<T>): Promise<T> {
  if (TEST_DB !== 'postgres') return withEmbedded(targetDir, work);
  const db = await openPostgres(serverUrl, 1);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

await withEmbedded(sourceDir, async (db) => {
  await migrate(db);
  const org = await makeOrganisation(db, { nameAz: 'Daxili İşlər Nazirliyi', aliases: ['DİN'] });
  await makeUser(db, { role: 'admin', organisationId: org.id });
  for (let i = 0; i < 5; i += 1) {
    await inTransaction(db, null, (tx) => recordAudit(tx, { actor: null, ip: '127.0.0.1', requestId: 'cli-test' }, { action: 'test.event', resource: 'test', recordId: String(i) }));
  }
});

describe(`maintenance commands, restoring into ${TEST_DB === 'postgres' ? 'a PostgreSQL server' : 'the embedded database'}`, () => {
  test('audit:verify reports an intact trail', async () => {
    const result = await run('audit-verify', [], { DATA_DIR: sourceDir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Audit trail intact: 5 entries/);
    const head = /Head .*: (\d+:[0-9a-f]{64})$/m.exec(result.stdout)?.[1] ?? '';
    assert.ok(head.startsWith('5:'), result.stdout);

    const anchored = await run('audit-verify', ['--json', '--anchor', head], { DATA_DIR: sourceDir });
    assert.equal(anchored.code, 0, anchored.stderr);
    assert.deepEqual(JSON.parse(anchored.stdout).anchor, { seq: 5, hash: head.slice(2), ok: true, problem: null });
    const rewritten = await run('audit-verify', ['--anchor', `2:${'0'.repeat(64)}`], { DATA_DIR: sourceDir });
    assert.equal(rewritten.code, 1);
    assert.match(rewritten.stdout, /Entry #2 no longer has the anchor's hash/);
  });

  test('backup writes a file readable by its owner only', async () => {
    const result = await run('backup', ['--out', backupFile], { DATA_DIR: sourceDir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /audit_log\s+5/);
    assert.equal(statSync(backupFile).mode & 0o777, 0o600);
    assert.ok(!existsSync(`${backupFile}.partial`));
    const again = await run('backup', ['--out', backupFile], { DATA_DIR: sourceDir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists/);
  });

  test('restore into a new installation, then refused without --force, then forced', async () => {
    const first = await run('restore', [backupFile], targetEnv);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Restored \d+ rows/);
    assert.match(first.stdout, /Audit trail intact: 5 entries/);

    const refused = await run('restore', [backupFile], targetEnv);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /already holds data.*--force/s);

    const forced = await run('restore', [backupFile, '--force'], targetEnv);
    assert.equal(forced.code, 0, forced.stderr);
    const verified = await run('audit-verify', [], targetEnv);
    assert.equal(verified.code, 0, verified.stderr);
    assert.match(verified.stdout, /Audit trail intact: 5 entries/);
  });

  test('audit:verify names an altered entry and exits 1; --json says the same', async () => {
    await withTarget((db) => sql`update audit_log set record_id = 'changed' where seq = 3`.execute(db.owner));
    const text = await run('audit-verify', [], targetEnv);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /Entry #3 was altered/);
    const json = await run('audit-verify', ['--json'], targetEnv);
    assert.equal(json.code, 1);
    const report = JSON.parse(json.stdout);
    assert.equal(report.ok, false);
    assert.deepEqual(report.problems, [{ seq: 3, problem: 'altered', message: 'Entry #3 was altered' }]);
  });

  test('expected failures are one clear message and exit code 2, without a stack trace', async () => {
    const cases = [
      { result: await run('audit-verify', [], { DATA_DIR: sourceDir, PORT: 'abc' }), message: /PORT="abc"/ },
      { result: await run('backup', [], { DATA_DIR: join(root, 'nowhere') }), message: /No embedded database found/ },
      { result: await run('restore', [join(root, 'missing.kbak')], targetEnv), message: /does not exist/ },
      { result: await run('restore', [join(repoRoot, 'package.json')], targetEnv), message: /not a Koordinator backup/ },
      { result: await run('restore', [], targetEnv), message: /Usage: npm run restore/ },
    ];
    for (const { result, message } of cases) {
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  test('an embedded database open in one place cannot be opened again until it is closed', async () => {
    const dataDir = join(root, 'locked', 'pglite');
    const inUse = `The embedded database in ${dataDir} is in use by process ${process.pid}; stop that process first`;
    const first = await openPglite(dataDir);
    try {
      await assert.rejects(openPglite(dataDir), (error: Error) => error.message === inUse);
    } finally {
      await first.close();
    }
    const again = await openPglite(dataDir);
    await again.close();
  });

  test('a command leaves an embedded database alone while another process has it open', async () => {
    const result = await withEmbedded(sourceDir, () => run('audit-verify', [], { DATA_DIR: sourceDir }));
    assert.equal(result.code, 1);
    assert.ok(result.stderr.includes(`The embedded database in ${join(sourceDir, 'pglite')} is in use by process ${process.pid}; stop that process first`), result.stderr);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    const afterwards = await run('audit-verify', [], { DATA_DIR: sourceDir });
    assert.equal(afterwards.code, 0, afterwards.stderr);
  });
});
