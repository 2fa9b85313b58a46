import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, forbidden, notFound } from '../http/problem.js';
import { actionItemAbilities } from '../policies/meetings.js';
import type { Actor } from '../policies/policy.js';
import type { ActionItemEdit, ActionItemInput, Agenda, DecisionInput, MeetingDetails, Participants, ProgressInput } from './meeting-input.js';
import {
  activeOrganisationIds,
  agendaItemIds,
  existingMeasureIds,
  findActionItem,
  findDecision,
  insertActionItem,
  insertDecision,
  insertMeeting,
  lockMeeting,
  nextRevision,
  replaceParticipants,
  saveAgenda,
  updateActionItem,
} from './meetings.repository.js';

/** Thrown when a meeting changed since the writer read it; the route answers with the stored version. */
export class MeetingConflict extends AppError {
  constructor(readonly meetingId: string) {
    super('MEETING_CONFLICT');
  }
}

/** Thrown when an action item changed since the writer read it. */
export class ActionItemConflict extends AppError {
  constructor(readonly actionItemId: string) {
    super('ACTION_ITEM_CONFLICT');
  }
}

async function lockedMeeting(tx: Tx, actor: Actor, id: string) {
  const meeting = await lockMeeting(tx, actor, id);
  if (!meeting) throw notFound();
  return meeting;
}

async function requireActiveOrganisations(tx: Tx, ids: (string | null)[], path: (index: number) => string) {
  const known = await activeOrganisationIds(tx, ids.filter((id): id is string => id !== null));
  const unknown = ids.flatMap((id, i) => (id !== null && !known.has(id) ? [{ path: path(i), key: 'organisation.unknown' as const }] : []));
  if (unknown.length) throw new AppError('VALIDATION_FAILED', unknown);
}

export async function createMeeting(tx: Tx, meta: RequestMeta, actor: Actor, details: MeetingDetails): Promise<string> {
  const id = await insertMeeting(tx, details, actor.userId);
  await recordAudit(tx, meta, { action: 'meeting.create', resource: 'meeting', recordId: id, details: { kind: details.kind, heldOn: details.heldOn } });
  return id;
}

async function advance(tx: Tx, actor: Actor, id: string, revision: number, changes: Parameters<typeof nextRevision>[4] = {}) {
  await lockedMeeting(tx, actor, id);
  if (!(await nextRevision(tx, id, revision, actor.userId, changes))) throw new MeetingConflict(id);
}

export async function saveDetails(tx: Tx, meta: RequestMeta, actor: Actor, id: string, revision: number, details: MeetingDetails) {
  await advance(tx, actor, id, revision, { details });
  await recordAudit(tx, meta, { action: 'meeting.update', resource: 'meeting', recordId: id, details: { revision: revision + 1 } });
}

export async function saveParticipants(tx: Tx, meta: RequestMeta, actor: Actor, id: string, revision: number, participants: Participants) {
  await requireActiveOrganisations(tx, participants.bodies.map((b) => b.organisationId), (i) => `bodies.${i}.organisationId`);
  await requireActiveOrganisations(tx, participants.persons.map((p) => p.organisationId), (i) => `persons.${i}.organisationId`);
  await advance(tx, actor, id, revision);
  await replaceParticipants(tx, id, participants);
  await recordAudit(tx, meta, {
    action: 'meeting.participants',
    resource: 'meeting',
    recordId: id,
    details: { revision: revision + 1, bodies: participants.bodies.length, present: participants.bodies.filter((b) => b.present).length, persons: participants.persons.length },
  });
}

export async function saveMeetingAgenda(tx: Tx, meta: RequestMeta, actor: Actor, id: string, revision: number, items: Agenda) {
  await advance(tx, actor, id, revision);
  const existing = await agendaItemIds(tx, id);
  if (items.some((item) => item.id && !existing.has(item.id))) throw new AppError('MEETING_AGENDA_ITEM_UNKNOWN');
  const measureIds = [...new Set(items.flatMap((item) => item.measureIds))];
  const known = await existingMeasureIds(tx, measureIds);
  if (measureIds.some((m) => !known.has(m))) throw new AppError('MEETING_MEASURE_UNKNOWN');
  await saveAgenda(tx, id, items);
  await recordAudit(tx, meta, { action: 'meeting.agenda', resource: 'meeting', recordId: id, details: { revision: revision + 1, items: items.length, measures: measureIds.length } });
}

export async function saveMinutes(tx: Tx, meta: RequestMeta, actor: Actor, id: string, revision: number, minutes: string) {
  await advance(tx, actor, id, revision, { minutes });
  await recordAudit(tx, meta, { action: 'meeting.minutes', resource: 'meeting', recordId: id, details: { revision: revision + 1 } });
}

export async function deleteMeeting(tx: Tx, meta: RequestMeta, actor: Actor, id: string) {
  await lockedMeeting(tx, actor, id);
  await tx.deleteFrom('meetings').where('id', '=', id).execute();
  await recordAudit(tx, meta, { action: 'meeting.delete', resource: 'meeting', recordId: id });
}

