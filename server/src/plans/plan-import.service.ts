import { createHash } from 'node:crypto';
import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import { parsePlanDocument } from './import/parse.js';
import { PlanReadError, type ParsedPlan } from './import/parsed-plan.js';
import { computePlanChanges, textKey, type PlanChanges } from './plan-merge.js';
import {
  appendParticipants,
  completePlanHeader,
  findPlanIdByTitleKey,
  findPlanSnapshot,
  insertChapters,
  insertMeasure,
  insertPlan,
  insertRevision,
  insertSections,
  insertWordingVariant,
  loadPlanDictionary,
  renumber,
  sectionIdsByCode,
  setMeasurePeriod,
  setMeasureText,
} from './plan-store.repository.js';
import { findImport, insertImport, markImport } from './plan-imports.repository.js';

export interface ImportFile {
  bytes: Uint8Array;
  fileName: string;
  mediaType: string | null;
}

/** Where the document goes: a chosen plan, or (undefined) the plan with the same title, if any. */
export type ImportTarget = string | undefined;
export type WordingChoices = Record<string, 'keep' | 'take'>;

export interface ImportAnalysis {
  parsed: ParsedPlan;
  changes: PlanChanges;
  target: { id: string; title: string } | null;
}

async function readDocument(tx: Tx, file: ImportFile): Promise<ParsedPlan> {
  try {
    return await parsePlanDocument({ bytes: file.bytes, fileName: file.fileName, mediaType: file.mediaType ?? undefined }, await loadPlanDictionary(tx));
  } catch (error) {
    if (error instanceof PlanReadError) throw new AppError(error.code);
    throw error;
  }
}

async function resolveTarget(tx: Tx, parsed: ParsedPlan, target: ImportTarget) {
  const planId = target ?? (await findPlanIdByTitleKey(tx, textKey(parsed.plan.title)));
  if (!planId) return null;
  const snapshot = await findPlanSnapshot(tx, planId);
  if (!snapshot) throw notFound();
  const { title } = await tx.selectFrom('plans').select('title').where('id', '=', planId).executeTakeFirstOrThrow();
  return { snapshot, title };
}

/** Reads a document and works out what importing it would change; writes nothing. */
export async function analyseImport(tx: Tx, file: ImportFile, target: ImportTarget): Promise<ImportAnalysis> {
  const parsed = await readDocument(tx, file);
  const resolved = await resolveTarget(tx, parsed, target);
  return {
    parsed,
    changes: computePlanChanges(parsed, resolved?.snapshot ?? null),
    target: resolved ? { id: resolved.snapshot.id, title: resolved.title } : null,
  };
}

export function summariseChanges(changes: PlanChanges) {
  return {
    newPlan: changes.planId === null,
    addSections: changes.addSections.map((s) => s.code),
    addMeasures: changes.addMeasures.map((m) => m.measure.code),
    completeMeasures: changes.completeMeasures.map((m) => ({ code: m.code, participants: m.participants.map((p) => ({ role: p.role, name: p.name })), period: m.period?.text ?? null })),
    wordingDifferences: changes.wordingDifferences.map(({ code, current, proposed }) => ({ code, current, proposed })),
    addNotes: changes.addNotes.length,
    addChapters: changes.addChapters,
    unchangedMeasures: changes.unchangedMeasures,
  };
}

/** Stores the uploaded document with its analysis, for a person to look at before confirming. */
export async function previewImport(tx: Tx, meta: RequestMeta, file: ImportFile, target: ImportTarget) {
  const analysis = await analyseImport(tx, file, target);
  const importId = await insertImport(tx, {
    fileName: file.fileName,
    mediaType: file.mediaType,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    content: Buffer.from(file.bytes),
    format: analysis.parsed.source.format,
    layout: analysis.parsed.source.layout,
    planId: analysis.target?.id ?? null,
    summary: summariseChanges(analysis.changes),
    warnings: analysis.parsed.warnings,
    createdBy: meta.actor?.userId ?? null,
  });
  await recordAudit(tx, meta, { action: 'plan.import_preview', resource: 'plan_import', recordId: importId, details: { fileName: file.fileName, measures: analysis.parsed.measures.length } });
  return { importId, ...analysis };
}

