import { sql, type ExpressionBuilder } from 'kysely';
import type { Tx } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { containing } from '../db/like.js';
import type { Actor } from '../policies/policy.js';
import { visibleActionItems, visibleMeetings } from '../policies/meetings.js';
import type { ActionItemStatus, MeetingKind } from '../db/schema-meetings.js';
import { PENDING_STATUSES, type MeetingDetails, type Participants } from './meeting-input.js';

const startsAt = sql<string | null>`to_char(meetings.starts_at, 'HH24:MI')`;
const byName = (column: string) => sql`az_sort_key(${sql.ref(column)}) collate "C"`;

/** Meetings filtered by the one row rule: every meeting query starts here. */
export function visibleMeetingRows(tx: Tx, actor: Actor) {
  return tx.selectFrom('meetings').where(visibleMeetings(actor));
}

const count = (eb: ExpressionBuilder<DB, 'meetings'>, table: 'meeting_bodies' | 'meeting_decisions', present = false) => {
  let query = eb.selectFrom(table).whereRef(`${table}.meeting_id`, '=', 'meetings.id');
  if (present) query = query.where(sql<boolean>`present`);
  return query.select(sql<number>`count(*)::int`.as('n'));
};

function meetingRows(tx: Tx, actor: Actor) {
  return visibleMeetingRows(tx, actor).select((eb) => [
    'meetings.id',
    'meetings.kind',
    'meetings.title',
    'meetings.held_on',
    startsAt.as('starts_at'),
    'meetings.place',
    'meetings.online_url',
    'meetings.revision',
    'meetings.updated_at',
    count(eb, 'meeting_bodies').as('body_count'),
    count(eb, 'meeting_bodies', true).as('present_count'),
    count(eb, 'meeting_decisions').as('decision_count'),
    eb
      .selectFrom('meeting_bodies')
      .whereRef('meeting_bodies.meeting_id', '=', 'meetings.id')
      .where('meeting_bodies.organisation_id', '=', actor.organisationId)
      .select('meeting_bodies.standing')
      .as('own_standing'),
  ]);
}

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export interface MeetingFilter {
  kind?: MeetingKind;
  year?: number;
  /** Words that must all occur in the title, ignoring case and diacritics. */
  q?: string;
  /** Meetings this body was invited to. */
  organisationId?: string;
  page: number;
  pageSize: number;
}

