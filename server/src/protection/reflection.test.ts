import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { caseInput, makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { inTransaction } from '../db/database.js';
import type { Actor } from '../policies/policy.js';
import { makeOrganisation } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';
import { addDays, decideReflection, reflectionPeriodsEnding, REFLECTION_ALERT_DAYS } from './reflection.service.js';
import { reflectionPeriodsEndingSoon } from './reflection-tasks.js';

const t = await createTestApp();
const police = await makeUnifiedDatabaseHolder(t.db);
const ngoOrg = await makeOrganisation(t.db, { shortName: 'QHT', kind: 'ngo' });
const investigator = await t.as('police_investigator', police.id);
const ngo = await t.as('ngo_partner', ngoOrg.id);

const actorOf = (client: { user: { id: string; organisationId: string; role: Actor['role'] } }): Actor => ({
  userId: client.user.id, organisationId: client.user.organisationId, role: client.user.role, login: 'l', fullName: 'f', mustChangePassword: false, sessionId: 's',
});
const meta = { requestId: 'test', ip: '127.0.0.1', userAgent: 'test', actor: null } as never;

async function newCase() {
  const created = await investigator.post('/api/cases', caseInput());
  assert.equal(created.statusCode, 201, created.body);
  return created.json().id as string;
}

describe('the reflection period', () => {
  test('started by the unit for the configured length; shown with its end', async () => {
    const caseId = await newCase();
    assert.equal(t.ctx.config.REFLECTION_DAYS, 30);
    const started = await investigator.post(`/api/cases/${caseId}/reflection`, { startedOn: '2026-03-20' });
    assert.equal(started.statusCode, 201, started.body);
    const reflection = (await investigator.get(`/api/cases/${caseId}/identification`)).json().reflection;
    assert.deepEqual([reflection.startedOn, reflection.days, reflection.endsOn, reflection.decision], ['2026-03-20', 30, '2026-04-19', null]);
    assert.equal((await investigator.post(`/api/cases/${caseId}/reflection`, { startedOn: '2026-03-20' })).statusCode, 409);
    const early = await investigator.post(`/api/cases/${caseId}/reflection`, { startedOn: '2026-03-01' });
    assert.equal(early.statusCode, 400);
  });

  test('alerted from a few days before its end until decided, by the clock given', async () => {
    const caseId = await newCase();
    await investigator.post(`/api/cases/${caseId}/reflection`, { startedOn: '2026-04-01', days: 10 });
    const endsOn = '2026-04-11';
    const listed = async (today: string) => inTransaction(t.db, actorOf(investigator), async (tx) => (await reflectionPeriodsEnding(tx, today)).some((r) => r.caseId === caseId));
    assert.equal(await listed(addDays(endsOn, -REFLECTION_ALERT_DAYS - 1)), false);
    assert.equal(await listed(addDays(endsOn, -REFLECTION_ALERT_DAYS)), true);
    assert.equal(await listed(addDays(endsOn, 3)), true, 'still alerted after the end while undecided');
    const feed = await inTransaction(t.db, actorOf(investigator), (tx) =>
      reflectionPeriodsEndingSoon.collect({ tx, actor: actorOf(investigator), now: new Date(`${addDays(endsOn, 1)}T08:00:00Z`), config: t.ctx.config }));
    const task = feed.find((item) => item.id === caseId);
    assert.equal(task?.kind, 'reflection_ending');
    assert.equal(task?.severity, 'overdue');
    assert.equal(reflectionPeriodsEndingSoon.appliesTo(actorOf(ngo)), false);
    // Another body does not see the case, so neither its alert.
    assert.equal(await inTransaction(t.db, actorOf(ngo), async (tx) => (await reflectionPeriodsEnding(tx, endsOn)).some((r) => r.caseId === caseId)), false);

    const decide = (decidedOn: string, today: string) => inTransaction(t.db, actorOf(investigator), (tx) => decideReflection(tx, meta, actorOf(investigator), caseId, { decision: 'assistance_continues', decidedOn }, today));
    await assert.rejects(decide('2026-04-10', '2026-04-10'), (e: { fieldErrors?: { key: string }[] }) => e.fieldErrors?.[0]?.key === 'reflection.before_end');
    await decide(endsOn, endsOn);
    assert.equal(await listed(addDays(endsOn, 1)), false);
    await assert.rejects(decide(endsOn, endsOn), /CASE_CONFLICT|conflict/i);
  });

  test('only the unit starts and decides it', async () => {
    const created = await ngo.post('/api/cases', caseInput());
    const caseId = created.json().id as string;
    const refused = await ngo.post(`/api/cases/${caseId}/reflection`, { startedOn: '2026-03-20' });
    assert.equal(refused.statusCode, 403);
    assert.equal((await investigator.post(`/api/cases/${caseId}/reflection`, { startedOn: '2026-03-20' })).statusCode, 201);
    assert.equal((await ngo.post(`/api/cases/${caseId}/reflection/decision`, { decision: 'returns_home', decidedOn: '2026-04-20' })).statusCode, 403);
    assert.equal((await investigator.post(`/api/cases/${caseId}/reflection/decision`, { decision: 'returns_home', decidedOn: '2026-04-20' })).statusCode, 200);
    assert.equal((await ngo.get(`/api/cases/${caseId}/identification`)).json().reflection.decision, 'returns_home');
  });
});
