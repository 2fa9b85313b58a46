import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.js';
import { definePolicy, hasRole, type Actor, type Rule } from './policy.js';

/** The Coordinator's office calls meetings, records their decisions and follows every action item. */
export const runsMeetings = hasRole('national_coordinator', 'secretariat');

/**
 * Every role that acts for a body may take part in coordination; the system administrator keeps
 * the system, not its content. (The web client mirrors this in web/src/meetings/access.ts.)
 */
export const takesPart: Rule = (actor) => actor.role !== 'admin';

/**
 * Coordination meetings, their decisions and action items. A meeting is seen by the bodies invited
 * to it and by the Coordinator's office; an action item by its responsible body and the office.
 * The row rules below are shared by lists, single reads and writes; a row outside them is 404.
 */
export const meetingsPolicy = definePolicy('meetings', {
  list: takesPart,
  read: takesPart,
  exportMinutes: takesPart,
  create: runsMeetings,
  edit: runsMeetings,
  delete: runsMeetings,
  /** Decisions and their action items: recording, correcting, removing. */
  decide: runsMeetings,
  listActionItems: takesPart,
  /** Status and progress note of an action item; `actionItemAbilities` adds "of one's own body". */
  reportProgress: takesPart,
  /** The Coordinator's dashboard of action items past their due date. */
  viewOverdue: runsMeetings,
});

/** The one row rule for meetings (and through them agenda, persons, minutes and decisions). */
export function visibleMeetings(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'meetings'>): Expression<SqlBool> => {
    if (!takesPart(actor)) return sql<SqlBool>`false`;
    if (runsMeetings(actor)) return sql<SqlBool>`true`;
    return eb.exists(
      eb
        .selectFrom('meeting_bodies')
        .select('meeting_bodies.meeting_id')
        .whereRef('meeting_bodies.meeting_id', '=', 'meetings.id')
        .where('meeting_bodies.organisation_id', '=', actor.organisationId),
    );
  };
}

/** The one row rule for action items: the responsible body and the Coordinator's office. */
export function visibleActionItems(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'meeting_action_items'>): Expression<SqlBool> => {
    if (!takesPart(actor)) return sql<SqlBool>`false`;
    if (runsMeetings(actor)) return sql<SqlBool>`true`;
    return eb('meeting_action_items.organisation_id', '=', actor.organisationId);
  };
}

export function meetingAbilities(actor: Actor) {
  return {
    edit: meetingsPolicy.actions.edit(actor),
    delete: meetingsPolicy.actions.delete(actor),
    decide: meetingsPolicy.actions.decide(actor),
    exportMinutes: meetingsPolicy.actions.exportMinutes(actor),
  };
}

/** What this actor may do with one visible action item. */
export function actionItemAbilities(actor: Actor, item: { organisation_id: string }) {
  const own = item.organisation_id === actor.organisationId;
  return {
    edit: meetingsPolicy.actions.decide(actor),
    delete: meetingsPolicy.actions.decide(actor),
    reportProgress: meetingsPolicy.actions.reportProgress(actor) && (own || runsMeetings(actor)),
  };
}
