import { casePartsOf } from '../../../common/src/case-parts.js';
import type { Task, TaskContext, TaskProvider } from '../tasks/task-provider.js';
import { deadlinesOf, timingOf } from './referral-timing.js';
import { referralRows, type ReferralRow } from './referrals.repository.js';

const keepsRecords = (role: Parameters<typeof casePartsOf>[0]) => casePartsOf(role).length > 0;

function taskOf(kind: string, row: ReferralRow, { now, config }: TaskContext): Task {
  const sentAt = new Date(row.created_at);
  const timing = timingOf({ status: row.status, urgency: row.urgency, sentAt, acceptedAt: null, toUnit: row.to_unit }, deadlinesOf(config), now);
  return {
    kind,
    id: row.id,
    severity: timing.overdue ? 'overdue' : row.urgency === 'urgent' ? 'urgent' : 'normal',
    since: sentAt.toISOString(),
    dueAt: timing.acceptBy,
    link: `/cases/${row.case_id}?tab=referrals`,
    params: { reference: row.case_reference, fromOrg: row.from_short_name, toOrg: row.to_short_name, urgency: row.urgency, services: row.services.join(',') },
  };
}

/** Referrals sent to the caller's body and not yet accepted or declined. */
export const referralsWaitingForBody: TaskProvider = {
  name: 'referrals.waiting',
  appliesTo: (actor) => keepsRecords(actor.role),
  async collect(context) {
    const rows = await referralRows(context.tx).where('r.to_org_id', '=', context.actor.organisationId).where('r.status', '=', 'sent').orderBy('r.created_at').limit(200).execute();
    return rows.map((row) => taskOf('referral_waiting', row, context));
  },
};

/** Referrals the caller sent that the receiving body has not yet accepted. */
export const referralsNotYetAccepted: TaskProvider = {
  name: 'referrals.unaccepted',
  appliesTo: (actor) => keepsRecords(actor.role),
  async collect(context) {
    const rows = await referralRows(context.tx).where('r.created_by', '=', context.actor.userId).where('r.status', '=', 'sent').orderBy('r.created_at').limit(200).execute();
    return rows.map((row) => taskOf('referral_unaccepted', row, context));
  },
};
