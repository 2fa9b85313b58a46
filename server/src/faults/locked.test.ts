/*
 * Two servers started on one embedded data directory: the second stops at once with one clear
 * line naming the process that has it (no stack trace), and the first one's data stays intact.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { verifyAuditChain } from '../audit/verify.js';
import { TEST_DB } from '../test/test-database.js';
import { newInstallation, tableChecksums, withDatabase, type Installation } from './fault-data.js';
import { spawnServer, startServer, type ServerProcess } from './server-process.js';

const skip = TEST_DB === 'postgres' ? 'a lock on the data directory is the embedded database’s own (the server database has its own locking); runs on PGlite' : false;

describe('the embedded data directory in use by another process', { skip }, () => {
  let installation: Installation | undefined;
  let first: ServerProcess | undefined;
  after(async () => {
    await first?.kill('SIGKILL');
    await installation?.remove();
  });

  test('a second server on the same directory stops with a clear message and the first keeps its data', async () => {
    installation = await newInstallation('locked');
    first = await startServer(installation.env);
    const ready = await fetch(`${first.url}/readyz`);
    assert.equal(ready.status, 200);

    const second = await spawnServer(installation.env);
    assert.equal(await second.exited, 1);
    const message = `The embedded database in ${join(installation.dataDir, 'pglite')} is in use by process ${first.pid}; stop that process first`;
    assert.ok(second.output().includes(`Koordinator failed to start: ${message}`), second.output());
    assert.doesNotMatch(second.output(), /\n\s+at /, 'no stack trace');

    assert.equal((await fetch(`${first.url}/readyz`)).status, 200, 'the first server still serves');
    assert.equal(await first.kill('SIGTERM'), 0);
    first = undefined;
    await withDatabase(installation, async (db) => {
      const tables = await tableChecksums(db);
      assert.ok(Number(tables.organisations!.split(':')[0]) >= 40, 'the seeded organisations are there');
      assert.ok(Number(tables.measures!.split(':')[0]) === 69, 'the seeded plan is there');
      assert.deepEqual((await verifyAuditChain(db)).problems, []);
    });
  });
});
