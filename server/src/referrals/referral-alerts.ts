import { sql } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import { recordAudit } from '../audit/audit.repository.js';
import type { Config } from '../config/config.js';
import { inTransaction, type Database } from '../db/database.js';
import type { Mailer } from '../notifications/mailer.js';
import { notifyUsers } from '../notifications/notifications.repository.js';
import { sendMail, type Outgoing } from '../notifications/reminders.js';
import { acceptHoursFor, deadlinesOf, type ReferralDeadlines } from './referral-timing.js';
import { activeUser, caseWorkersOf } from './referrals.repository.js';

/** How often referrals waiting for the special police unit are checked. */
export const REFERRAL_CHECK_MINUTES = 5;

const NOBODY = '00000000-0000-0000-0000-000000000000';
const SYSTEM = { actor: null, ip: 'system', requestId: 'referral-alerts' };

/**
 * Alerts for referrals to the special police unit not accepted in time (REFERRAL_ACCEPT_HOURS,
 * urgent ones REFERRAL_URGENT_ACCEPT_HOURS, counted from sending): each is claimed once, in the same
 * statement that finds it, so two instances never alert twice; the unit's supervisors and the
 * person who sent it are notified in the application. Returns what to send by e-mail. The pass
 * acts as the body that keeps the unified database, which sees its referrals; `now` is the clock.
 */
export async function collectReferralAlerts(db: Database, now: Date, deadlines: ReferralDeadlines): Promise<Outgoing[]> {
  const units = await db.owner.selectFrom('organisations').select(['id', 'short_name']).where('holds_unified_database', '=', true).where('active', '=', true).execute();
  const outgoing: Outgoing[] = [];
  for (const unit of units) {
    await inTransaction(db, { userId: NOBODY, organisationId: unit.id, role: 'police_supervisor' }, async (tx) => {
      const due = await sql<{ id: string; case_id: string; case_reference: string; created_by: string; urgency: string; from_org: string }>`
        update case_referrals r set overdue_alerted_at = ${now}
          from organisations f
         where f.id = r.from_org_id and r.to_org_id = ${unit.id} and r.status = 'sent' and r.overdue_alerted_at is null
           and r.created_at + make_interval(hours => case when r.urgency = 'urgent' then ${deadlines.urgentAcceptHours}::int else ${deadlines.acceptHours}::int end) <= ${now}
        returning r.id, r.case_id, r.case_reference, r.created_by, r.urgency, f.short_name as from_org`.execute(tx);
      if (due.rows.length === 0) return;
      const supervisors = await caseWorkersOf(tx, unit.id, ['police_supervisor']);
      for (const referral of due.rows) {
        const sender = await activeUser(tx, referral.created_by);
        const params = {
          referralId: referral.id, caseId: referral.case_id, reference: referral.case_reference, fromOrg: referral.from_org, toOrg: unit.short_name,
          urgency: referral.urgency, hours: acceptHoursFor(referral.urgency, deadlines),
        };
        const recipients = await notifyUsers(tx, [...supervisors, ...(sender ? [sender] : [])], 'referral_overdue', params);
        await recordAudit(tx, SYSTEM, { action: 'referral.overdue_alert', resource: 'case', recordId: referral.case_id, details: { referralId: referral.id, notified: recipients.length } });
        outgoing.push({ recipients, kind: 'referral_overdue', params });
      }
    });
  }
  return outgoing;
}

/** Checks at start and then every few minutes; returns the function that stops it. */
export function scheduleReferralAlerts(db: Database, config: Config, mailer: Mailer | null, log: FastifyBaseLogger): () => void {
  const deadlines = deadlinesOf(config);
  const check = async () => {
    const outgoing = await collectReferralAlerts(db, new Date(), deadlines);
    const mailed = await sendMail(mailer, outgoing, (error) => log.warn({ err: error }, 'referral alert e-mail not sent'));
    if (outgoing.length) log.info({ alerts: outgoing.length, mailed }, 'referrals not accepted in time');
  };
  const run = () => void check().catch((error) => log.error({ err: error }, 'referral alerts failed'));
  const timer = setInterval(run, REFERRAL_CHECK_MINUTES * 60_000);
  timer.unref();
  run();
  return () => clearInterval(timer);
}
