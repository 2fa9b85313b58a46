import { bakuToday } from '../../../common/src/dates.js';
import type { Task, TaskProvider } from '../tasks/task-provider.js';
import { reflectionPeriodsEnding } from './reflection.service.js';

/**
 * Reflection periods ending within days, or ended without a decision, for the special police
 * unit's officers, who decide at the end: the case reference and the end date only.
 */
export const reflectionPeriodsEndingSoon: TaskProvider = {
  name: 'protection.reflection',
  appliesTo: (actor) => actor.role === 'police_investigator' || actor.role === 'police_supervisor',
  async collect({ tx, now }) {
    const today = bakuToday(now);
    return (await reflectionPeriodsEnding(tx, today)).map((period): Task => ({
      kind: 'reflection_ending',
      id: period.caseId,
      severity: period.endsOn < today ? 'overdue' : 'urgent',
      since: new Date(`${period.endsOn}T00:00:00Z`).toISOString(),
      dueAt: new Date(`${period.endsOn}T00:00:00Z`).toISOString(),
      link: `/cases/${period.caseId}`,
      params: { reference: period.reference, endsOn: period.endsOn },
    }));
  },
};
