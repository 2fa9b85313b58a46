import { anyOf, can, definePolicy, hasRole, type Actor } from './policy.js';

/** The National Coordinator's office: the Coordinator and the secretariat. */
export const coordinatorOffice = hasRole('national_coordinator', 'secretariat');

/** Bodies that report on the plan record their events; the Coordinator's office records any body's. */
const recordsEvents = anyOf(can('reports.write'), coordinatorOffice);

/**
 * The event register: every participant of the plan sees every event and the totals; an event is
 * changed by its organiser body and by the Coordinator's office (see `eventAbilities` for the row).
 */
export const eventsPolicy = definePolicy('events', {
  list: can('plans.read'),
  read: can('plans.read'),
  totals: can('plans.read'),
  create: recordsEvents,
  edit: recordsEvents,
  delete: recordsEvents,
  /** Lists the events the actor's body may link a report activity to (the rule is in events/event-links.repository.ts). */
  link: can('reports.write'),
  /** Whether this event may be evaluated by this actor is decided per row by `eventAbilities`. */
  evaluate: can('plans.read'),
});

export interface EventRowForRules {
  organiser_id: string;
  entry_id: string | null;
  participant_groups: unknown[];
}

/** Whether the actor's body took part in the event (is named among its participants by organisation). */
function tookPart(actor: Actor, event: EventRowForRules): boolean {
  return event.participant_groups.some((g) => (g as { organisationId?: string | null }).organisationId === actor.organisationId);
}

/** What this actor may do with one event. */
export function eventAbilities(actor: Actor, event: EventRowForRules) {
  const edit = eventsPolicy.actions.edit(actor) && (coordinatorOffice(actor) || event.organiser_id === actor.organisationId);
  return {
    edit,
    /** The facts of a reported event are changed in its report entry, not here. */
    editFacts: edit && event.entry_id === null,
    delete: edit && event.entry_id === null,
    /** The organiser's side evaluates as organiser; a body that took part, as participant. */
    evaluate: edit || tookPart(actor, event),
    evaluateAsOrganiser: edit,
  };
}

export type EventAbilities = ReturnType<typeof eventAbilities>;
