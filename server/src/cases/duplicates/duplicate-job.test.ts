import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp } from '../../test/test-app.js';
import { makeOrganisation } from '../../test/factories.js';
import { caseInput, makeUnifiedDatabaseHolder } from '../case-factories.js';
import { scanForDuplicates } from './duplicate-job.js';

const t = await createTestApp();
await makeUnifiedDatabaseHolder(t.db);
const border = await t.as('frontline_officer', (await makeOrganisation(t.db, { shortName: 'DSX' })).id);
const ngo = await t.as('ngo_partner', (await makeOrganisation(t.db, { shortName: 'QHT' })).id);

test('the batch pass finds duplicates that were not found when recorded, for both owners', async () => {
  assert.equal((await border.post('/api/cases', caseInput({ person: { names: ['Huseynova Gunel'], latinName: null, birthDate: '1995-02-11', documents: [], contacts: [] } }))).statusCode, 201);
  const second = await ngo.post('/api/cases', caseInput({ person: { names: ['Гусейнова Гюнель'], latinName: null, birthDate: '1995-02-11', documents: [], contacts: [] } }));
  assert.equal(second.statusCode, 201);
  // As if both had been recorded before duplicates were looked for.
  await sql`delete from duplicate_candidates`.execute(t.db.owner);
  const { scanned, found } = await scanForDuplicates(t.db, t.ctx.vault, null);
  assert.equal(scanned, 2);
  assert.ok(found >= 1);
  const rows = await sql<{ n: number }>`select count(*)::int as n from duplicate_candidates where status = 'open'`.execute(t.db.owner);
  assert.equal(rows.rows[0]!.n, 2, 'one row for each owner');
  const seenByNgo = (await ngo.get(`/api/cases/${second.json().id}/duplicates`)).json();
  assert.equal(seenByNgo.candidates[0].owner, 'DSX');
  const later = await scanForDuplicates(t.db, t.ctx.vault, new Date(Date.now() + 60_000));
  assert.equal(later.scanned, 0, 'a later pass looks only at persons changed since');
});
