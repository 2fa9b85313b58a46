import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, forbidden, notFound } from '../http/problem.js';
import { coordinatorOffice, eventAbilities } from '../policies/events.js';
import type { Actor } from '../policies/policy.js';
import { baseKind, groupOf, type EvaluationInput, type EventInput, type EventKind } from './event-content.js';
import { linkedMeasuresOf } from './event-links.repository.js';
import { realDay } from './event-sync.js';
import { existingMeasures, existingOrganisations, findEvent, setEventMeasures, type EventRow } from './events.repository.js';

async function eventOrNotFound(tx: Tx, id: string): Promise<EventRow> {
  const row = await findEvent(tx, id);
  if (!row) throw notFound();
  return row;
}

/** Dates that exist in the calendar; a register event needs its first day. */
function checkDates(input: EventInput, required: boolean) {
  const errors: { path: string; key: 'date.invalid' }[] = [];
  const year = Number(input.dateFrom?.slice(0, 4));
  if ((required && !input.dateFrom) || (input.dateFrom && (!realDay(input.dateFrom) || year < 1990 || year > 2100))) errors.push({ path: 'dateFrom', key: 'date.invalid' });
  if (input.dateTo && !realDay(input.dateTo)) errors.push({ path: 'dateTo', key: 'date.invalid' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
}

/** Measures and bodies named must exist. */
async function checkReferences(tx: Tx, input: EventInput, organiserId: string) {
  const organisations = [organiserId, ...input.participantGroups.flatMap((g) => (g.organisationId ? [g.organisationId] : []))];
  const [measures, bodies] = await Promise.all([existingMeasures(tx, input.measureIds), existingOrganisations(tx, organisations)]);
  if (input.measureIds.some((id) => !measures.has(id)) || organisations.some((id) => !bodies.has(id))) throw new AppError('EVENT_REFERENCE_UNKNOWN');
}

/** What the register adds to an event, whatever its origin. Tests only for trainings; reach only for awareness. */
function details(input: EventInput) {
  const group = groupOf(input.kind);
  return {
    audiences: [...new Set(input.audiences)],
    participant_groups: JSON.stringify(input.participantGroups.filter((g) => g.organisationId || g.name)),
    materials: JSON.stringify(input.materials),
    languages: [...new Set(input.languages.map((l) => l.toLowerCase()))],
    reach: input.reach,
    assessment: JSON.stringify(group === 'training' ? input.assessment : null),
    notes: input.notes,
  };
}

function facts(input: EventInput) {
  return {
    kind: input.kind,
    title: input.title,
    date_from: input.dateFrom,
    date_to: input.dateTo,
    year: Number(input.dateFrom!.slice(0, 4)),
    place: input.place || null,
    participants: input.participants,
    women: input.women,
    men: input.men,
    partners: input.partners,
  };
}

export async function createEvent(tx: Tx, meta: RequestMeta, actor: Actor, input: EventInput): Promise<string> {
  const organiserId = input.organiserId ?? actor.organisationId;
  if (organiserId !== actor.organisationId && !coordinatorOffice(actor)) throw forbidden();
  checkDates(input, true);
  await checkReferences(tx, input, organiserId);
  const row = await tx
    .insertInto('events')
    .values({ organiser_id: organiserId, origin: 'register', ...facts(input), ...details(input), created_by: actor.userId, updated_by: actor.userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setEventMeasures(tx, row.id, input.measureIds);
  await recordAudit(tx, meta, { action: 'event.create', resource: 'event', recordId: row.id, details: { organiserId, kind: input.kind } });
  return row.id;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether the input keeps the facts of a reported event as its report entry gave them (a finer kind is allowed). */
function keepsReportedFacts(row: EventRow, input: EventInput): boolean {
  return (
    baseKind(input.kind) === baseKind(row.kind as EventKind) &&
    input.title === row.title &&
    input.dateFrom === row.date_from &&
    input.dateTo === row.date_to &&
    (input.place || null) === row.place &&
    input.participants === row.participants &&
    input.women === row.women &&
    input.men === row.men &&
    sameList(input.partners, row.partners)
  );
}

export async function updateEvent(tx: Tx, meta: RequestMeta, actor: Actor, id: string, revision: number, input: EventInput) {
  const row = await eventOrNotFound(tx, id);
  const abilities = eventAbilities(actor, row);
  if (!abilities.edit) throw forbidden();
  if (input.organiserId && input.organiserId !== row.organiser_id) {
    if (!coordinatorOffice(actor) || !abilities.editFacts) throw forbidden();
  }
  const organiserId = input.organiserId ?? row.organiser_id;
  let changes;
  if (abilities.editFacts) {
    checkDates(input, true);
    changes = { organiser_id: organiserId, ...facts(input), ...details(input) };
  } else {
    if (!keepsReportedFacts(row, input)) throw new AppError('EVENT_FROM_REPORT');
    changes = { kind: input.kind, ...details(input) };
  }
  await checkReferences(tx, input, organiserId);
  const result = await tx
    .updateTable('events')
    .set((eb) => ({ ...changes, revision: eb('revision', '+', 1), updated_by: actor.userId, updated_at: new Date() }))
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  if (!Number(result.numUpdatedRows)) throw new AppError('EVENT_CONFLICT');
  // A reported event always keeps the measure of its entry.
  const entryMeasure = row.entry_id
    ? (await tx.selectFrom('report_entries').select('measure_id').where('id', '=', row.entry_id).executeTakeFirst())?.measure_id
    : undefined;
  // ...and the measures of the entries that report it by a link (decision 021).
  const linkedMeasures = await linkedMeasuresOf(tx, id);
  await setEventMeasures(tx, id, [...(entryMeasure ? [entryMeasure] : []), ...linkedMeasures, ...input.measureIds]);
  await recordAudit(tx, meta, { action: 'event.update', resource: 'event', recordId: id, details: { revision: revision + 1 } });
}

export async function deleteEvent(tx: Tx, meta: RequestMeta, actor: Actor, id: string) {
  const row = await eventOrNotFound(tx, id);
  const abilities = eventAbilities(actor, row);
  if (!abilities.edit) throw forbidden();
  if (!abilities.delete) throw new AppError('EVENT_FROM_REPORT');
  await tx.deleteFrom('events').where('id', '=', id).execute();
  await recordAudit(tx, meta, { action: 'event.delete', resource: 'event', recordId: id, details: { organiserId: row.organiser_id } });
}

export async function addEvaluation(tx: Tx, meta: RequestMeta, actor: Actor, eventId: string, input: EvaluationInput) {
  const row = await eventOrNotFound(tx, eventId);
  const abilities = eventAbilities(actor, row);
  if (!abilities.evaluate || (input.respondent === 'organiser' && !abilities.evaluateAsOrganiser)) throw forbidden();
  const created = await tx
    .insertInto('event_evaluations')
    .values({ event_id: eventId, ...input, recorded_by: actor.userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(tx, meta, { action: 'event.evaluate', resource: 'event', recordId: eventId, details: { evaluationId: created.id, respondent: input.respondent } });
}

export async function deleteEvaluation(tx: Tx, meta: RequestMeta, actor: Actor, eventId: string, evaluationId: string) {
  const row = await eventOrNotFound(tx, eventId);
  if (!eventAbilities(actor, row).edit) throw forbidden();
  const result = await tx.deleteFrom('event_evaluations').where('id', '=', evaluationId).where('event_id', '=', eventId).executeTakeFirst();
  if (!Number(result.numDeletedRows)) throw notFound();
  await recordAudit(tx, meta, { action: 'event.evaluation_delete', resource: 'event', recordId: eventId, details: { evaluationId } });
}
