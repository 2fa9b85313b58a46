import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp } from '../test/test-app.js';
import { seedDemoShelters } from './demo-shelters.js';
import { seedOrganisations } from './seed.js';

const t = await createTestApp();

test('the demonstration registry: the state assistance centre and two NGO shelters, contacts sealed, once', async () => {
  await seedOrganisations(t.db);
  assert.equal(await seedDemoShelters(t.db, t.ctx.vault), 3);
  assert.equal(await seedDemoShelters(t.db, t.ctx.vault), 0, 'not again on a database that has shelters');
  const rows = await sql<{ kind: string; operator: string; contacts: string }>`
    select s.kind, o.key as operator, s.contacts_sealed as contacts from shelters s join organisations o on o.id = s.operator_org_id order by s.kind, s.name`.execute(t.db.owner);
  assert.deepEqual(rows.rows.map((r) => [r.kind, r.operator]), [['assistance_centre', 'assistance_centre'], ['shelter', 'ngo_coalition'], ['shelter', 'ngo_coalition']]);
  assert.ok(rows.rows.every((r) => !r.contacts.includes('+994')), 'contacts are sealed');
});
