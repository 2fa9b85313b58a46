import type { TimelineEvent, TimelineSource } from '../cases/timeline/timeline-source.js';

/**
 * Repatriations of the case: opened (direction, country), each step done, completed or cancelled —
 * the 'safety' part. Document numbers, notes and the reason for cancelling stay sealed.
 */
export const repatriationTimelineSource: TimelineSource = {
  name: 'repatriation',
  parts: ['safety'],
  async collect({ tx, caseId }) {
    const [repatriations, steps] = await Promise.all([
      tx.selectFrom('case_repatriations as r').innerJoin('users as u', 'u.id', 'r.created_by').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .select(['r.id', 'r.direction', 'r.country', 'r.status', 'r.opened_on', 'r.completed_on', 'r.cancelled_on', 'r.created_at', 'o.short_name'])
        .where('r.case_id', '=', caseId).execute(),
      tx.selectFrom('case_repatriation_steps as s').innerJoin('case_repatriations as r', 'r.id', 's.repatriation_id')
        .select(['s.id', 's.kind', 's.done_on', 's.body_name', 'r.direction', 'r.country'])
        .where('s.case_id', '=', caseId).where('s.status', '=', 'done').execute(),
    ]);
    const events: TimelineEvent[] = [];
    for (const r of repatriations) {
      const params = { direction: r.direction, country: r.country };
      events.push({ id: `repatriation:${r.id}:opened`, at: r.opened_on, allDay: true, kind: 'repatriation_opened', part: 'safety', body: r.short_name, params, recordedAt: new Date(r.created_at).toISOString() });
      if (r.completed_on) events.push({ id: `repatriation:${r.id}:completed`, at: r.completed_on, allDay: true, kind: 'repatriation_completed', part: 'safety', body: null, params });
      if (r.cancelled_on) events.push({ id: `repatriation:${r.id}:cancelled`, at: r.cancelled_on, allDay: true, kind: 'repatriation_cancelled', part: 'safety', body: null, params });
    }
    for (const s of steps) {
      if (!s.done_on) continue;
      events.push({ id: `repatriation-step:${s.id}`, at: s.done_on, allDay: true, kind: 'repatriation_step', part: 'safety', body: s.body_name, params: { step: s.kind, direction: s.direction, country: s.country } });
    }
    return events;
  },
};
