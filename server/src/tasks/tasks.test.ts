import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { inTransaction } from '../db/database.js';
import { createTestApp } from '../test/test-app.js';
import { makeOrganisation } from '../test/factories.js';
import { makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { move, recordCase, refer } from '../referrals/referral-fixtures.js';
import type { Actor } from '../policies/policy.js';
import { TASK_PROVIDERS } from './registry.js';
import type { Task, TaskProvider } from './task-provider.js';
import { collectTasks, compareTasks } from './tasks.service.js';

const t = await createTestApp();
const hotlineOrg = await makeOrganisation(t.db, { shortName: 'QX' });
const unit = await makeUnifiedDatabaseHolder(t.db);
const operator = await t.as('hotline_operator', hotlineOrg.id);
const colleague = await t.as('hotline_operator', hotlineOrg.id);
const investigator = await t.as('police_investigator', unit.id);
const focal = await t.as('agency_focal_point');

type Feed = { items: Task[]; failed: string[] };
const feedOf = async (client: typeof operator): Promise<Feed> => {
  const response = await client.get('/api/tasks');
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
};
const about = (feed: Feed, id: string) => feed.items.filter((task) => task.id === id);

describe('what needs me now', () => {
  test('a referral waits for the receiving body and, as not yet accepted, for the person who sent it; both go when it is accepted', async () => {
    const { id: caseId, reference } = await recordCase(operator);
    const id = await refer(operator, caseId, unit.id, { services: ['legal_aid', 'interpreter'] });
    const [waiting] = about(await feedOf(investigator), id);
    assert.equal(waiting?.kind, 'referral_waiting');
    assert.equal(waiting.severity, 'normal');
    assert.equal(waiting.params.reference, reference);
    assert.equal(waiting.params.fromOrg, 'QX');
    assert.equal(waiting.params.services, 'legal_aid,interpreter');
    assert.equal(waiting.link, `/cases/${caseId}?tab=referrals`);
    assert.ok(waiting.dueAt, 'the unit has a time limit');
    const [unaccepted] = about(await feedOf(operator), id);
    assert.equal(unaccepted?.kind, 'referral_unaccepted');
    assert.deepEqual(about(await feedOf(colleague), id), [], 'the sender\'s own, not the whole body\'s');
    assert.equal((await move(investigator, id, 'accepted')).statusCode, 200);
    assert.deepEqual(about(await feedOf(investigator), id), []);
    assert.deepEqual(about(await feedOf(operator), id), []);
  });

  test('urgent ones come before normal ones, and overdue ones before all', async () => {
    const normal = await refer(operator, (await recordCase(operator)).id, unit.id);
    const urgent = await refer(operator, (await recordCase(operator)).id, unit.id, { urgency: 'urgent' });
    const late = await refer(operator, (await recordCase(operator)).id, unit.id);
    await sql`update case_referrals set created_at = now() - interval '25 hours' where id = ${late}`.execute(t.db.owner);
    const feed = await feedOf(investigator);
    const order = feed.items.map((task) => task.id).filter((id) => [normal, urgent, late].includes(id));
    assert.deepEqual(order, [late, urgent, normal]);
    assert.equal(about(feed, late)[0]!.severity, 'overdue');
    assert.equal(about(feed, urgent)[0]!.severity, 'urgent');
  });

  test('a role without records has an empty feed, not an error', async () => {
    const feed = await feedOf(focal);
    assert.deepEqual([feed.items, feed.failed], [[], []]);
    assert.equal((await t.anonymous().get('/api/tasks')).statusCode, 401);
  });

  test('a failing provider costs only its own tasks, and is named', async () => {
    const { id: caseId } = await recordCase(operator);
    const id = await refer(operator, caseId, unit.id);
    const broken: TaskProvider = {
      name: 'broken',
      appliesTo: () => true,
      collect: async ({ tx }) => {
        await sql`select * from no_such_table`.execute(tx);
        return [];
      },
    };
    const foreign: TaskProvider = { name: 'not mine', appliesTo: (actor) => actor.role === 'shelter_worker', collect: async () => assert.fail('not asked') };
    const actor: Actor = { userId: investigator.user.id, login: investigator.user.login, fullName: 'x', organisationId: unit.id, role: 'police_investigator', mustChangePassword: false, sessionId: 's' };
    const errors: string[] = [];
    const result = await inTransaction(t.db, actor, (tx) => collectTasks(tx, actor, new Date(), t.ctx.config, [broken, foreign, ...TASK_PROVIDERS], (name) => errors.push(name)));
    assert.deepEqual(result.failed, ['broken']);
    assert.deepEqual(errors, ['broken']);
    assert.ok(result.items.some((task) => task.id === id), 'the referral providers still answered after the failure');
  });

  test('the order is overdue, urgent, normal; then by due time, then by waiting time', () => {
    const task = (id: string, severity: Task['severity'], dueAt: string | null, since: string): Task => ({ kind: 'k', id, severity, dueAt, since, link: '/', params: {} });
    const tasks = [
      task('a', 'normal', null, '2026-01-01T00:00:00Z'),
      task('b', 'normal', '2026-01-05T00:00:00Z', '2026-01-02T00:00:00Z'),
      task('c', 'urgent', null, '2026-01-03T00:00:00Z'),
      task('d', 'overdue', '2026-01-04T00:00:00Z', '2026-01-01T00:00:00Z'),
      task('e', 'normal', '2026-01-04T00:00:00Z', '2026-01-03T00:00:00Z'),
    ];
    assert.deepEqual(tasks.sort(compareTasks).map((x) => x.id), ['d', 'c', 'e', 'b', 'a']);
  });
});
