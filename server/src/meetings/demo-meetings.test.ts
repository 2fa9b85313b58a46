import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bakuToday } from '../../../common/src/dates.js';
import { seedDemoMeetings, shiftDay } from '../seed/demo-meetings.js';
import { seedPlans } from '../seed/plans.js';
import { seedFirstUsers, seedOrganisations } from '../seed/seed.js';
import { makeSession } from '../test/factories.js';
import { createTestApp, SESSION_COOKIE } from '../test/test-app.js';

const t = await createTestApp();

test('the demonstration has one past meeting whose State Migration Service item is overdue, and is not seeded twice', async () => {
  await seedOrganisations(t.db);
  await seedFirstUsers(t.db, true);
  await seedPlans(t.db);
  assert.equal(await seedDemoMeetings(t.db), 1);
  assert.equal(await seedDemoMeetings(t.db), 0);

  const login = async (name: string) => {
    const user = await t.db.owner.selectFrom('users').select('id').where('login', '=', name).executeTakeFirstOrThrow();
    const token = await makeSession(t.db, user.id);
    return (url: string) => t.app.inject({ method: 'GET', url, cookies: { [SESSION_COOKIE]: token } }).then((r) => r.json());
  };
  const coordinator = await login('koordinator');
  const [meeting] = (await coordinator('/api/meetings')).items;
  assert.ok(meeting.heldOn < bakuToday(), 'a past meeting');
  const full = await coordinator(`/api/meetings/${meeting.id}`);
  assert.ok(full.minutes.length > 0);
  assert.ok(full.agenda.every((item: { measures: unknown[] }) => item.measures.length > 0), 'agenda items point to measures of the plan');
  assert.deepEqual(full.decisions.map((d: { number: number }) => d.number), [1, 2]);
  const overdue = await coordinator('/api/action-items/overdue');
  assert.equal(overdue.total, 1);
  assert.equal(overdue.items[0].organisation.shortName, 'DMX');
  assert.equal(overdue.items[0].dueOn, shiftDay(bakuToday(), -10));

  const smsHead = await login('dmx.rehber');
  const mine = await smsHead('/api/action-items?mine=true');
  assert.equal(mine.total, 1);
  assert.equal(mine.items[0].abilities.reportProgress, true);
});

test('days are shifted on the calendar', () => {
  assert.equal(shiftDay('2026-03-01', -1), '2026-02-28');
  assert.equal(shiftDay('2024-12-31', 1), '2025-01-01');
});
