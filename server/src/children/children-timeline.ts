import type { TimelineEvent, TimelineSource } from '../cases/timeline/timeline-source.js';

/**
 * The child-protection path: the guardian appointed and best-interests assessments with their
 * recommendation ('services' part). Names, contacts and summaries stay sealed.
 */
export const childrenTimelineSource: TimelineSource = {
  name: 'children',
  parts: ['services'],
  async collect({ tx, caseId }) {
    const [record, assessments] = await Promise.all([
      tx.selectFrom('case_child_protection').select(['id', 'guardian_relation', 'guardian_appointed_on', 'guardian_appointed_by'])
        .where('case_id', '=', caseId).where('guardian_appointed_on', 'is not', null).executeTakeFirst(),
      tx.selectFrom('case_best_interests_assessments').select(['id', 'assessed_on', 'recommendation', 'created_at']).where('case_id', '=', caseId).execute(),
    ]);
    const events: TimelineEvent[] = [];
    if (record?.guardian_appointed_on) {
      events.push({
        id: `child-guardian:${record.id}`, at: record.guardian_appointed_on, allDay: true, kind: 'child_guardian_appointed', part: 'services',
        body: record.guardian_appointed_by, params: { relation: record.guardian_relation },
      });
    }
    for (const a of assessments) {
      events.push({
        id: `best-interests:${a.id}`, at: a.assessed_on, allDay: true, kind: 'best_interests_assessed', part: 'services', body: null,
        params: { recommendation: a.recommendation }, recordedAt: new Date(a.created_at).toISOString(),
      });
    }
    return events;
  },
};
