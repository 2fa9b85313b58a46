import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { inTransaction, type ActingIdentity } from './database.js';
import { createTestDatabase, TEST_DB } from '../test/test-database.js';
import { makeOrganisation } from '../test/factories.js';

/*
 * The mechanism later tables holding personal data use: a policy keyed by the per-transaction
 * identity (app_org_id(), app_user_id(), app_role()) on a table the application role can only
 * reach through it. A probe table stands in for those tables here.
 */
const { db, drop } = await createTestDatabase();
after(drop);

await db.execScript(`
  CREATE TABLE rls_probe (id serial PRIMARY KEY, organisation_id uuid NOT NULL REFERENCES organisations (id), note text NOT NULL);
  ALTER TABLE rls_probe ENABLE ROW LEVEL SECURITY;
  ALTER TABLE rls_probe FORCE ROW LEVEL SECURITY;
  CREATE POLICY rls_probe_same_org ON rls_probe USING (organisation_id = app_org_id()) WITH CHECK (organisation_id = app_org_id());
  GRANT SELECT, INSERT, UPDATE, DELETE ON rls_probe TO koordinator_app;
  GRANT USAGE ON SEQUENCE rls_probe_id_seq TO koordinator_app;
`);
const orgA = await makeOrganisation(db);
const orgB = await makeOrganisation(db);
await sql`insert into rls_probe (organisation_id, note) values (${orgA.id}, 'A1'), (${orgA.id}, 'A2'), (${orgB.id}, 'B1')`.execute(db.owner);

const actingAsA: ActingIdentity = { userId: '00000000-0000-4000-8000-000000000001', organisationId: orgA.id, role: 'shelter_worker' };

async function probe<T>(actor: ActingIdentity | null, query: string): Promise<T[]> {
  return inTransaction(db, actor, async (tx) => (await sql.raw<T>(query).execute(tx)).rows);
}

describe(`row-level security on ${TEST_DB}`, () => {
  test('requests run as the application role, not the owner', async () => {
    const [row] = await probe<{ current_user: string }>(actingAsA, 'select current_user');
    assert.equal(row?.current_user, 'koordinator_app');
  });

  test("acting as organisation A, B's rows cannot be read", async () => {
    const rows = await probe<{ note: string }>(actingAsA, 'select note from rls_probe order by note');
    assert.deepEqual(rows.map((r) => r.note), ['A1', 'A2']);
    const counted = await probe<{ n: number }>(actingAsA, `select count(*)::int as n from rls_probe where organisation_id = '${orgB.id}'`);
    assert.equal(counted[0]?.n, 0);
  });

  test("acting as organisation A, B's rows cannot be changed or deleted", async () => {
    await probe(actingAsA, `update rls_probe set note = 'changed' where organisation_id = '${orgB.id}'`);
    await probe(actingAsA, `delete from rls_probe where organisation_id = '${orgB.id}'`);
    const rows = await sql<{ note: string }>`select note from rls_probe where organisation_id = ${orgB.id}`.execute(db.owner);
    assert.deepEqual(rows.rows.map((r) => r.note), ['B1']);
  });

  test('acting as organisation A, a row for B cannot be written', async () => {
    await assert.rejects(
      probe(actingAsA, `insert into rls_probe (organisation_id, note) values ('${orgB.id}', 'smuggled')`),
      /row-level security/,
    );
    await assert.rejects(probe(actingAsA, `update rls_probe set organisation_id = '${orgB.id}' where note = 'A1'`), /row-level security/);
  });

  test('without an acting identity nothing is visible', async () => {
    assert.deepEqual(await probe(null, 'select * from rls_probe'), []);
  });

  test('the identity lasts for one transaction only', async () => {
    await probe(actingAsA, 'select 1');
    const [row] = await probe<{ org: string | null }>(null, 'select app_org_id()::text as org');
    assert.equal(row?.org, null);
  });

  test('the application role cannot switch the policy off', async () => {
    await assert.rejects(probe(actingAsA, 'alter table rls_probe disable row level security'), /owner|permission/);
    await assert.rejects(probe(actingAsA, 'drop policy rls_probe_same_org on rls_probe'), /owner|permission/);
  });
});
