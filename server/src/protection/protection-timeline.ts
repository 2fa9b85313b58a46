import { iso, type TimelineEvent, type TimelineSource } from '../cases/timeline/timeline-source.js';
import { addDays } from './reflection.service.js';

/**
 * Identification decisions and the reflection period (started, ending, decided): the 'victim'
 * part, as on the case page. Notes of decisions stay sealed.
 */
export const protectionTimelineSource: TimelineSource = {
  name: 'protection',
  parts: ['victim'],
  async collect({ tx, caseId }) {
    const [decisions, reflection] = await Promise.all([
      tx.selectFrom('case_identifications as i').innerJoin('organisations as o', 'o.id', 'i.decided_by_org_id')
        .select(['i.id', 'i.decision', 'i.decided_on', 'i.created_at', 'o.short_name']).where('i.case_id', '=', caseId).execute(),
      tx.selectFrom('case_reflection_periods as r').innerJoin('users as u', 'u.id', 'r.created_by').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .select(['r.id', 'r.started_on', 'r.days', 'r.decision', 'r.decided_on', 'r.created_at', 'o.short_name']).where('r.case_id', '=', caseId).executeTakeFirst(),
    ]);
    const events: TimelineEvent[] = decisions.map((d) => ({
      id: `identification:${d.id}`, at: d.decided_on, allDay: true, kind: 'identification_decided', part: 'victim', body: d.short_name,
      params: { decision: d.decision }, recordedAt: iso(d.created_at),
    }));
    if (reflection) {
      events.push({
        id: `reflection:${reflection.id}:started`, at: reflection.started_on, allDay: true, kind: 'reflection_started', part: 'victim', body: reflection.short_name,
        params: { days: reflection.days, endsOn: addDays(reflection.started_on, reflection.days) }, recordedAt: iso(reflection.created_at),
      });
      if (reflection.decision && reflection.decided_on) {
        events.push({
          id: `reflection:${reflection.id}:decided`, at: reflection.decided_on, allDay: true, kind: 'reflection_decided', part: 'victim', body: reflection.short_name,
          params: { decision: reflection.decision },
        });
      }
    }
    return events;
  },
};
