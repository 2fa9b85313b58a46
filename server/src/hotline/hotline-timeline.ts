import type { TimelineEvent, TimelineSource } from '../cases/timeline/timeline-source.js';
import { iso } from '../cases/timeline/timeline-source.js';
import { caseContacts } from './hotline.repository.js';

/**
 * The hotline's contacts on a case's timeline: when, how, what about and how it ended — codes
 * only, never the notes or the caller. Row-level security decides who gets them at all (the
 * hotline body and the special police unit), so they go with the header rather than a part.
 */
export const hotlineTimelineSource: TimelineSource = {
  name: 'hotline',
  parts: [null],
  async collect({ tx, caseId }) {
    const rows = await caseContacts(tx, caseId);
    return rows.map((row): TimelineEvent => ({
      id: `hotline:${row.id}`,
      at: iso(row.started_at),
      allDay: false,
      kind: 'hotline_contact',
      part: null,
      body: row.body_short_name,
      params: { reference: row.reference, channel: row.channel, category: row.category, outcome: row.outcome, callerType: row.caller_type, riskFlags: row.risk_flags.length },
    }));
  },
};
