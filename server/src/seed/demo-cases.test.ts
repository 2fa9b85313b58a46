import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp } from '../test/test-app.js';
import { seedDemoCases } from './demo-cases.js';
import { seedFirstUsers, seedOrganisations } from './seed.js';

const t = await createTestApp();

test('the demonstration has cases from several bodies, a duplicate across scripts, and is not seeded twice', async () => {
  await seedOrganisations(t.db);
  await seedFirstUsers(t.db, true);
  assert.equal(await seedDemoCases(t.db, t.ctx.vault), 4);
  const owners = await sql<{ n: number }>`select count(distinct owner_org_id)::int as n from cases`.execute(t.db.owner);
  assert.equal(owners.rows[0]!.n, 4);
  const candidates = await sql<{ n: number }>`select count(*)::int as n from duplicate_candidates`.execute(t.db.owner);
  assert.ok(candidates.rows[0]!.n >= 2, 'Nuriyeva Lamiyə and Нуриева Ламия');
  assert.equal(await seedDemoCases(t.db, t.ctx.vault), 0);
});