export async function listMeetings(tx: Tx, actor: Actor, filter: MeetingFilter) {
  let query = meetingRows(tx, actor);
  if (filter.kind) query = query.where('meetings.kind', '=', filter.kind);
  if (filter.year !== undefined) query = query.where(sql<boolean>`extract(year from meetings.held_on) = ${filter.year}`);
  for (const word of filter.q?.split(/\s+/).filter(Boolean) ?? []) {
    query = query.where(sql<boolean>`az_fold(meetings.title) like az_fold(${containing(word)})`);
  }
  if (filter.organisationId) {
    const organisationId = filter.organisationId;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('meeting_bodies').select('meeting_bodies.meeting_id').whereRef('meeting_bodies.meeting_id', '=', 'meetings.id').where('meeting_bodies.organisation_id', '=', organisationId)),
    );
  }
  const [rows, total] = await Promise.all([
    query
      .orderBy('meetings.held_on', 'desc')
      .orderBy('meetings.starts_at', (ob) => ob.desc().nullsLast())
      .orderBy(byName('meetings.title'))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

export function findMeeting(tx: Tx, actor: Actor, id: string) {
  return meetingRows(tx, actor).select('meetings.minutes').where('meetings.id', '=', id).executeTakeFirst();
}

/** The visible meeting's row, locked until the transaction ends: writes on one meeting run one at a time. */
export function lockMeeting(tx: Tx, actor: Actor, id: string) {
  return visibleMeetingRows(tx, actor).select(['meetings.id', 'meetings.revision']).where('meetings.id', '=', id).forUpdate().executeTakeFirst();
}

const organisationColumns = ['organisations.id as organisation_id', 'organisations.short_name', 'organisations.name_az', 'organisations.name_ru', 'organisations.name_en'] as const;

export function bodiesOf(tx: Tx, meetingId: string) {
  return tx
    .selectFrom('meeting_bodies')
    .innerJoin('organisations', 'organisations.id', 'meeting_bodies.organisation_id')
    .select([...organisationColumns, 'organisations.kind', 'meeting_bodies.standing', 'meeting_bodies.present'])
    .where('meeting_bodies.meeting_id', '=', meetingId)
    .orderBy(sql`case meeting_bodies.standing when 'member' then 0 else 1 end`)
    .orderBy(byName('organisations.name_az'))
    .execute();
}

export function personsOf(tx: Tx, meetingId: string) {
  return tx
    .selectFrom('meeting_persons')
    .leftJoin('organisations', 'organisations.id', 'meeting_persons.organisation_id')
    .select(['meeting_persons.name', 'meeting_persons.present', ...organisationColumns])
    .where('meeting_persons.meeting_id', '=', meetingId)
    .orderBy('meeting_persons.position')
    .execute();
}

export async function agendaOf(tx: Tx, meetingId: string) {
  const [items, measures] = await Promise.all([
    tx.selectFrom('meeting_agenda_items').select(['id', 'position', 'title']).where('meeting_id', '=', meetingId).orderBy('position').execute(),
    tx
      .selectFrom('meeting_agenda_measures')
      .innerJoin('meeting_agenda_items', 'meeting_agenda_items.id', 'meeting_agenda_measures.agenda_item_id')
      .innerJoin('measures', 'measures.id', 'meeting_agenda_measures.measure_id')
      .select(['meeting_agenda_measures.agenda_item_id', 'measures.id', 'measures.code', 'measures.text', 'measures.plan_id'])
      .where('meeting_agenda_items.meeting_id', '=', meetingId)
      .orderBy('measures.plan_id')
      .orderBy('measures.position')
      .execute(),
  ]);
  return items.map((item) => ({ ...item, measures: measures.filter((m) => m.agenda_item_id === item.id) }));
}

export function decisionsOf(tx: Tx, meetingId: string) {
  return tx.selectFrom('meeting_decisions').select(['id', 'number', 'text', 'agenda_item_id']).where('meeting_id', '=', meetingId).orderBy('number').execute();
}

export async function insertMeeting(tx: Tx, details: MeetingDetails, userId: string): Promise<string> {
  const row = await tx
    .insertInto('meetings')
    .values({ ...detailColumns(details), created_by: userId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function detailColumns(details: MeetingDetails) {
  return { kind: details.kind, title: details.title, held_on: details.heldOn, starts_at: details.startsAt, place: details.place, online_url: details.onlineUrl };
}

/**
 * Moves the meeting to its next revision, only from the revision the writer saw; returns whether
 * it did. Every change of a meeting's own content (details, participants, agenda, minutes) goes
 * through here, so no change overwrites another unseen.
 */
export async function nextRevision(tx: Tx, id: string, revision: number, userId: string, changes: { details?: MeetingDetails; minutes?: string } = {}): Promise<boolean> {
  const result = await tx
    .updateTable('meetings')
    .set((eb) => ({
      ...(changes.details ? detailColumns(changes.details) : {}),
      ...(changes.minutes !== undefined ? { minutes: changes.minutes } : {}),
      revision: eb('revision', '+', 1),
      updated_by: userId,
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceParticipants(tx: Tx, meetingId: string, participants: Participants) {
  await tx.deleteFrom('meeting_bodies').where('meeting_id', '=', meetingId).execute();
  await tx.deleteFrom('meeting_persons').where('meeting_id', '=', meetingId).execute();
  if (participants.bodies.length) {
    await tx
      .insertInto('meeting_bodies')
      .values(participants.bodies.map((b) => ({ meeting_id: meetingId, organisation_id: b.organisationId, standing: b.standing, present: b.present })))
      .execute();
  }
  if (participants.persons.length) {
    await tx
      .insertInto('meeting_persons')
      .values(participants.persons.map((p, i) => ({ meeting_id: meetingId, position: i + 1, name: p.name, organisation_id: p.organisationId, present: p.present })))
      .execute();
  }
}

/** Agenda items as given, in order: kept ones keep their ids, missing ones go (their decisions stay, unlinked). */
export async function saveAgenda(tx: Tx, meetingId: string, items: { id?: string | undefined; title: string; measureIds: string[] }[]) {
  const kept = items.flatMap((item) => (item.id ? [item.id] : []));
  let removed = tx.deleteFrom('meeting_agenda_items').where('meeting_id', '=', meetingId);
  if (kept.length) removed = removed.where('id', 'not in', kept);
  await removed.execute();
  const ids: string[] = [];
  for (const [index, item] of items.entries()) {
    const position = index + 1;
    if (item.id) {
      await tx.updateTable('meeting_agenda_items').set({ position, title: item.title }).where('id', '=', item.id).where('meeting_id', '=', meetingId).execute();
      ids.push(item.id);
    } else {
      const row = await tx.insertInto('meeting_agenda_items').values({ meeting_id: meetingId, position, title: item.title }).returning('id').executeTakeFirstOrThrow();
      ids.push(row.id);
    }
  }
  if (ids.length) await tx.deleteFrom('meeting_agenda_measures').where('agenda_item_id', 'in', ids).execute();
  const links = items.flatMap((item, i) => [...new Set(item.measureIds)].map((measureId) => ({ agenda_item_id: ids[i]!, measure_id: measureId })));
  if (links.length) await tx.insertInto('meeting_agenda_measures').values(links).execute();
}

export async function agendaItemIds(tx: Tx, meetingId: string): Promise<Set<string>> {
  const rows = await tx.selectFrom('meeting_agenda_items').select('id').where('meeting_id', '=', meetingId).execute();
  return new Set(rows.map((r) => r.id));
}

export async function existingMeasureIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await tx.selectFrom('measures').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function activeOrganisationIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await tx.selectFrom('organisations').select('id').where('id', 'in', ids).where('active', '=', true).execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertDecision(tx: Tx, meetingId: string, values: { text: string; agendaItemId: string | null }, userId: string) {
  const next = await tx.selectFrom('meeting_decisions').select(sql<number>`coalesce(max(number), 0)::int + 1`.as('n')).where('meeting_id', '=', meetingId).executeTakeFirstOrThrow();
  const row = await tx
    .insertInto('meeting_decisions')
    .values({ meeting_id: meetingId, number: next.n, text: values.text, agenda_item_id: values.agendaItemId, created_by: userId })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  return row;
}

/** A decision of a meeting the actor sees. */
export function findDecision(tx: Tx, actor: Actor, id: string) {
  return tx
    .selectFrom('meeting_decisions')
    .innerJoin('meetings', 'meetings.id', 'meeting_decisions.meeting_id')
    .where(visibleMeetings(actor))
    .select(['meeting_decisions.id', 'meeting_decisions.meeting_id', 'meeting_decisions.number'])
    .where('meeting_decisions.id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Action items

export interface ActionItemFilter {
  organisationId?: string;
  status?: ActionItemStatus;
  /** Past the due date and not done or cancelled, as of `today`. */
  overdue?: boolean;
  measureId?: string;
  meetingId?: string;
  today: string;
  page: number;
  pageSize: number;
}

/** Action items filtered by their one row rule, with their decision, meeting and body. */
export function actionItemRows(tx: Tx, actor: Actor, today: string) {
  return tx
    .selectFrom('meeting_action_items')
    .innerJoin('meeting_decisions', 'meeting_decisions.id', 'meeting_action_items.decision_id')
    .innerJoin('meetings', 'meetings.id', 'meeting_decisions.meeting_id')
    .innerJoin('organisations', 'organisations.id', 'meeting_action_items.organisation_id')
    .where(visibleActionItems(actor))
    .select((eb) => [
      'meeting_action_items.id',
      'meeting_action_items.organisation_id as item_organisation_id',
      'meeting_action_items.task',
      'meeting_action_items.due_on',
      'meeting_action_items.status',
      'meeting_action_items.note',
      'meeting_action_items.revision',
      'meeting_action_items.closed_at',
      'meeting_action_items.updated_at',
      'meeting_decisions.id as decision_id',
      'meeting_decisions.number as decision_number',
      'meeting_decisions.text as decision_text',
      'meeting_decisions.agenda_item_id',
      'meetings.id as meeting_id',
      'meetings.kind as meeting_kind',
      'meetings.title as meeting_title',
      'meetings.held_on as meeting_held_on',
      ...organisationColumns,
      sql<boolean>`${visibleMeetings(actor)(eb as unknown as ExpressionBuilder<DB, 'meetings'>)}`.as('meeting_visible'),
      sql<boolean>`meeting_action_items.status in ('open', 'in_progress') and meeting_action_items.due_on < ${today}`.as('overdue'),
    ]);
}

export type ActionItemRow = NonNullable<Awaited<ReturnType<typeof findActionItem>>>;

function filtered(tx: Tx, actor: Actor, filter: Omit<ActionItemFilter, 'page' | 'pageSize'>) {
  let query = actionItemRows(tx, actor, filter.today);
  if (filter.organisationId) query = query.where('meeting_action_items.organisation_id', '=', filter.organisationId);
  if (filter.status) query = query.where('meeting_action_items.status', '=', filter.status);
  if (filter.meetingId) query = query.where('meetings.id', '=', filter.meetingId);
  if (filter.overdue) query = query.where('meeting_action_items.status', 'in', [...PENDING_STATUSES]).where('meeting_action_items.due_on', '<', filter.today);
  if (filter.measureId) {
    const measureId = filter.measureId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('meeting_agenda_measures')
          .select('meeting_agenda_measures.measure_id')
          .whereRef('meeting_agenda_measures.agenda_item_id', '=', 'meeting_decisions.agenda_item_id')
          .where('meeting_agenda_measures.measure_id', '=', measureId),
      ),
    );
  }
  return query;
}

/** Soonest due first; then by body in Azerbaijani order, then by meeting and decision. */
export async function listActionItems(tx: Tx, actor: Actor, filter: ActionItemFilter) {
  const query = filtered(tx, actor, filter);
  const [rows, total] = await Promise.all([
    query
      .orderBy(sql`case when meeting_action_items.status in ('open', 'in_progress') then 0 else 1 end`)
      .orderBy('meeting_action_items.due_on')
      .orderBy(byName('organisations.name_az'))
      .orderBy('meetings.held_on', 'desc')
      .orderBy('meeting_decisions.number')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** Overdue action items per responsible body, most first. */
export function overdueByOrganisation(tx: Tx, actor: Actor, today: string) {
  return filtered(tx, actor, { overdue: true, today })
    .clearSelect()
    .select([...organisationColumns, sql<number>`count(*)::int`.as('n'), sql<string>`min(meeting_action_items.due_on)::text`.as('oldest_due_on')])
    .groupBy(['organisations.id', 'organisations.short_name', 'organisations.name_az', 'organisations.name_ru', 'organisations.name_en'])
    .orderBy(sql`count(*) desc`)
    .orderBy(byName('organisations.name_az'))
    .execute();
}

export function findActionItem(tx: Tx, actor: Actor, id: string, today: string) {
  return actionItemRows(tx, actor, today).where('meeting_action_items.id', '=', id).executeTakeFirst();
}

/** Action items of one meeting's decisions, as far as the actor may see them. */
export function actionItemsOfMeeting(tx: Tx, actor: Actor, meetingId: string, today: string) {
  return actionItemRows(tx, actor, today)
    .where('meetings.id', '=', meetingId)
    .orderBy('meeting_decisions.number')
    .orderBy(byName('organisations.name_az'))
    .orderBy('meeting_action_items.due_on')
    .execute();
}

/** The measures each action item serves, through its decision's agenda item. */
export async function measuresOfAgendaItems(tx: Tx, agendaItemIds: string[]) {
  const map = new Map<string, { id: string; code: string }[]>();
  if (!agendaItemIds.length) return map;
  const rows = await tx
    .selectFrom('meeting_agenda_measures')
    .innerJoin('measures', 'measures.id', 'meeting_agenda_measures.measure_id')
    .select(['meeting_agenda_measures.agenda_item_id', 'measures.id', 'measures.code'])
    .where('meeting_agenda_measures.agenda_item_id', 'in', [...new Set(agendaItemIds)])
    .orderBy('measures.position')
    .execute();
  for (const row of rows) map.set(row.agenda_item_id, [...(map.get(row.agenda_item_id) ?? []), { id: row.id, code: row.code }]);
  return map;
}

export async function insertActionItem(tx: Tx, decisionId: string, values: { organisationId: string; task: string; dueOn: string }, userId: string) {
  const row = await tx
    .insertInto('meeting_action_items')
    .values({ decision_id: decisionId, organisation_id: values.organisationId, task: values.task, due_on: values.dueOn, created_by: userId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves over the revision the writer saw; returns whether it did. Done and cancelled items record when they closed. */
export async function updateActionItem(
  tx: Tx,
  id: string,
  revision: number,
  values: { status: ActionItemStatus; note: string; organisationId?: string; task?: string; dueOn?: string },
  userId: string,
): Promise<boolean> {
  const closing = values.status === 'done' || values.status === 'cancelled';
  const result = await tx
    .updateTable('meeting_action_items')
    .set((eb) => ({
      status: values.status,
      note: values.note,
      ...(values.organisationId ? { organisation_id: values.organisationId } : {}),
      ...(values.task !== undefined ? { task: values.task } : {}),
      ...(values.dueOn ? { due_on: values.dueOn } : {}),
      closed_at: closing ? eb.fn.coalesce('closed_at', sql<Date>`now()`) : null,
      revision: eb('revision', '+', 1),
      updated_by: userId,
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