async function requireAgendaItem(tx: Tx, meetingId: string, agendaItemId: string | null) {
  if (agendaItemId && !(await agendaItemIds(tx, meetingId)).has(agendaItemId)) throw new AppError('MEETING_AGENDA_ITEM_UNKNOWN');
}

/** Records a decision under the next number of its meeting (the meeting is locked while it is numbered). */
export async function recordDecision(tx: Tx, meta: RequestMeta, actor: Actor, meetingId: string, input: DecisionInput) {
  await lockedMeeting(tx, actor, meetingId);
  await requireAgendaItem(tx, meetingId, input.agendaItemId);
  const decision = await insertDecision(tx, meetingId, input, actor.userId);
  await recordAudit(tx, meta, { action: 'meeting_decision.create', resource: 'meeting_decision', recordId: decision.id, details: { meetingId, number: decision.number } });
  return decision.id;
}

async function visibleDecision(tx: Tx, actor: Actor, id: string) {
  const decision = await findDecision(tx, actor, id);
  if (!decision) throw notFound();
  return decision;
}

export async function correctDecision(tx: Tx, meta: RequestMeta, actor: Actor, id: string, input: DecisionInput) {
  const decision = await visibleDecision(tx, actor, id);
  await requireAgendaItem(tx, decision.meeting_id, input.agendaItemId);
  await tx.updateTable('meeting_decisions').set({ text: input.text, agenda_item_id: input.agendaItemId, updated_at: new Date() }).where('id', '=', id).execute();
  await recordAudit(tx, meta, { action: 'meeting_decision.update', resource: 'meeting_decision', recordId: id, details: { meetingId: decision.meeting_id, number: decision.number } });
  return decision.meeting_id;
}

export async function deleteDecision(tx: Tx, meta: RequestMeta, actor: Actor, id: string) {
  const decision = await visibleDecision(tx, actor, id);
  await tx.deleteFrom('meeting_decisions').where('id', '=', id).execute();
  await recordAudit(tx, meta, { action: 'meeting_decision.delete', resource: 'meeting_decision', recordId: id, details: { meetingId: decision.meeting_id, number: decision.number } });
  return decision.meeting_id;
}

export async function createActionItem(tx: Tx, meta: RequestMeta, actor: Actor, decisionId: string, input: ActionItemInput) {
  const decision = await visibleDecision(tx, actor, decisionId);
  await requireActiveOrganisations(tx, [input.organisationId], () => 'organisationId');
  const id = await insertActionItem(tx, decisionId, input, actor.userId);
  await recordAudit(tx, meta, {
    action: 'action_item.create',
    resource: 'action_item',
    recordId: id,
    details: { meetingId: decision.meeting_id, decisionId, organisationId: input.organisationId, dueOn: input.dueOn },
  });
  return id;
}

async function visibleActionItem(tx: Tx, actor: Actor, id: string, today: string) {
  const item = await findActionItem(tx, actor, id, today);
  if (!item) throw notFound();
  return item;
}

/** The responsible body (or the office) moves its action item on: status and a short note. */
export async function reportProgress(tx: Tx, meta: RequestMeta, actor: Actor, id: string, input: ProgressInput, today: string) {
  const item = await visibleActionItem(tx, actor, id, today);
  if (!actionItemAbilities(actor, { organisation_id: item.item_organisation_id }).reportProgress) throw forbidden();
  if (!(await updateActionItem(tx, id, input.revision, { status: input.status, note: input.note }, actor.userId))) throw new ActionItemConflict(id);
  await recordAudit(tx, meta, { action: 'action_item.progress', resource: 'action_item', recordId: id, details: { status: input.status, from: item.status, revision: input.revision + 1 } });
}

/** The office corrects an action item: body, task, due date, status and note. */
export async function editActionItem(tx: Tx, meta: RequestMeta, actor: Actor, id: string, input: ActionItemEdit, today: string) {
  const item = await visibleActionItem(tx, actor, id, today);
  await requireActiveOrganisations(tx, [input.organisationId], () => 'organisationId');
  if (!(await updateActionItem(tx, id, input.revision, input, actor.userId))) throw new ActionItemConflict(id);
  await recordAudit(tx, meta, {
    action: 'action_item.update',
    resource: 'action_item',
    recordId: id,
    details: { status: input.status, from: item.status, organisationId: input.organisationId, dueOn: input.dueOn, revision: input.revision + 1 },
  });
}

export async function deleteActionItem(tx: Tx, meta: RequestMeta, actor: Actor, id: string, today: string) {
  const item = await visibleActionItem(tx, actor, id, today);
  await tx.deleteFrom('meeting_action_items').where('id', '=', id).execute();
  await recordAudit(tx, meta, { action: 'action_item.delete', resource: 'action_item', recordId: id, details: { meetingId: item.meeting_id, decisionId: item.decision_id } });
}
