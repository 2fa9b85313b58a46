import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { DIRECTION_STEPS, OPEN_REPATRIATION, STEP_FIELDS, stepDoneProblem, type RepatriationDirection, type StepKind } from '../../../common/src/repatriation.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import { requirePart, visibleCase } from '../cases/cases.service.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import type { FieldMessageKey } from '../http/field-messages.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { repatriationAbilities } from '../policies/repatriation.js';
import type { CancelInput, RepatriationInput, StepInput } from './repatriation-input.js';

export interface RepatriationServices {
  vault: IdentityVault;
  today?: string;
}

type FieldError = { path: string; key: FieldMessageKey };

/** What sealed values are bound to (the key rotation re-seals them under the same names). */
export const repatriationContext = {
  document: (stepId: string) => `repatriation-document:${stepId}`,
  note: (stepId: string) => `repatriation-note:${stepId}`,
  cancel: (id: string) => `repatriation-cancel:${id}`,
};

/** A visible case whose 'safety' part the caller sees (and so keeps). */
async function repatriationCase(tx: Tx, actor: Actor, caseId: string) {
  const visible = await visibleCase(tx, actor, caseId);
  requirePart(visible.parts, 'safety');
  return visible;
}

function fail(errors: FieldError[]) {
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
}

/** The case's repatriations with their steps, newest first. Reading is audited. */
export async function repatriationsOf(tx: Tx, services: RepatriationServices, meta: RequestMeta, actor: Actor, caseId: string) {
  const { row, parts } = await repatriationCase(tx, actor, caseId);
  const vault = services.vault;
  const [repatriations, steps] = await Promise.all([
    tx.selectFrom('case_repatriations').selectAll().where('case_id', '=', caseId).orderBy('opened_on', 'desc').orderBy('created_at', 'desc').execute(),
    tx.selectFrom('case_repatriation_steps').selectAll().where('case_id', '=', caseId).orderBy('position').execute(),
  ]);
  await recordAudit(tx, meta, { action: 'repatriation.view', resource: 'case', recordId: row.id, details: { repatriations: repatriations.length } });
  return {
    repatriations: repatriations.map((r) => ({
      id: r.id, direction: r.direction, country: r.country, status: r.status, openedOn: r.opened_on, completedOn: r.completed_on,
      cancelledOn: r.cancelled_on, cancelReason: r.cancel_reason_sealed ? vault.open(r.cancel_reason_sealed, repatriationContext.cancel(r.id)) : null,
      revision: r.revision,
      steps: steps.filter((s) => s.repatriation_id === r.id).map((s) => ({
        id: s.id, kind: s.kind, position: s.position, status: s.status, plannedOn: s.planned_on, doneOn: s.done_on, bodyName: s.body_name,
        document: s.document_sealed ? vault.open(s.document_sealed, repatriationContext.document(s.id)) : null,
        means: s.means, escorted: s.escorted, note: s.note_sealed ? vault.open(s.note_sealed, repatriationContext.note(s.id)) : null, revision: s.revision,
      })),
    })),
    abilities: repatriationAbilities(parts),
  };
}

/** Opens a repatriation with every step of its direction planned; one open at a time per case. */
export async function openRepatriation(tx: Tx, services: RepatriationServices, meta: RequestMeta, actor: Actor, caseId: string, input: RepatriationInput) {
  const today = services.today ?? bakuToday();
  const { row } = await repatriationCase(tx, actor, caseId);
  const errors: FieldError[] = [];
  if (input.openedOn > today) errors.push({ path: 'openedOn', key: 'date.in_future' });
  if (input.openedOn < row.first_contact_on) errors.push({ path: 'openedOn', key: 'date.before_first_contact' });
  fail(errors);
  const id = randomUUID();
  // The partial unique index keeps a second open one out even when two are opened at once.
  const created = await tx.insertInto('case_repatriations').values({
    id, case_id: caseId, direction: input.direction, country: input.country, opened_on: input.openedOn, created_by: actor.userId, updated_by: actor.userId,
  }).onConflict((oc) => oc.column('case_id').where('status', 'in', [...OPEN_REPATRIATION]).doNothing()).returning('id').executeTakeFirst();
  if (!created) throw new AppError('REPATRIATION_OPEN');
  await tx.insertInto('case_repatriation_steps').values(
    DIRECTION_STEPS[input.direction].map((kind, position) => ({ id: randomUUID(), repatriation_id: id, case_id: caseId, kind, position })),
  ).execute();
  await recordAudit(tx, meta, { action: 'repatriation.open', resource: 'case', recordId: caseId, details: { repatriationId: id, direction: input.direction, country: input.country } });
  return id;
}

async function openRepatriationFor(tx: Tx, repatriationId: string) {
  const found = await tx.selectFrom('case_repatriations').select(['id', 'case_id', 'direction', 'status', 'opened_on', 'revision'])
    .where('id', '=', repatriationId).forUpdate().executeTakeFirst();
  if (!found) throw notFound();
  return found;
}

