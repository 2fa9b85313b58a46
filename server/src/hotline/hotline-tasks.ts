import type { Task, TaskProvider } from '../tasks/task-provider.js';
import { listCallbacks } from './hotline.repository.js';

/** A callback shows in the feed this long before it is due. */
const AHEAD_MS = 60 * 60_000;

/**
 * Callbacks due for the caller: theirs and those left to whoever is on duty, due within the hour
 * or overdue. The contact's reference and category only — never the note or the caller.
 */
export const callbacksDue: TaskProvider = {
  name: 'hotline.callbacks',
  appliesTo: (actor) => actor.role === 'hotline_operator',
  async collect({ tx, actor, now }) {
    const rows = await listCallbacks(tx, actor.organisationId, { status: 'open', assignedTo: actor.userId, dueBefore: new Date(now.getTime() + AHEAD_MS) });
    return rows.map((row): Task => ({
      kind: 'callback_due',
      id: row.id,
      severity: new Date(row.due_at) < now ? 'overdue' : 'normal',
      since: new Date(row.created_at).toISOString(),
      dueAt: new Date(row.due_at).toISOString(),
      link: `/hotline/contacts/${row.contact_id}`,
      params: { reference: row.contact_reference, category: row.contact_category, assigned: row.assigned_to !== null },
    }));
  },
};
