import { z } from 'zod';
import { ORGANISATION_KINDS } from '../../../common/src/roles.js';
import type { Tx } from '../db/database.js';
import type { Actor } from '../policies/policy.js';
import { actionItemAbilities, meetingAbilities } from '../policies/meetings.js';
import { ACTION_ITEM_STATUSES, MEETING_KINDS, STANDINGS } from './meeting-input.js';
import {
  actionItemsOfMeeting,
  agendaOf,
  bodiesOf,
  decisionsOf,
  measuresOfAgendaItems,
  personsOf,
  type ActionItemRow,
  type MeetingRow,
} from './meetings.repository.js';

export const organisationRefSchema = z.object({ id: z.string(), shortName: z.string(), nameAz: z.string(), nameRu: z.string(), nameEn: z.string() });
type OrganisationRef = z.infer<typeof organisationRefSchema>;

interface OrganisationColumns {
  organisation_id: string | null;
  short_name: string | null;
  name_az: string | null;
  name_ru: string | null;
  name_en: string | null;
}

function organisationRef(row: OrganisationColumns): OrganisationRef | null {
  if (!row.organisation_id) return null;
  return { id: row.organisation_id, shortName: row.short_name ?? '', nameAz: row.name_az ?? '', nameRu: row.name_ru ?? '', nameEn: row.name_en ?? '' };
}

export const meetingSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  heldOn: z.string(),
  startsAt: z.string().nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  bodyCount: z.number(),
  presentCount: z.number(),
  decisionCount: z.number(),
  /** How the caller's body was invited; null for the Coordinator's office when not on the list. */
  ownStanding: z.enum(STANDINGS).nullable(),
});

export function presentMeetingSummary(row: Omit<MeetingRow, 'minutes'>): z.infer<typeof meetingSummarySchema> {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    heldOn: row.held_on,
    startsAt: row.starts_at,
    place: row.place,
    onlineUrl: row.online_url,
    bodyCount: row.body_count ?? 0,
    presentCount: row.present_count ?? 0,
    decisionCount: row.decision_count ?? 0,
    ownStanding: row.own_standing ?? null,
  };
}

export const actionItemSchema = z.object({
  id: z.string(),
  organisation: organisationRefSchema,
  task: z.string(),
  dueOn: z.string(),
  status: z.enum(ACTION_ITEM_STATUSES),
  note: z.string(),
  revision: z.number(),
  overdue: z.boolean(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  decision: z.object({ id: z.string(), number: z.number(), text: z.string() }),
  /** `visible`: whether the caller may open the meeting (its body was invited, or it is the office). */
  meeting: z.object({ id: z.string(), kind: z.enum(MEETING_KINDS), title: z.string(), heldOn: z.string(), visible: z.boolean() }),
  /** The measures the decision's agenda item points to. */
  measures: z.array(z.object({ id: z.string(), code: z.string() })),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean(), reportProgress: z.boolean() }),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export async function presentActionItems(tx: Tx, actor: Actor, rows: ActionItemRow[]): Promise<ActionItem[]> {
  const measures = await measuresOfAgendaItems(tx, rows.flatMap((r) => (r.agenda_item_id ? [r.agenda_item_id] : [])));
  return rows.map((row) => ({
    id: row.id,
    organisation: organisationRef(row)!,
    task: row.task,
    dueOn: row.due_on,
    status: row.status,
    note: row.note,
    revision: row.revision,
    overdue: row.overdue,
    closedAt: row.closed_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    decision: { id: row.decision_id, number: row.decision_number, text: row.decision_text },
    meeting: { id: row.meeting_id, kind: row.meeting_kind, title: row.meeting_title, heldOn: row.meeting_held_on, visible: row.meeting_visible },
    measures: row.agenda_item_id ? (measures.get(row.agenda_item_id) ?? []) : [],
    abilities: actionItemAbilities(actor, { organisation_id: row.item_organisation_id }),
  }));
}

export const meetingSchema = meetingSummarySchema.extend({
  minutes: z.string(),
  revision: z.number(),
  updatedAt: z.string(),
  bodies: z.array(z.object({ organisation: organisationRefSchema.extend({ kind: z.enum(ORGANISATION_KINDS) }), standing: z.enum(STANDINGS), present: z.boolean() })),
  persons: z.array(z.object({ name: z.string(), organisation: organisationRefSchema.nullable(), present: z.boolean() })),
  agenda: z.array(
    z.object({
      id: z.string(),
      position: z.number(),
      title: z.string(),
      measures: z.array(z.object({ id: z.string(), code: z.string(), text: z.string(), planId: z.string() })),
    }),
  ),
  /** Every decision; under each, only the action items the caller may see. */
  decisions: z.array(z.object({ id: z.string(), number: z.number(), text: z.string(), agendaItemId: z.string().nullable(), actionItems: z.array(actionItemSchema) })),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean(), decide: z.boolean(), exportMinutes: z.boolean() }),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** A visible meeting whole, read in the caller's transaction. */
export async function presentMeeting(tx: Tx, actor: Actor, row: MeetingRow, today: string): Promise<Meeting> {
  const [bodies, persons, agenda, decisions, actionRows] = await Promise.all([
    bodiesOf(tx, row.id),
    personsOf(tx, row.id),
    agendaOf(tx, row.id),
    decisionsOf(tx, row.id),
    actionItemsOfMeeting(tx, actor, row.id, today),
  ]);
  const actionItems = await presentActionItems(tx, actor, actionRows);
  return {
    ...presentMeetingSummary(row),
    minutes: row.minutes,
    revision: row.revision,
    updatedAt: row.updated_at.toISOString(),
    bodies: bodies.map((b) => ({
      organisation: { ...organisationRef(b)!, kind: b.kind as (typeof ORGANISATION_KINDS)[number] },
      standing: b.standing,
      present: b.present,
    })),
    persons: persons.map((p) => ({ name: p.name, organisation: organisationRef(p), present: p.present })),
    agenda: agenda.map((item) => ({
      id: item.id,
      position: item.position,
      title: item.title,
      measures: item.measures.map((m) => ({ id: m.id, code: m.code, text: m.text, planId: m.plan_id })),
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      number: d.number,
      text: d.text,
      agendaItemId: d.agenda_item_id,
      actionItems: actionItems.filter((a) => a.decision.id === d.id),
    })),
    abilities: meetingAbilities(actor),
  };
}
