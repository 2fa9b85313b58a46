import { sql } from 'kysely';
import { inTransaction, type Database } from '../db/database.js';
import type { Mailer } from './mailer.js';
import { mailFor } from './messages.js';
import { notifyReportWriters, type NotificationKind, type NotificationParams, type Recipient } from './notifications.repository.js';

export interface Outgoing {
  recipients: Recipient[];
  kind: NotificationKind;
  params: NotificationParams;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
/** How often a late body is reminded again. */
const LATE_REPEAT_DAYS = 7;

export const periodLabel = (period: { year: number; half: number | null }) => (period.half ? `${period.year}/${period.half === 1 ? 'I' : 'II'}` : String(period.year));

/**
 * Reminds the bodies of every open period: once when the due date is near, and weekly once it
 * has passed, while they have entries not yet submitted. Returns what to send by e-mail.
 */
export async function collectReminders(db: Database, today: string, daysBefore: number): Promise<Outgoing[]> {
  return inTransaction(db, null, async (tx) => {
    const outgoing: Outgoing[] = [];
    const periods = await tx.selectFrom('reporting_periods').select(['id', 'year', 'half', 'due_on']).where('status', '=', 'open').execute();
    for (const period of periods) {
      const daysLeft = daysBetween(today, period.due_on);
      if (daysLeft > daysBefore) continue;
      const kind: NotificationKind = daysLeft >= 0 ? 'report_due_soon' : 'report_late';
      const bodies = await tx
        .selectFrom('report_entries')
        .select(['organisation_id', sql<number>`count(*)::int`.as('open')])
        .where('period_id', '=', period.id)
        .where('state', 'in', ['draft', 'returned'])
        .groupBy('organisation_id')
        .execute();
      for (const body of bodies) {
        let already = tx.selectFrom('reminder_log').select('sent_on').where('period_id', '=', period.id).where('organisation_id', '=', body.organisation_id).where('kind', '=', kind);
        if (kind === 'report_late') already = already.where('sent_on', '>', new Date(Date.parse(today) - LATE_REPEAT_DAYS * DAY_MS).toISOString().slice(0, 10));
        if (await already.executeTakeFirst()) continue;
        const params = { periodId: period.id, period: periodLabel(period), dueOn: period.due_on, open: body.open };
        const recipients = await notifyReportWriters(tx, body.organisation_id, kind, params);
        await tx.insertInto('reminder_log').values({ period_id: period.id, organisation_id: body.organisation_id, kind, sent_on: today }).execute();
        outgoing.push({ recipients, kind, params });
      }
    }
    return outgoing;
  });
}

/** E-mail for notifications already stored; a failed message is reported, never retried into duplicates. */
export async function sendMail(mailer: Mailer | null, outgoing: Outgoing[], onError: (error: unknown) => void): Promise<number> {
  if (!mailer) return 0;
  let sent = 0;
  for (const { recipients, kind, params } of outgoing) {
    for (const recipient of recipients) {
      if (!recipient.email) continue;
      try {
        await mailer.send({ to: recipient.email, ...mailFor(kind, params, recipient.locale) });
        sent += 1;
      } catch (error) {
        onError(error);
      }
    }
  }
  return sent;
}
