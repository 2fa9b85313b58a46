import { iso, type TimelineEvent, type TimelineSource } from '../cases/timeline/timeline-source.js';

/**
 * Services of the case (asked for, begun, provided, or not given) and its rehabilitation plan
 * (started, reviewed): the 'services' part. The service's kind reads as the referral services do
 * (`services` param); details, outcomes, goals and reviews stay sealed.
 */
export const careTimelineSource: TimelineSource = {
  name: 'care',
  parts: ['services'],
  async collect({ tx, caseId }) {
    const [services, plan, reviews] = await Promise.all([
      tx.selectFrom('case_services as s').innerJoin('organisations as r', 'r.id', 's.requested_by_org_id').leftJoin('organisations as p', 'p.id', 's.provider_org_id')
        .select(['s.id', 's.kind', 's.status', 's.requested_on', 's.started_on', 's.completed_on', 's.updated_at', 'r.short_name as requester', 'p.short_name as provider'])
        .where('s.case_id', '=', caseId).execute(),
      tx.selectFrom('care_plans as c').innerJoin('organisations as o', 'o.id', 'c.responsible_org_id').select(['c.id', 'c.started_on', 'o.short_name']).where('c.case_id', '=', caseId).executeTakeFirst(),
      tx.selectFrom('care_plan_reviews as v').innerJoin('users as u', 'u.id', 'v.reviewed_by').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .select(['v.id', 'v.held_on', 'o.short_name']).where('v.case_id', '=', caseId).execute(),
    ]);
    const events: TimelineEvent[] = [];
    for (const s of services) {
      const params = { services: s.kind };
      events.push({ id: `service:${s.id}:requested`, at: s.requested_on, allDay: true, kind: 'service_requested', part: 'services', body: s.requester, params });
      if (s.started_on) events.push({ id: `service:${s.id}:started`, at: s.started_on, allDay: true, kind: 'service_started', part: 'services', body: s.provider, params });
      if (s.status === 'provided' && s.completed_on) events.push({ id: `service:${s.id}:provided`, at: s.completed_on, allDay: true, kind: 'service_provided', part: 'services', body: s.provider, params });
      if (s.status === 'declined' || s.status === 'unavailable' || s.status === 'cancelled') {
        events.push({ id: `service:${s.id}:${s.status}`, at: iso(s.updated_at), allDay: false, kind: `service_${s.status}`, part: 'services', body: null, params });
      }
    }
    if (plan) events.push({ id: `care-plan:${plan.id}`, at: plan.started_on, allDay: true, kind: 'care_plan_started', part: 'services', body: plan.short_name, params: {} });
    for (const review of reviews) events.push({ id: `care-review:${review.id}`, at: review.held_on, allDay: true, kind: 'care_plan_reviewed', part: 'services', body: review.short_name, params: {} });
    return events;
  },
};
