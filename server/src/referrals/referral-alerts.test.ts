import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { ConfigError, loadConfig } from '../config/config.js';
import { createTestApp } from '../test/test-app.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import type { MailMessage } from '../notifications/mailer.js';
import { sendMail } from '../notifications/reminders.js';
import { collectReferralAlerts } from './referral-alerts.js';
import { move, recordCase, refer } from './referral-fixtures.js';
import { deadlinesOf, timingOf } from './referral-timing.js';

const t = await createTestApp();
const hotlineOrg = await makeOrganisation(t.db, { shortName: 'QX' });
const unit = await makeUnifiedDatabaseHolder(t.db);
const shelterOrg = await makeOrganisation(t.db, { shortName: 'YM' });
const operator = await t.as('hotline_operator', hotlineOrg.id);
const investigator = await t.as('police_investigator', unit.id);
const supervisor = await t.as('police_supervisor', unit.id);
const otherSupervisor = await t.as('police_supervisor', unit.id);
const retired = await makeUser(t.db, { role: 'police_supervisor', organisationId: unit.id, active: false });
await t.as('shelter_worker', shelterOrg.id);
await t.db.owner.updateTable('users').set({ email: 'rehber@iamb.example', locale: 'en' }).where('id', '=', supervisor.user.id).execute();
await t.db.owner.updateTable('users').set({ email: 'operator@qx.example', locale: 'ru' }).where('id', '=', operator.user.id).execute();

const HOUR = 3_600_000;
const DEFAULTS = { acceptHours: 24, urgentAcceptHours: 2 };
/** The sending time, cut to what a JavaScript Date holds, so that "exactly at the limit" is exact. */
const sentAt = async (id: string) => {
  const row = await sql<{ created_at: Date }>`update case_referrals set created_at = date_trunc('milliseconds', created_at) where id = ${id} returning created_at`.execute(t.db.owner);
  return new Date(row.rows[0]!.created_at);
};
const alertsOf = (userId: string) => t.db.owner.selectFrom('notifications').select(['kind', 'params']).where('user_id', '=', userId).where('kind', '=', 'referral_overdue').execute();
const mine = (outgoing: Awaited<ReturnType<typeof collectReferralAlerts>>, referralId: string) => outgoing.filter((o) => o.params.referralId === referralId);

