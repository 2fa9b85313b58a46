import type { TimelineEvent, TimelineSource } from '../cases/timeline/timeline-source.js';
import { iso } from '../cases/timeline/timeline-source.js';
import { referralsOfCase } from './referrals.repository.js';

/**
 * Referrals of the case and their steps. Like the case page's referrals, they belong to the
 * header; row-level security shows a body only the referrals it sent or received (the special
 * police unit's officers, every one).
 */
export const referralTimelineSource: TimelineSource = {
  name: 'referrals',
  parts: [null],
  async collect({ tx, caseId }) {
    const events: TimelineEvent[] = [];
    for (const row of await referralsOfCase(tx, caseId)) {
      const common = { part: null, allDay: false, params: { referralId: row.id, fromOrg: row.from_short_name, toOrg: row.to_short_name, urgency: row.urgency, services: row.services.join(',') } };
      events.push({ ...common, id: `referral:${row.id}:sent`, at: iso(row.created_at), kind: 'referral_sent', body: row.from_short_name });
      if (row.accepted_at) {
        const minutes = Math.max(0, Math.floor((new Date(row.accepted_at).getTime() - new Date(row.created_at).getTime()) / 60_000));
        events.push({ ...common, id: `referral:${row.id}:accepted`, at: iso(row.accepted_at), kind: 'referral_accepted', body: row.to_short_name, params: { ...common.params, minutes } });
      }
      if (row.closed_at && row.status !== 'sent' && row.status !== 'accepted') {
        events.push({ ...common, id: `referral:${row.id}:${row.status}`, at: iso(row.closed_at), kind: `referral_${row.status}`, body: row.status === 'withdrawn' ? row.from_short_name : row.to_short_name });
      }
    }
    return events;
  },
};
