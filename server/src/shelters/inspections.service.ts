import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { InspectionResultRecord } from '../db/schema-shelters.js';
import type { RequestMeta } from '../http/context.js';
import type { FieldMessageKey } from '../http/field-messages.js';
import { AppError, forbidden, notFound } from '../http/problem.js';
import { hasPermission } from '../../../common/src/roles.js';
import type { Actor } from '../policies/policy.js';
import { mayFollowUp, mayInspect, seesInspections } from '../policies/shelters.js';
import type { ActionUpdateInput, InspectionInput, checklistItemInput } from './shelter-input.js';
import type { z } from 'zod';
import { relationOfShelter } from './shelters.presenter.js';
import { visibleShelter } from './shelters.service.js';

type FieldError = { path: string; key: FieldMessageKey };

/** The minimum-standards checklist; the Coordinator's office also sees the items it retired. */
export async function checklist(tx: Tx, meta: RequestMeta, actor: Actor) {
  let query = tx.selectFrom('shelter_checklist_items').selectAll().orderBy('position').orderBy('created_at');
  if (!hasPermission(actor.role, 'shelters.manage')) query = query.where('active', '=', true);
  const rows = await query.execute();
  await recordAudit(tx, meta, { action: 'shelter_checklist.view', resource: 'shelter_checklist', details: { items: rows.length } });
  return rows.map((r) => ({ id: r.id, position: r.position, text: { az: r.text_az, ru: r.text_ru, en: r.text_en }, active: r.active }));
}

export async function addChecklistItem(tx: Tx, meta: RequestMeta, input: z.output<typeof checklistItemInput>) {
  const last = await tx.selectFrom('shelter_checklist_items').select(sql<number>`coalesce(max(position), 0)::int`.as('n')).executeTakeFirstOrThrow();
  const row = await tx.insertInto('shelter_checklist_items').values({
    position: input.position ?? last.n + 1, text_az: input.textAz, text_ru: input.textRu, text_en: input.textEn, active: input.active,
  }).returning('id').executeTakeFirstOrThrow();
  await recordAudit(tx, meta, { action: 'shelter_checklist.add', resource: 'shelter_checklist', recordId: row.id });
  return row.id;
}

export async function updateChecklistItem(tx: Tx, meta: RequestMeta, id: string, input: z.output<typeof checklistItemInput>) {
  const result = await tx.updateTable('shelter_checklist_items').set({
    text_az: input.textAz, text_ru: input.textRu, text_en: input.textEn, active: input.active, ...(input.position ? { position: input.position } : {}),
  }).where('id', '=', id).executeTakeFirst();
  if (!result || result.numUpdatedRows === 0n) throw notFound();
  await recordAudit(tx, meta, { action: 'shelter_checklist.update', resource: 'shelter_checklist', recordId: id, details: { active: input.active } });
}

/** A shelter's inspections, newest first, each with its results and follow-up actions. */
export async function shelterInspections(tx: Tx, meta: RequestMeta, actor: Actor, shelterId: string) {
  const shelter = await visibleShelter(tx, actor, shelterId);
  const relation = relationOfShelter(shelter);
  if (!seesInspections(actor, relation)) throw forbidden();
  const inspections = await tx.selectFrom('shelter_inspections')
    .innerJoin('organisations', 'organisations.id', 'shelter_inspections.inspector_org_id')
    .innerJoin('users', 'users.id', 'shelter_inspections.created_by')
    .select(['shelter_inspections.id', 'shelter_inspections.inspected_on', 'shelter_inspections.results', 'shelter_inspections.findings', 'shelter_inspections.inspector_org_id',
      'shelter_inspections.created_at', 'organisations.short_name as inspector_short_name', 'organisations.name_az as inspector_name_az', 'users.full_name as inspector_name'])
    .where('shelter_id', '=', shelterId).orderBy('inspected_on', 'desc').orderBy('shelter_inspections.created_at', 'desc').execute();
  const actions = inspections.length
    ? await tx.selectFrom('shelter_inspection_actions').leftJoin('users', 'users.id', 'shelter_inspection_actions.updated_by')
        .select(['shelter_inspection_actions.id', 'shelter_inspection_actions.inspection_id', 'shelter_inspection_actions.text', 'shelter_inspection_actions.due_on',
          'shelter_inspection_actions.status', 'shelter_inspection_actions.done_on', 'shelter_inspection_actions.note', 'shelter_inspection_actions.revision',
          'shelter_inspection_actions.updated_at', 'users.full_name as updated_by'])
        .where('inspection_id', 'in', inspections.map((i) => i.id)).orderBy('due_on').orderBy('shelter_inspection_actions.id').execute()
    : [];
  await recordAudit(tx, meta, { action: 'shelter.inspections_view', resource: 'shelter', recordId: shelterId, details: { inspections: inspections.length } });
  return {
    items: inspections.map((i) => ({
      id: i.id,
      inspectedOn: i.inspected_on,
      inspector: { id: i.inspector_org_id, shortName: i.inspector_short_name, nameAz: i.inspector_name_az, person: i.inspector_name },
      results: i.results,
      findings: i.findings,
      actions: actions.filter((a) => a.inspection_id === i.id).map((a) => ({
        id: a.id, text: a.text, dueOn: a.due_on, status: a.status, doneOn: a.done_on, note: a.note, revision: a.revision,
        updatedAt: new Date(a.updated_at).toISOString(), updatedBy: a.updated_by,
        abilities: { update: mayFollowUp(actor, relation, i.inspector_org_id) },
      })),
    })),
    abilities: { inspect: mayInspect(actor, relation) },
  };
}

