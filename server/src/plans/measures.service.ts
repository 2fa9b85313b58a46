import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { textKey } from './plan-merge.js';
import { findMeasureRow, participantsOf } from './plans.repository.js';
import { periodOf } from './plans.presenter.js';
import { setMeasureText, insertRevision } from './plan-store.repository.js';
import { deleteLink, findVariant, insertLink, replaceParticipants, resolveVariant, saveNameMapping, updateMeasureFields } from './measure-detail.repository.js';

export interface MeasureCorrection {
  text: string;
  period: { kind: 'range' | 'year' | 'month' | 'ongoing'; from: string | null; to: string | null; text: string } | null;
  participants: { role: 'executor' | 'involved' | 'generic' | 'recommended'; name: string; organisationId: string | null }[];
  reason: string;
}

async function existingMeasure(tx: Tx, id: string) {
  const row = await findMeasureRow(tx, id);
  if (!row) throw notFound();
  return row;
}

/** A correction by the secretariat: what was and what is, kept as the measure's history. */
export async function correctMeasure(tx: Tx, meta: RequestMeta, actor: Actor, id: string, correction: MeasureCorrection) {
  const before = await existingMeasure(tx, id);
  const participantsBefore = (await participantsOf(tx, [id])).map((p) => ({ role: p.role, name: p.name, organisationId: p.organisation_id }));
  const organisationIds = [...new Set(correction.participants.map((p) => p.organisationId).filter((v): v is string => Boolean(v)))];
  if (organisationIds.length) {
    const found = await tx.selectFrom('organisations').select('id').where('id', 'in', organisationIds).execute();
    if (found.length !== organisationIds.length) throw new AppError('VALIDATION_FAILED', [{ path: 'participants', key: 'organisation.unknown' }]);
  }
  await updateMeasureFields(tx, id, correction);
  await replaceParticipants(
    tx,
    id,
    correction.participants.map((p) => ({ ...p, nameKey: textKey(p.name), genericKey: null })),
  );
  const compared: Record<string, [unknown, unknown]> = {
    text: [before.text, correction.text],
    period: [periodOf(before), correction.period],
    participants: [participantsBefore, correction.participants],
  };
  const changed = Object.entries(compared).filter(([, [was, is]]) => JSON.stringify(was) !== JSON.stringify(is));
  const changedBefore = Object.fromEntries(changed.map(([field, [was]]) => [field, was]));
  const changedAfter = Object.fromEntries(changed.map(([field, [, is]]) => [field, is]));
  await insertRevision(tx, id, actor.userId, 'edit', changedBefore, changedAfter, correction.reason);
  await recordAudit(tx, meta, { action: 'measure.update', resource: 'measure', recordId: id, details: { changed: Object.keys(changedAfter) } });
}

export async function chooseWording(tx: Tx, meta: RequestMeta, actor: Actor, measureId: string, variantId: string, choice: 'keep' | 'take') {
  const measure = await existingMeasure(tx, measureId);
  const variant = await findVariant(tx, measureId, variantId);
  if (!variant) throw notFound();
  if (variant.status !== 'open') throw new AppError('CONFLICT');
  if (choice === 'take') {
    await setMeasureText(tx, measureId, variant.proposed_text);
    await insertRevision(tx, measureId, actor.userId, 'wording_choice', { text: measure.text }, { text: variant.proposed_text });
  }
  await resolveVariant(tx, variantId, choice === 'take' ? 'taken' : 'kept', actor.userId);
  await recordAudit(tx, meta, { action: 'measure.wording_choice', resource: 'measure', recordId: measureId, details: { variantId, choice } });
}

export async function linkContinuation(tx: Tx, meta: RequestMeta, actor: Actor, measureId: string, continuesId: string) {
  const [measure, earlier] = [await existingMeasure(tx, measureId), await findMeasureRow(tx, continuesId)];
  if (!earlier || earlier.plan_id === measure.plan_id) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'measureId', key: 'measure.link_other_plan' }]);
  }
  await insertLink(tx, measureId, continuesId, actor.userId);
  await recordAudit(tx, meta, { action: 'measure.link', resource: 'measure', recordId: measureId, details: { continues: continuesId } });
}

export async function unlinkContinuation(tx: Tx, meta: RequestMeta, measureId: string, continuesId: string) {
  if (!(await deleteLink(tx, measureId, continuesId))) throw notFound();
  await recordAudit(tx, meta, { action: 'measure.unlink', resource: 'measure', recordId: measureId, details: { continues: continuesId } });
}

export async function mapName(tx: Tx, meta: RequestMeta, actor: Actor, name: string, organisationId: string) {
  const organisation = await tx.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst();
  if (!organisation) throw new AppError('VALIDATION_FAILED', [{ path: 'organisationId', key: 'organisation.unknown' }]);
  const updated = await saveNameMapping(tx, textKey(name), name.trim(), organisationId, actor.userId);
  await recordAudit(tx, meta, { action: 'organisation.name_mapping', resource: 'organisation', recordId: organisationId, details: { name: name.trim(), updated } });
  return updated;
}
