import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestApp } from '../test/test-app.js';
import { makeUser } from '../test/factories.js';
import { seedOrganisations } from '../seed/seed.js';
import { seedPlans } from '../seed/plans.js';
import type { MailMessage } from './mailer.js';
import { collectReminders, sendMail } from './reminders.js';

const t = await createTestApp();
await seedOrganisations(t.db);
await seedPlans(t.db);
const dmx = (await t.db.owner.selectFrom('organisations').select('id').where('key', '=', 'dmx').executeTakeFirstOrThrow()).id;
const planId = (await t.db.owner.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
const secretariat = await t.as('secretariat');
const focal = await t.as('agency_focal_point', dmx);
const head = await t.as('agency_head', dmx);
await t.db.owner.updateTable('users').set({ email: 'fokus@dmx.example', locale: 'ru' }).where('id', '=', focal.user.id).execute();
const period = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2021, dueOn: '2022-01-31' })).json();

const remindersFor = async (userId: string) => t.db.owner.selectFrom('notifications').select(['kind', 'params']).where('user_id', '=', userId).execute();

describe('reminders', () => {
  test('nothing is sent while the due date is far away', async () => {
    assert.deepEqual(await collectReminders(t.db, '2021-12-01', 7), []);
  });

  test('a week before the due date every body with open entries is reminded once, in the application and by e-mail', async () => {
    const outgoing = await collectReminders(t.db, '2022-01-25', 7);
    const toDmx = outgoing.find((o) => o.recipients.some((r) => r.userId === focal.user.id));
    assert.ok(toDmx);
    assert.equal(toDmx.kind, 'report_due_soon');
    assert.equal(toDmx.params.period, '2021');
    assert.deepEqual((await remindersFor(head.user.id)).map((n) => n.kind), ['report_due_soon']);
    const mail: MailMessage[] = [];
    await sendMail({ send: async (message) => void mail.push(message) }, outgoing, (error) => assert.fail(String(error)));
    const mine = mail.find((m) => m.to === 'fokus@dmx.example');
    assert.match(mine!.subject, /срок отчёта за 2021 — 31\.01\.2022/, 'in the recipient’s language, dates as dd.mm.yyyy');
    assert.deepEqual(await collectReminders(t.db, '2022-01-26', 7), [], 'not repeated the next day');
  });

  test('after the due date late bodies are reminded weekly; a body that submitted everything is not', async () => {
    const ids = (await head.get(`/api/report-entries?periodId=${period.id}&mine=true&pageSize=200`)).json().items.map((e: { id: string }) => e.id);
    for (const id of ids) assert.equal((await head.post(`/api/report-entries/${id}/submit`)).statusCode, 200);
    const late = await collectReminders(t.db, '2022-02-02', 7);
    assert.ok(late.length > 0 && late.every((o) => o.kind === 'report_late'));
    assert.ok(!late.some((o) => o.recipients.some((r) => r.userId === head.user.id)), 'DMX has nothing open');
    assert.deepEqual(await collectReminders(t.db, '2022-02-05', 7), [], 'not within the week');
    assert.ok((await collectReminders(t.db, '2022-02-10', 7)).length > 0, 'again a week later');
  });

  test('a returned entry tells its body; each user reads and clears only their own notifications', async () => {
    const entry = (await head.get(`/api/report-entries?periodId=${period.id}&mine=true&pageSize=1`)).json().items[0];
    await secretariat.post(`/api/report-entries/${entry.id}/review`, { decision: 'return', comment: 'Tarixləri əlavə edin' });
    const mine = (await focal.get('/api/notifications')).json();
    assert.equal(mine.items[0].kind, 'entry_returned');
    assert.equal(mine.items[0].params.entryId, entry.id);
    assert.ok(mine.unread >= 2);
    const other = await makeUser(t.db, { role: 'agency_focal_point' });
    assert.equal((await t.db.owner.selectFrom('notifications').select('id').where('user_id', '=', other.id).execute()).length, 0);
    assert.equal((await secretariat.post('/api/notifications/read', { ids: [mine.items[0].id] })).json().updated, 0, 'not someone else’s');
    assert.equal((await focal.post('/api/notifications/read', {})).json().updated, mine.unread);
    assert.equal((await focal.get('/api/notifications')).json().unread, 0);
  });
});