describe('a referral to the special police unit not accepted in time', () => {
  test('a normal one: nothing before 24 hours; at 24 hours the unit\'s supervisors and the sender are alerted, once', async () => {
    const { id: caseId, reference } = await recordCase(operator);
    const id = await refer(operator, caseId, unit.id);
    const sent = await sentAt(id);
    assert.deepEqual(mine(await collectReferralAlerts(t.db, new Date(sent.getTime() + 24 * HOUR - 60_000), DEFAULTS), id), [], 'a minute early');
    const [alert, ...more] = mine(await collectReferralAlerts(t.db, new Date(sent.getTime() + 24 * HOUR), DEFAULTS), id);
    assert.equal(more.length, 0);
    assert.equal(alert!.kind, 'referral_overdue');
    assert.equal(alert!.params.reference, reference);
    assert.equal(alert!.params.hours, 24);
    assert.deepEqual(alert!.recipients.map((r) => r.userId).sort(), [supervisor.user.id, otherSupervisor.user.id, operator.user.id].sort(), 'supervisors and the sender; not investigators, not inactive users');
    assert.ok(!alert!.recipients.some((r) => r.userId === investigator.user.id || r.userId === retired.id));
    assert.equal((await alertsOf(supervisor.user.id)).filter((n) => n.params.referralId === id).length, 1);
    assert.equal((await alertsOf(operator.user.id)).filter((n) => n.params.referralId === id).length, 1);
    assert.deepEqual(mine(await collectReferralAlerts(t.db, new Date(sent.getTime() + 30 * HOUR), DEFAULTS), id), [], 'not again');
    assert.deepEqual(mine(await collectReferralAlerts(t.db, new Date(sent.getTime() + 300 * HOUR), DEFAULTS), id), [], 'not ever again');
    const audit = await sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'referral.overdue_alert' and record_id = ${caseId}`.execute(t.db.owner);
    assert.equal(audit.rows[0]!.n, 1);
  });

  test('an urgent one: at 2 hours', async () => {
    const { id: caseId } = await recordCase(operator);
    const id = await refer(operator, caseId, unit.id, { urgency: 'urgent' });
    const sent = await sentAt(id);
    assert.deepEqual(mine(await collectReferralAlerts(t.db, new Date(sent.getTime() + 2 * HOUR - 1000), DEFAULTS), id), []);
    const alerts = mine(await collectReferralAlerts(t.db, new Date(sent.getTime() + 2 * HOUR + 1000), DEFAULTS), id);
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0]!.params.hours, 2);
    assert.equal(alerts[0]!.params.urgency, 'urgent');
  });

  test('accepted in time, declined, withdrawn, or sent to another body: no alert', async () => {
    const ids: string[] = [];
    for (const end of ['accepted', 'declined', 'withdrawn'] as const) {
      const { id: caseId } = await recordCase(operator);
      const id = await refer(operator, caseId, unit.id);
      const by = end === 'withdrawn' ? operator : investigator;
      assert.equal((await move(by, id, end, end === 'declined' ? { reason: 'Səbəb' } : {})).statusCode, 200);
      ids.push(id);
    }
    const { id: caseId } = await recordCase(operator);
    ids.push(await refer(operator, caseId, shelterOrg.id, { parts: ['identity', 'services'] }));
    const later = new Date(Date.now() + 100 * HOUR);
    const outgoing = await collectReferralAlerts(t.db, later, DEFAULTS);
    for (const id of ids) assert.deepEqual(mine(outgoing, id), []);
  });

  test('the limits come from the configuration', async () => {
    const { id: caseId } = await recordCase(operator);
    const id = await refer(operator, caseId, unit.id);
    const sent = await sentAt(id);
    const longer = deadlinesOf(loadConfig({ REFERRAL_ACCEPT_HOURS: '48', REFERRAL_URGENT_ACCEPT_HOURS: '4' }));
    assert.deepEqual(longer, { acceptHours: 48, urgentAcceptHours: 4 });
    assert.deepEqual(mine(await collectReferralAlerts(t.db, new Date(sent.getTime() + 47 * HOUR), longer), id), []);
    assert.equal(mine(await collectReferralAlerts(t.db, new Date(sent.getTime() + 48 * HOUR), longer), id).length, 1);
  });

  test('e-mail goes to those with an address, in their language', async () => {
    const { id: caseId, reference } = await recordCase(operator);
    const id = await refer(operator, caseId, unit.id, { urgency: 'urgent' });
    const outgoing = mine(await collectReferralAlerts(t.db, new Date((await sentAt(id)).getTime() + 3 * HOUR), DEFAULTS), id);
    const mail: MailMessage[] = [];
    const sent = await sendMail({ send: async (message) => void mail.push(message) }, outgoing, (error) => assert.fail(String(error)));
    assert.equal(sent, 2);
    const toSupervisor = mail.find((m) => m.to === 'rehber@iamb.example')!;
    assert.match(toSupervisor.subject, new RegExp(`the referral of case ${reference} was not accepted in time`));
    assert.match(toSupervisor.text, /urgent referral .* within 2 hours/);
    assert.match(mail.find((m) => m.to === 'operator@qx.example')!.subject, /не принято вовремя/);
  });

  test('the referral shows it is overdue until accepted, and whether acceptance came in time', () => {
    const sentAt = new Date('2026-03-14T10:00:00Z');
    const waiting = { status: 'sent', urgency: 'normal', sentAt, acceptedAt: null, toUnit: true };
    assert.equal(timingOf(waiting, DEFAULTS, new Date('2026-03-15T09:59:59Z')).overdue, false);
    assert.equal(timingOf(waiting, DEFAULTS, new Date('2026-03-15T10:00:00Z')).overdue, true);
    assert.equal(timingOf(waiting, DEFAULTS, sentAt).acceptBy, '2026-03-15T10:00:00.000Z');
    const accepted = timingOf({ ...waiting, status: 'accepted', acceptedAt: new Date('2026-03-14T11:30:00Z') }, DEFAULTS, new Date('2026-03-20T00:00:00Z'));
    assert.deepEqual(accepted, { acceptBy: '2026-03-15T10:00:00.000Z', overdue: false, minutesToAcceptance: 90, acceptedInTime: true });
    const late = timingOf({ ...waiting, urgency: 'urgent', status: 'accepted', acceptedAt: new Date('2026-03-14T12:00:01Z') }, DEFAULTS, new Date());
    assert.equal(late.acceptedInTime, false);
    assert.deepEqual(timingOf({ ...waiting, toUnit: false }, DEFAULTS, new Date('2030-01-01T00:00:00Z')), { acceptBy: null, overdue: false, minutesToAcceptance: null, acceptedInTime: null });
  });
});

describe('the settings of the time limits', () => {
  test('default to 24 and 2 hours', () => {
    const config = loadConfig({});
    assert.equal(config.REFERRAL_ACCEPT_HOURS, 24);
    assert.equal(config.REFERRAL_URGENT_ACCEPT_HOURS, 2);
  });

  test('are whole positive hours, and an urgent limit is not longer than the normal one', () => {
    for (const [name, value] of [['REFERRAL_ACCEPT_HOURS', 'a day'], ['REFERRAL_ACCEPT_HOURS', '0'], ['REFERRAL_URGENT_ACCEPT_HOURS', '1.5'], ['REFERRAL_ACCEPT_HOURS', '10000']]) {
      assert.throws(() => loadConfig({ [name!]: value }), (error) => error instanceof ConfigError && error.problems.some((p) => p.startsWith(`${name}=`)), `${name}=${value}`);
    }
    assert.throws(() => loadConfig({ REFERRAL_ACCEPT_HOURS: '6', REFERRAL_URGENT_ACCEPT_HOURS: '12' }), /REFERRAL_URGENT_ACCEPT_HOURS=12: must not be more than REFERRAL_ACCEPT_HOURS/);
  });
});
