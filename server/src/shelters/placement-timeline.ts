import type { TimelineEvent, TimelineSource } from '../cases/timeline/timeline-source.js';

/**
 * Placements of the case's person: entering a shelter (over capacity marked), transfers and exits
 * with their reason. They belong to the 'services' part; which shelter (and so which body runs it)
 * is 'safety', so the acting body is named only to those who see that part too.
 */
export const placementTimelineSource: TimelineSource = {
  name: 'placements',
  parts: ['services'],
  async collect({ tx, caseId, parts }) {
    const rows = await tx
      .selectFrom('shelter_placements as p')
      .innerJoin('shelters as s', 's.id', 'p.shelter_id')
      .innerJoin('organisations as o', 'o.id', 's.operator_org_id')
      .select(['p.id', 'p.entered_on', 'p.exited_on', 'p.exit_reason', 'p.over_capacity', 'p.transferred_from', 'p.category', 'o.short_name'])
      .where('p.case_id', '=', caseId)
      .execute();
    const body = (name: string) => (parts.has('safety') ? name : null);
    const events: TimelineEvent[] = [];
    for (const row of rows) {
      const common = { part: 'services' as const, allDay: true, body: body(row.short_name) };
      if (!row.transferred_from) {
        events.push({ ...common, id: `placement:${row.id}:entered`, at: row.entered_on, kind: row.over_capacity ? 'placement_entered_over_capacity' : 'placement_entered', params: {} });
      } else if (row.over_capacity) {
        events.push({ ...common, id: `placement:${row.id}:over_capacity`, at: row.entered_on, kind: 'placement_entered_over_capacity', params: {} });
      }
      if (row.exited_on && row.exit_reason) {
        events.push({ ...common, id: `placement:${row.id}:exit`, at: row.exited_on, kind: row.exit_reason === 'transferred' ? 'placement_transferred' : `placement_exit_${row.exit_reason}`, params: {} });
      }
    }
    return events;
  },
};