async function applyChanges(tx: Tx, userId: string | null, importId: string | null, parsed: ParsedPlan, changes: PlanChanges, wording: WordingChoices) {
  const planId = changes.planId ?? (await insertPlan(tx, parsed.plan, textKey(parsed.plan.title)));
  await completePlanHeader(tx, planId, parsed.plan, { act: changes.setAct, period: changes.setPeriod }, changes.planId ? changes.addNotes : parsed.notes);
  if (changes.addChapters) await insertChapters(tx, planId, parsed.chapters);
  await insertSections(tx, planId, changes.addSections);
  const sections = await sectionIdsByCode(tx, planId);
  for (const { measure, participants } of changes.addMeasures) {
    const measureId = await insertMeasure(tx, planId, sections.get(measure.section)!, measure);
    await appendParticipants(tx, measureId, participants);
  }
  for (const completion of changes.completeMeasures) {
    await appendParticipants(tx, completion.measureId, completion.participants);
    if (completion.period) await setMeasurePeriod(tx, completion.measureId, completion.period);
    await insertRevision(tx, completion.measureId, userId, 'import', {}, {
      participants: completion.participants.map((p) => ({ role: p.role, name: p.name })),
      ...(completion.period ? { period: completion.period.text } : {}),
    });
  }
  for (const difference of changes.wordingDifferences) {
    const choice = wording[difference.code];
    if (choice === 'take') {
      await setMeasureText(tx, difference.measureId, difference.proposed);
      await insertRevision(tx, difference.measureId, userId, 'wording_choice', { text: difference.current }, { text: difference.proposed });
    }
    const status = choice === 'take' ? 'taken' : choice === 'keep' ? 'kept' : 'open';
    await insertWordingVariant(tx, difference.measureId, importId, difference.proposed, status, choice ? userId : null);
  }
  await renumber(tx, planId);
  return planId;
}

/**
 * Applies a previewed import: the document is read again against today's dictionary and plan,
 * so a name mapped or a measure corrected since the preview is taken into account.
 */
export async function confirmImport(tx: Tx, meta: RequestMeta, importId: string, target: ImportTarget, wording: WordingChoices) {
  const stored = await findImport(tx, importId);
  if (!stored || !stored.content) throw notFound();
  if (stored.status !== 'previewed') throw new AppError('IMPORT_ALREADY_APPLIED');
  const file = { bytes: stored.content, fileName: stored.file_name, mediaType: stored.media_type };
  const { parsed, changes } = await analyseImport(tx, file, target ?? stored.plan_id ?? undefined);
  const planId = await applyChanges(tx, meta.actor?.userId ?? null, importId, parsed, changes, wording);
  const summary = summariseChanges(changes);
  await markImport(tx, importId, 'applied', planId, summary);
  await recordAudit(tx, meta, {
    action: 'plan.import',
    resource: 'plan',
    recordId: planId,
    details: { importId, newPlan: summary.newPlan, addedMeasures: summary.addMeasures.length, completedMeasures: summary.completeMeasures.length, wordingDifferences: summary.wordingDifferences.length },
  });
  return { planId, summary };
}

/** Reads and applies in one step (command line, first start): wording differences stay open for a person. */
export async function importDocument(tx: Tx, meta: RequestMeta, file: ImportFile, target: ImportTarget) {
  const preview = await previewImport(tx, meta, file, target);
  return { ...(await confirmImport(tx, meta, preview.importId, target, {})), parsed: preview.parsed };
}

export async function discardImport(tx: Tx, meta: RequestMeta, importId: string) {
  const stored = await findImport(tx, importId);
  if (!stored) throw notFound();
  if (stored.status !== 'previewed') throw new AppError('IMPORT_ALREADY_APPLIED');
  await markImport(tx, importId, 'discarded', stored.plan_id, null);
  await recordAudit(tx, meta, { action: 'plan.import_discard', resource: 'plan_import', recordId: importId });
}
