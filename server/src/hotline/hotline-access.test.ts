import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { ROLES, type Role } from '../../../common/src/roles.js';
import { caseInput, makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { inTransaction } from '../db/database.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';

/*
 * Who reads and writes hotline contacts, at the database itself: the application's role acting as
 * each role of each body, in plain SQL. A contact that is not linked to a case is the hotline
 * body's alone; one linked to a case is also read (never written) by the special police unit.
 */
const t = await createTestApp();
const hotline = await makeOrganisation(t.db, { shortName: 'QX', kind: 'ngo' });
const unit = await makeUnifiedDatabaseHolder(t.db);
const receiver = await makeOrganisation(t.db, { shortName: 'SIG' });
const otherHotline = await makeOrganisation(t.db, { shortName: 'QX2', kind: 'ngo' });
const unrelated = await makeOrganisation(t.db, { shortName: 'NON' });

const operator = await t.as('hotline_operator', hotline.id);
const created = await operator.post('/api/cases', caseInput({ identificationChannel: 'hotline' }));
assert.equal(created.statusCode, 201, created.body);
const caseId = created.json().id as string;
// The case is referred to a shelter: the shelter sees the case, not the hotline's contacts.
const referred = await operator.post(`/api/cases/${caseId}/referrals`, {
  toOrgId: receiver.id, parts: ['identity', 'services'], reason: 'Sığınacaq', sharingBasis: 'vital_interests', legalGround: 'Həyati təhlükə', confirmNoActiveUsers: true,
});
assert.equal(referred.statusCode, 201, referred.body);

const contactFor = async (linked: boolean) => {
  const response = await operator.post('/api/hotline/contacts', {
    startedAt: new Date().toISOString(), channel: 'phone', callerType: 'anonymous', category: 'trafficking_tip', notes: { situation: 'Qeyd' }, caseId: linked ? caseId : null,
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json().id as string;
};
const linkedContact = await contactFor(true);
const unlinkedContact = await contactFor(false);
const callback = await operator.post(`/api/hotline/contacts/${linkedContact}/callbacks`, { dueAt: new Date(Date.now() + 3_600_000).toISOString() });
assert.equal(callback.statusCode, 201, callback.body);

const CASE_ROLES = new Set<Role>(['frontline_officer', 'police_investigator', 'police_supervisor', 'shelter_worker', 'hotline_operator', 'ngo_partner']);
const POLICE = new Set<Role>(['police_investigator', 'police_supervisor']);
const bodies = { hotline, unit, receiver, otherHotline, unrelated } as const;
type Body = keyof typeof bodies;

function expected(role: Role, body: Body) {
  const ownBody = body === 'hotline' && CASE_ROLES.has(role);
  const unitOfficer = body === 'unit' && POLICE.has(role);
  return {
    linked: ownBody || unitOfficer,
    unlinked: ownBody,
    callbacks: ownBody,
    writes: body === 'hotline' && role === 'hotline_operator',
  };
}

async function actingAs(role: Role, organisationId: string) {
  const user = await makeUser(t.db, { role, organisationId });
  return { userId: user.id, organisationId, role };
}

describe('row-level security on hotline contacts: role × body × action, in plain SQL', () => {
  for (const [body, org] of Object.entries(bodies) as [Body, { id: string }][]) {
    for (const role of ROLES) {
      const want = expected(role, body);
      test(`${role} of the ${body} body`, async () => {
        const identity = await actingAs(role, org.id);
        const seen = await inTransaction(t.db, identity, async (tx) => {
          const n = async (query: ReturnType<typeof sql<{ n: number }>>) => (await query.execute(tx)).rows[0]!.n > 0;
          return {
            linked: await n(sql<{ n: number }>`select count(*)::int as n from hotline_contacts where id = ${linkedContact}`),
            unlinked: await n(sql<{ n: number }>`select count(*)::int as n from hotline_contacts where id = ${unlinkedContact}`),
            callbacks: await n(sql<{ n: number }>`select count(*)::int as n from hotline_callbacks where contact_id = ${linkedContact}`),
          };
        });
        assert.deepEqual(seen, { linked: want.linked, unlinked: want.unlinked, callbacks: want.callbacks });

        const updated = await inTransaction(t.db, identity, async (tx) =>
          Number((await sql`update hotline_contacts set language = language where id in (${linkedContact}, ${unlinkedContact})`.execute(tx)).numAffectedRows ?? 0));
        assert.equal(updated, want.writes ? 2 : 0);

        const insert = inTransaction(t.db, identity, (tx) => sql`insert into hotline_contacts (id, organisation_id, operator_id, started_at, channel, caller_type, category)
          values (${randomUUID()}, ${hotline.id}, ${identity.userId}, now(), 'phone', 'anonymous', 'silent')`.execute(tx));
        if (want.writes) await insert;
        else await assert.rejects(insert, /row-level security|permission denied/);
      });
    }
  }

  test('an operator cannot record a contact for another body, nor link one to a case the body does not see', async () => {
    const stranger = await actingAs('hotline_operator', otherHotline.id);
    await assert.rejects(
      inTransaction(t.db, stranger, (tx) => sql`insert into hotline_contacts (id, organisation_id, operator_id, started_at, channel, caller_type, category)
        values (${randomUUID()}, ${hotline.id}, ${stranger.userId}, now(), 'phone', 'anonymous', 'silent')`.execute(tx)),
      /row-level security/,
    );
    await assert.rejects(
      inTransaction(t.db, stranger, (tx) => sql`insert into hotline_contacts (id, organisation_id, operator_id, started_at, channel, caller_type, category, case_id)
        values (${randomUUID()}, ${otherHotline.id}, ${stranger.userId}, now(), 'phone', 'anonymous', 'silent', ${caseId})`.execute(tx)),
      /row-level security/,
    );
    const own = await actingAs('hotline_operator', hotline.id);
    await assert.rejects(
      inTransaction(t.db, own, (tx) => sql`insert into hotline_contacts (id, organisation_id, operator_id, started_at, channel, caller_type, category)
        values (${randomUUID()}, ${hotline.id}, ${operator.user.id}, now(), 'phone', 'anonymous', 'silent')`.execute(tx)),
      /row-level security/,
      'a contact is recorded under its own operator',
    );
  });

  test('the application role cannot delete a contact, a callback or a referral link', async () => {
    const own = await actingAs('hotline_operator', hotline.id);
    for (const table of ['hotline_contacts', 'hotline_callbacks', 'hotline_contact_referrals']) {
      await assert.rejects(inTransaction(t.db, own, (tx) => sql`delete from ${sql.table(table)}`.execute(tx)), /permission denied/);
    }
  });
});
