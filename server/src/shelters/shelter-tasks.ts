import { bakuToday } from '../../../common/src/dates.js';
import { hasPermission } from '../../../common/src/roles.js';
import type { Task, TaskProvider } from '../tasks/task-provider.js';
import { shelterCapacitySignalsFor } from './capacity-signals.js';

/**
 * Shelters near or at capacity, for the shelter's own body, the special police unit and the
 * Coordinator's office: `shelter_full` (urgent) when a category has no free place, otherwise
 * `shelter_near_capacity` from the shelter's threshold (90% unless set otherwise).
 */
export const sheltersNearCapacity: TaskProvider = {
  name: 'shelters.capacity',
  appliesTo: (actor) => hasPermission(actor.role, 'shelters.read') && actor.role !== 'agency_head' && actor.role !== 'oversight_reader',
  async collect({ tx, actor, now }) {
    const today = bakuToday(now);
    const signals = await shelterCapacitySignalsFor(tx, actor, today);
    return signals.map((signal): Task => {
      const worst = signal.categories.filter((c) => c.level === signal.level);
      return {
        kind: signal.level === 'full' ? 'shelter_full' : 'shelter_near_capacity',
        id: signal.shelterId,
        severity: signal.level === 'full' ? 'urgent' : 'normal',
        since: `${today}T00:00:00.000Z`,
        dueAt: null,
        link: `/shelters/${signal.shelterId}`,
        params: {
          shelter: signal.name,
          categories: worst.map((c) => c.category).join(','),
          occupied: worst.reduce((n, c) => n + c.occupied, 0),
          capacity: worst.reduce((n, c) => n + c.capacity, 0),
        },
      };
    });
  },
};