/** Plans a step or records it done; the last step done completes the repatriation. */
export async function updateStep(tx: Tx, services: RepatriationServices, meta: RequestMeta, actor: Actor, stepId: string, input: StepInput) {
  const today = services.today ?? bakuToday();
  const step = await tx.selectFrom('case_repatriation_steps').select(['id', 'case_id', 'repatriation_id', 'kind']).where('id', '=', stepId).executeTakeFirst();
  if (!step) throw notFound();
  await repatriationCase(tx, actor, step.case_id);
  // Locked, so that two steps recorded at once are checked against each other.
  const repatriation = await openRepatriationFor(tx, step.repatriation_id);
  if (!OPEN_REPATRIATION.includes(repatriation.status as never)) throw new AppError('REPATRIATION_CLOSED');
  const kind = step.kind as StepKind;
  const steps = await tx.selectFrom('case_repatriation_steps').select(['kind', 'position', 'done_on']).where('repatriation_id', '=', repatriation.id).execute();
  const states = steps.map((s) => ({ kind: s.kind as StepKind, position: s.position, doneOn: s.done_on }));
  const errors: FieldError[] = [];
  if (input.plannedOn && input.plannedOn < repatriation.opened_on) errors.push({ path: 'plannedOn', key: 'date.before_start' });
  if (input.doneOn) {
    const problem = stepDoneProblem(states, kind, input.doneOn, repatriation.opened_on, today);
    if (problem) errors.push({ path: 'doneOn', key: problem });
  }
  fail(errors);
  // Fields a step of this kind does not record are not kept.
  const fields = STEP_FIELDS[kind];
  const vault = services.vault;
  const document = fields.includes('document') ? input.document : null;
  const note = input.note;
  const result = await tx.updateTable('case_repatriation_steps').set({
    status: input.doneOn ? 'done' : 'planned', planned_on: input.plannedOn, done_on: input.doneOn,
    body_name: fields.includes('bodyName') ? input.bodyName : null,
    document_sealed: document ? vault.seal(document, repatriationContext.document(stepId)) : null,
    means: fields.includes('means') ? input.means : null,
    escorted: fields.includes('escorted') ? input.escorted : null,
    note_sealed: note ? vault.seal(note, repatriationContext.note(stepId)) : null,
    revision: sql`revision + 1`, updated_by: actor.userId, updated_at: sql`now()`,
  }).where('id', '=', stepId).where('revision', '=', input.revision).executeTakeFirst();
  if (!result || result.numUpdatedRows === 0n) throw new AppError('CARE_CONFLICT');

  const after = states.map((s) => (s.kind === kind ? { ...s, doneOn: input.doneOn } : s));
  const last = DIRECTION_STEPS[repatriation.direction as RepatriationDirection].at(-1);
  const lastDone = after.find((s) => s.kind === last)?.doneOn ?? null;
  const status = lastDone ? 'completed' : after.some((s) => s.doneOn) ? 'in_progress' : 'planned';
  if (status !== repatriation.status) {
    await tx.updateTable('case_repatriations').set({ status, completed_on: lastDone, revision: sql`revision + 1`, updated_by: actor.userId, updated_at: sql`now()` })
      .where('id', '=', repatriation.id).execute();
  }
  await recordAudit(tx, meta, { action: 'repatriation.step', resource: 'case', recordId: step.case_id, details: { repatriationId: repatriation.id, stepId, kind, done: input.doneOn !== null, status } });
  return { status };
}

/** Cancels an open repatriation, with the reason (sealed). */
export async function cancelRepatriation(tx: Tx, services: RepatriationServices, meta: RequestMeta, actor: Actor, repatriationId: string, input: CancelInput) {
  const today = services.today ?? bakuToday();
  const found = await tx.selectFrom('case_repatriations').select('case_id').where('id', '=', repatriationId).executeTakeFirst();
  if (!found) throw notFound();
  await repatriationCase(tx, actor, found.case_id);
  const repatriation = await openRepatriationFor(tx, repatriationId);
  if (!OPEN_REPATRIATION.includes(repatriation.status as never)) throw new AppError('REPATRIATION_CLOSED');
  const errors: FieldError[] = [];
  if (input.cancelledOn > today) errors.push({ path: 'cancelledOn', key: 'date.in_future' });
  if (input.cancelledOn < repatriation.opened_on) errors.push({ path: 'cancelledOn', key: 'date.before_start' });
  fail(errors);
  const result = await tx.updateTable('case_repatriations').set({
    status: 'cancelled', cancelled_on: input.cancelledOn, cancel_reason_sealed: services.vault.seal(input.reason, repatriationContext.cancel(repatriationId)),
    revision: sql`revision + 1`, updated_by: actor.userId, updated_at: sql`now()`,
  }).where('id', '=', repatriationId).where('revision', '=', input.revision).executeTakeFirst();
  if (!result || result.numUpdatedRows === 0n) throw new AppError('CARE_CONFLICT');
  await recordAudit(tx, meta, { action: 'repatriation.cancel', resource: 'case', recordId: found.case_id, details: { repatriationId } });
}