/** Records an inspection against the checklist as it stands; the items' texts are kept with the results. */
export async function recordInspection(tx: Tx, meta: RequestMeta, actor: Actor, shelterId: string, input: InspectionInput, today = bakuToday()) {
  const shelter = await visibleShelter(tx, actor, shelterId);
  if (!mayInspect(actor, relationOfShelter(shelter))) throw forbidden();
  const errors: FieldError[] = [];
  if (input.inspectedOn > today) errors.push({ path: 'inspectedOn', key: 'date.in_future' });
  const items = new Map((await tx.selectFrom('shelter_checklist_items').selectAll().execute()).map((item) => [item.id, item]));
  const results: InspectionResultRecord[] = [];
  input.results.forEach((result, index) => {
    const item = items.get(result.itemId);
    if (!item) return errors.push({ path: `results.${index}.itemId`, key: 'inspection.unknown_item' });
    results.push({ itemId: item.id, text: { az: item.text_az, ru: item.text_ru, en: item.text_en }, result: result.result, comment: result.comment });
  });
  input.actions.forEach((action, index) => {
    if (action.dueOn && action.dueOn < input.inspectedOn) errors.push({ path: `actions.${index}.dueOn`, key: 'date.before_start' });
  });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const inspection = await tx.insertInto('shelter_inspections').values({
    shelter_id: shelterId, inspector_org_id: actor.organisationId, inspected_on: input.inspectedOn, results: JSON.stringify(results), findings: input.findings, created_by: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  for (const action of input.actions) {
    await tx.insertInto('shelter_inspection_actions').values({ inspection_id: inspection.id, shelter_id: shelterId, text: action.text, due_on: action.dueOn, updated_by: actor.userId }).execute();
  }
  const notMet = results.filter((r) => r.result === 'not_met').length;
  await recordAudit(tx, meta, { action: 'shelter.inspect', resource: 'shelter', recordId: shelterId, details: { inspectionId: inspection.id, items: results.length, notMet, actions: input.actions.length } });
  return inspection.id;
}

/** Moves a follow-up action on, to done with the day it was done. */
export async function updateInspectionAction(tx: Tx, meta: RequestMeta, actor: Actor, actionId: string, input: ActionUpdateInput, today = bakuToday()) {
  const action = await tx.selectFrom('shelter_inspection_actions').innerJoin('shelter_inspections', 'shelter_inspections.id', 'shelter_inspection_actions.inspection_id')
    .select(['shelter_inspection_actions.id', 'shelter_inspection_actions.shelter_id', 'shelter_inspections.inspector_org_id', 'shelter_inspections.inspected_on'])
    .where('shelter_inspection_actions.id', '=', actionId).executeTakeFirst();
  if (!action) throw notFound();
  const shelter = await visibleShelter(tx, actor, action.shelter_id);
  const relation = relationOfShelter(shelter);
  if (!seesInspections(actor, relation)) throw notFound();
  if (!mayFollowUp(actor, relation, action.inspector_org_id)) throw forbidden();
  const doneOn = input.status === 'done' ? (input.doneOn ?? today) : null;
  const errors: FieldError[] = [];
  if (doneOn && doneOn > today) errors.push({ path: 'doneOn', key: 'date.in_future' });
  else if (doneOn && doneOn < action.inspected_on) errors.push({ path: 'doneOn', key: 'date.before_start' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const result = await tx.updateTable('shelter_inspection_actions').set({
    status: input.status, done_on: doneOn, note: input.note, revision: sql`revision + 1`, updated_by: actor.userId, updated_at: sql`now()`,
  }).where('id', '=', actionId).where('revision', '=', input.revision).executeTakeFirst();
  if (!result || result.numUpdatedRows === 0n) throw new AppError('SHELTER_CONFLICT');
  await recordAudit(tx, meta, { action: 'shelter.follow_up', resource: 'shelter', recordId: action.shelter_id, details: { actionId, status: input.status } });
}
