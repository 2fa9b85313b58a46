import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import type { PGlite } from '@electric-sql/pglite';
import { writeBackup } from '../../ops/backup/index.js';
import { createTestApp } from '../../test/test-app.js';
import { makeOrganisation } from '../../test/factories.js';
import { TEST_DATABASE_URL, TEST_DB } from '../../test/test-database.js';
import { caseInput } from '../case-factories.js';

/*
 * A dump or backup of the database holds no identifying plaintext: the test records a person with
 * distinctive values through the API (names in two scripts, birth date, passport, phone, address,
 * a place, notes) and looks for each of them in the backup and in the database's own dump.
 */
const SECRETS = ['Zərifə', 'Qasımova', 'Зарифа', 'Касумова', 'Zarifa Gasimova', '1987-11-23', 'P7654321', '557778899', 'Xırdalan', 'Sumqayıt', 'Sirli qeyd mətni', 'Təhlükəsizlik otağı 12'];

const t = await createTestApp();
const org = await makeOrganisation(t.db);
const officer = await t.as('frontline_officer', org.id);
const created = await officer.post('/api/cases', caseInput({
  person: {
    names: ['Qasımova Zərifə', 'Касумова Зарифа'], latinName: 'Zarifa Gasimova', birthDate: '1987-11-23',
    documents: [{ kind: 'passport', number: 'P7654321', country: 'AZ' }], contacts: [{ kind: 'phone', value: '+994 55 777 88 99' }], address: 'Xırdalan, 5-ci küçə',
  },
  victim: { events: [{ kind: 'recruitment', country: 'AZ', place: 'Sumqayıt', dateFrom: '2025-01-01', dateTo: null }] },
  note: { part: 'victim', body: 'Sirli qeyd mətni' },
}));
assert.equal(created.statusCode, 201, created.body);
const referral = await officer.post(`/api/cases/${created.json().id}/referrals`, { toOrgId: (await makeOrganisation(t.db)).id, parts: ['identity'], reason: 'Yoxlama səbəbi', sharingBasis: 'legal_obligation', legalGround: 'İnsan alverinə qarşı mübarizə haqqında Qanun, maddə 13', confirmNoActiveUsers: true });
assert.equal(referral.statusCode, 201);
const scan = Buffer.from('%PDF-1.4\nTəhlükəsizlik otağı 12\n%%EOF\n');
const uploaded = await officer.request({ method: 'POST', url: `/api/cases/${created.json().id}/documents?fileName=${encodeURIComponent('Zərifə pasport.pdf')}&part=identity`, payload: scan, headers: { 'content-type': 'application/octet-stream' } });
assert.equal(uploaded.statusCode, 201, uploaded.body);
const shelter = await t.as('shelter_worker', org.id);
assert.equal((await officer.get(`/api/cases/${created.json().id}`)).statusCode, 200);
await shelter.get('/api/cases');

/** Values stored in clear (a referral's reason) must be found: the search itself works. */
function leaks(text: string) {
  assert.ok(text.includes('Yoxlama səbəbi'), 'a clear value is visible to this search');
  return SECRETS.filter((secret) => text.includes(secret));
}

describe('identities at rest', () => {
  test('the backup holds none of the identifying values', async () => {
    const chunks: Buffer[] = [];
    await writeBackup(t.db, new Writable({ write: (chunk: Buffer, _e, done) => { chunks.push(chunk); done(); } }));
    const text = gunzipSync(Buffer.concat(chunks)).toString('utf8');
    assert.deepEqual(leaks(text), []);
  });

  test(`the ${TEST_DB === 'postgres' ? 'server\'s pg_dump' : 'embedded database\'s data files'} hold none of them either`, async (context) => {
    if (TEST_DB === 'postgres') {
      if (!existsSync('/usr/bin/pg_dump')) return context.skip('pg_dump is not installed');
      const name = (await sql<{ n: string }>`select current_database() as n`.execute(t.db.owner)).rows[0]!.n;
      const url = new URL(TEST_DATABASE_URL);
      url.pathname = `/${name}`;
      const dump = execFileSync('pg_dump', ['--data-only', url.toString()], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
      assert.deepEqual(leaks(dump), []);
      return;
    }
    const pglite = (t.db as typeof t.db & { pglite: PGlite }).pglite;
    await sql`checkpoint`.execute(t.db.owner);
    const files = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
    const text = files.toString('utf8') + files.toString('latin1');
    assert.deepEqual(leaks(text), []);
  });
});
