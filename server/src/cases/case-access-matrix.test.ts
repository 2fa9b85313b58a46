import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { CASE_PARTS } from '../../../common/src/case-parts.js';
import { ROLES, type Role } from '../../../common/src/roles.js';
import { inTransaction } from '../db/database.js';
import { casePartsFor, type CaseRelation } from '../policies/cases.js';
import type { Actor } from '../policies/policy.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';
import { caseInput, makeUnifiedDatabaseHolder } from './case-factories.js';

/*
 * Role × relationship to the record × action, at the database itself: the application's role
 * acting as another body, with plain SQL, must neither read nor change what row-level security
 * keeps from it. The parts each role sees of a visible record are checked after.
 */
const t = await createTestApp();
const owner = await makeOrganisation(t.db, { shortName: 'OWN' });
const unit = await makeUnifiedDatabaseHolder(t.db);
const openReceiver = await makeOrganisation(t.db, { shortName: 'REF' });
const closedReceiver = await makeOrganisation(t.db, { shortName: 'OLD' });
const grantee = await makeOrganisation(t.db, { shortName: 'GRA' });
const unrelated = await makeOrganisation(t.db, { shortName: 'NON' });

const author = await t.as('frontline_officer', owner.id);
const created = await author.post('/api/cases', caseInput({ note: { part: 'victim', body: 'Qeyd' } }));
assert.equal(created.statusCode, 201, created.body);
const caseId = created.json().id as string;

const CASE_ROLES = new Set<Role>(['frontline_officer', 'police_investigator', 'police_supervisor', 'shelter_worker', 'hotline_operator', 'ngo_partner']);
const POLICE = new Set<Role>(['police_investigator', 'police_supervisor']);

await sql`insert into case_referrals (case_id, case_reference, from_org_id, to_org_id, status, parts, reason, created_by)
  values (${caseId}, 'İA-1', ${owner.id}, ${openReceiver.id}, 'accepted', '{identity,services}', 'r', ${author.user.id}),
         (${caseId}, 'İA-1', ${owner.id}, ${closedReceiver.id}, 'completed', '{identity,services}', 'r', ${author.user.id})`.execute(t.db.owner);
await sql`insert into case_access_grants (case_id, case_reference, owner_org_id, organisation_id, requested_by, reason, status)
  values (${caseId}, 'İA-1', ${owner.id}, ${grantee.id}, ${author.user.id}, 'r', 'granted')`.execute(t.db.owner);

const relationships = { owner, unit, openReceiver, closedReceiver, grantee, unrelated } as const;
type Relationship = keyof typeof relationships;

function expectedVisible(role: Role, relationship: Relationship): boolean {
  if (!CASE_ROLES.has(role)) return false;
  if (relationship === 'unit') return POLICE.has(role);
  return ['owner', 'openReceiver', 'grantee'].includes(relationship);
}

async function actingAs(role: Role, organisationId: string) {
  const user = await makeUser(t.db, { role, organisationId });
  return { userId: user.id, organisationId, role };
}

describe('row-level security: role × relationship × action, in plain SQL as the application role', () => {
  for (const [relationship, org] of Object.entries(relationships) as [Relationship, { id: string }][]) {
    for (const role of ROLES) {
      const visible = expectedVisible(role, relationship);
      test(`${role} of the ${relationship} body ${visible ? 'reads and writes' : 'neither reads nor writes'} the case`, async () => {
        const identity = await actingAs(role, org.id);
        const counts = await inTransaction(t.db, identity, async (tx) => {
          const n = async (table: string) => (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where case_id = ${caseId}`.execute(tx)).rows[0]!.n;
          const cases = (await sql<{ n: number }>`select count(*)::int as n from cases where id = ${caseId}`.execute(tx)).rows[0]!.n;
          return { cases: cases > 0, persons: (await n('persons')) > 0, notes: (await n('case_notes')) > 0, events: (await n('trafficking_events')) > 0 };
        });
        assert.deepEqual(counts, { cases: visible, persons: visible, notes: visible, events: visible });
        const updated = await inTransaction(t.db, identity, async (tx) => (await sql`update cases set closure_reason = closure_reason where id = ${caseId}`.execute(tx)).numAffectedRows);
        assert.equal(Number(updated ?? 0), visible ? 1 : 0);
        const note = inTransaction(t.db, identity, (tx) => sql`insert into case_notes (case_id, part, body_sealed, created_by) values (${caseId}, 'victim', 'k1.x.y.z', ${identity.userId})`.execute(tx));
        if (visible) await note;
        else await assert.rejects(note, /row-level security/);
      });
    }
  }

  test('no role can create a case for another body', async () => {
    const identity = await actingAs('frontline_officer', unrelated.id);
    await assert.rejects(
      inTransaction(t.db, identity, (tx) => sql`insert into cases (owner_org_id, identification_channel, first_contact_on, created_by) values (${owner.id}, 'other', '2026-01-01', ${identity.userId})`.execute(tx)),
      /row-level security/,
    );
  });

  test('the application role cannot read the wrapped data keys\' plaintext nor change them', async () => {
    const identity = await actingAs('police_supervisor', unit.id);
    await assert.rejects(inTransaction(t.db, identity, (tx) => sql`update data_keys set active = false`.execute(tx)), /permission denied/);
  });
});

describe('parts of a visible record, by role and relationship', () => {
  const actorOf = (role: Role, organisationId: string): Actor => ({ userId: 'u', login: 'l', fullName: 'f', organisationId, role, mustChangePassword: false, sessionId: 's' });
  const relation = (over: Partial<CaseRelation>): CaseRelation => ({ ownerOrgId: 'owner', seesAllCases: false, referralParts: [], grants: [], ...over });
  const cases: [Role, string, Partial<CaseRelation>, string[]][] = [
    ['frontline_officer', 'owner', {}, ['identity', 'victim']],
    ['police_investigator', 'unit', { seesAllCases: true }, ['identity', 'victim', 'investigation']],
    ['police_supervisor', 'unit', { seesAllCases: true, grants: [{ emergency: true }] }, [...CASE_PARTS]],
    ['shelter_worker', 'shelter', { referralParts: [['identity', 'services', 'investigation']] }, ['identity', 'services']],
    ['hotline_operator', 'owner', {}, ['identity', 'victim', 'hotline']],
    ['ngo_partner', 'ngo', { grants: [{ emergency: false }] }, ['identity', 'victim', 'services', 'safety']],
    ['national_coordinator', 'owner', {}, []],
    ['agency_focal_point', 'owner', {}, []],
  ];
  for (const [role, org, over, parts] of cases) {
    test(`${role} (${org}) sees ${parts.join(', ') || 'nothing'}`, () => {
      assert.deepEqual([...casePartsFor(actorOf(role, org), relation(over))].sort(), [...parts].sort());
    });
  }
});
