import { recordAudit } from '../../audit/audit.repository.js';
import type { Tx } from '../../db/database.js';
import type { RequestMeta } from '../../http/context.js';
import { AppError, notFound } from '../../http/problem.js';
import type { Actor } from '../../policies/policy.js';
import { executorsCell, loadPlanForExport } from '../../plans/export/export.repository.js';
import { listRecommendations } from '../recommendations.repository.js';
import {
  currentPlan,
  deleteDraft,
  deleteItem,
  draftItems,
  draftSections,
  findDraft,
  insertDraft,
  insertItem,
  insertSection,
  measureEntryStates,
  planMeasures,
  renameSection,
  setItemPosition,
  touchDraft,
  updateDraft,
  updateItem,
  type ItemFields,
} from './drafts.repository.js';
import type { DraftForExport } from './draft-docx.js';
import { measureProgress, type EntryState } from './unfinished.js';

/** How the plans write "on a regular basis". */
const ONGOING = 'mütəmadi';
/** The section that receives the recommendations taken into the draft. */
const RECOMMENDATIONS_SECTION = 'Tövsiyələrdən irəli gələn tədbirlər';

const years = (from: number | null, to: number | null) => (from && to ? (from === to ? `${from}` : `${from}–${to}`) : from ? `${from}` : to ? `${to}` : '');

/** The section code after the last one: 4.9 → 4.10; none → 1. */
export function nextSectionCode(codes: readonly string[]): string {
  const last = codes.at(-1);
  if (!last) return '1';
  const parts = last.split('.');
  const tail = Number(parts.at(-1));
  return Number.isFinite(tail) ? [...parts.slice(0, -1), String(tail + 1)].join('.') : `${last}.1`;
}

async function existingDraft(tx: Tx, id: string) {
  const draft = await findDraft(tx, id);
  if (!draft) throw notFound();
  return draft;
}

/** Unfinished measures of a plan (the current one unless named), and the recommendations not yet dealt with. */
export async function draftCandidates(tx: Tx, planId?: string) {
  const plan = planId ? await tx.selectFrom('plans').select(['id', 'title']).where('id', '=', planId).executeTakeFirst() : await currentPlan(tx);
  if (planId && !plan) throw notFound();
  const plans = await tx.selectFrom('plans').select(['id', 'title']).orderBy('title').execute();
  let measures: {
    id: string;
    code: string;
    text: string;
    section: string;
    periodText: string;
    reasons: ('ongoing' | 'not_done' | 'not_reported')[];
    lastPeriod: { id: string; year: number; half: number | null } | null;
    statuses: EntryState['status'][];
  }[] = [];
  if (plan) {
    const [exported, rows, entries] = await Promise.all([loadPlanForExport(tx, plan.id), planMeasures(tx, plan.id), measureEntryStates(tx, plan.id)]);
    const progress = measureProgress(
      rows.map((m) => ({ id: m.id, periodKind: m.period_kind })),
      entries.map((e) => ({ measureId: e.measure_id, periodId: e.period_id, endsOn: e.ends_on, year: e.year, half: e.half, status: e.status })),
    );
    const idByCode = new Map(rows.map((m) => [m.code, m.id]));
    measures = (exported?.sections ?? []).flatMap((section) =>
      section.measures.flatMap((m) => {
        const id = idByCode.get(m.code);
        const state = id ? progress.get(id) : undefined;
        if (!id || !state?.unfinished) return [];
        return [{ id, code: m.code, text: m.text, section: section.code, periodText: m.periodText, reasons: state.reasons, lastPeriod: state.lastPeriod, statuses: state.statuses }];
      }),
    );
  }
  const recommendations = (await listRecommendations(tx)).filter((r) => r.status !== 'implemented' && r.status !== 'not_accepted');
  return {
    plan: plan ?? null,
    plans,
    measures,
    recommendations: recommendations.map((r) => ({
      id: r.id,
      code: r.code,
      source: r.source,
      theme: r.theme,
      text: r.text,
      priority: r.priority,
      status: r.status,
      votes: { survey: r.survey_votes, seminar: r.seminar_votes, unplaced: r.unplaced_votes },
    })),
  };
}

export interface DraftInput {
  title: string;
  planId: string | null;
  periodFrom: number | null;
  periodTo: number | null;
  measureIds: string[];
  recommendationIds: string[];
}

/**
 * A new draft: the plan's sections, each with the chosen measures of it (text, executing bodies,
 * and "mütəmadi" kept; other periods become the new plan's years), then a section with the chosen
 * recommendations as measures to be worded.
 */
export async function buildDraft(tx: Tx, meta: RequestMeta, actor: Actor, input: DraftInput) {
  const plan = input.planId ? await loadPlanForExport(tx, input.planId) : null;
  if (input.planId && !plan) throw new AppError('INDICATOR_LINK_UNKNOWN');
  const measureRows = input.planId ? await planMeasures(tx, input.planId) : [];
  const chosenMeasures = new Set(input.measureIds);
  const codeOf = new Map(measureRows.map((m) => [m.id, m.code]));
  if ([...chosenMeasures].some((id) => !codeOf.has(id))) throw new AppError('INDICATOR_LINK_UNKNOWN');
  const chosenCodes = new Set([...chosenMeasures].map((id) => codeOf.get(id)!));
  const idOfCode = new Map(measureRows.map((m) => [m.code, m.id]));
  const recommendationIds = [...new Set(input.recommendationIds)];
  const recommendations = recommendationIds.length ? await listRecommendations(tx, { ids: recommendationIds }) : [];
  if (recommendations.length !== recommendationIds.length) throw new AppError('INDICATOR_LINK_UNKNOWN');
  const order = new Map(recommendationIds.map((id, i) => [id, i]));
  recommendations.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  const period = years(input.periodFrom, input.periodTo);
  const title = input.title || `Milli Fəaliyyət Planının layihəsi${period ? ` (${period})` : ''}`;
  const draftId = await insertDraft(tx, { title, planId: input.planId, periodFrom: input.periodFrom, periodTo: input.periodTo }, actor.userId);
  let position = 0;
  for (const section of plan?.sections ?? []) {
    const sectionId = await insertSection(tx, draftId, section.code, section.title, ++position);
    for (const measure of section.measures.filter((m) => chosenCodes.has(m.code))) {
      await insertItem(tx, draftId, sectionId, {
        text: measure.text,
        executors: executorsCell(measure.participants),
        periodText: measure.periodText === ONGOING ? ONGOING : period,
        origin: 'measure',
        measureId: idOfCode.get(measure.code) ?? null,
      });
    }
  }
  if (recommendations.length || !plan) {
    const sectionId = await insertSection(tx, draftId, nextSectionCode((plan?.sections ?? []).map((s) => s.code)), RECOMMENDATIONS_SECTION, ++position);
    for (const recommendation of recommendations) {
      await insertItem(tx, draftId, sectionId, { text: recommendation.text, executors: '', periodText: period, origin: 'recommendation', recommendationId: recommendation.id });
    }
  }
  await recordAudit(tx, meta, {
    action: 'draft_plan.create',
    resource: 'draft_plan',
    recordId: draftId,
    details: { planId: input.planId, measures: chosenCodes.size, recommendations: recommendations.length },
  });
  return draftId;
}

/** The draft with its sections and items, each item numbered in its section as the plan will number it. */
export async function draftDetail(tx: Tx, id: string) {
  const draft = await existingDraft(tx, id);
  const [sections, items] = await Promise.all([draftSections(tx, id), draftItems(tx, id)]);
  return {
    id: draft.id,
    title: draft.title,
    periodFrom: draft.period_from,
    periodTo: draft.period_to,
    basedOn: draft.based_on_plan_id ? { id: draft.based_on_plan_id, title: draft.plan_title ?? '' } : null,
    revision: draft.revision,
    updatedAt: draft.updated_at.toISOString(),
    sections: sections.map((section) => ({
      id: section.id,
      code: section.code,
      title: section.title,
      items: items
        .filter((item) => item.section_id === section.id)
        .map((item, i) => ({
          id: item.id,
          code: `${section.code}.${i + 1}`,
          text: item.text,
          executors: item.executors,
          periodText: item.period_text,
          origin: item.origin,
          measure: item.measure_id && item.measure_code ? { id: item.measure_id, code: item.measure_code } : null,
          recommendation: item.recommendation_id ? { id: item.recommendation_id, code: item.recommendation_code, source: item.recommendation_source ?? '' } : null,
        })),
    })),
  };
}

export async function draftForExport(tx: Tx, id: string): Promise<DraftForExport> {
  const detail = await draftDetail(tx, id);
  return { title: detail.title, periodFrom: detail.periodFrom, periodTo: detail.periodTo, sections: detail.sections };
}

export async function changeDraft(
  tx: Tx,
  meta: RequestMeta,
  id: string,
  input: { title: string; periodFrom: number | null; periodTo: number | null; sections: { id: string; code: string; title: string }[] },
) {
  await existingDraft(tx, id);
  const known = new Set((await draftSections(tx, id)).map((s) => s.id));
  if (input.sections.some((s) => !known.has(s.id))) throw notFound();
  await updateDraft(tx, id, input);
  for (const section of input.sections) await renameSection(tx, id, section.id, { code: section.code, title: section.title });
  await touchDraft(tx, id);
  await recordAudit(tx, meta, { action: 'draft_plan.update', resource: 'draft_plan', recordId: id, details: { sections: input.sections.length } });
}

async function sectionOf(tx: Tx, draftId: string, sectionId: string) {
  const section = (await draftSections(tx, draftId)).find((s) => s.id === sectionId);
  if (!section) throw new AppError('INDICATOR_LINK_UNKNOWN');
  return section;
}

async function itemOf(tx: Tx, draftId: string, itemId: string) {
  const item = (await draftItems(tx, draftId)).find((i) => i.id === itemId);
  if (!item) throw notFound();
  return item;
}

export async function addDraftItem(tx: Tx, meta: RequestMeta, draftId: string, input: ItemFields & { sectionId: string }) {
  await existingDraft(tx, draftId);
  await sectionOf(tx, draftId, input.sectionId);
  const itemId = await insertItem(tx, draftId, input.sectionId, { ...input, origin: 'manual' });
  await touchDraft(tx, draftId);
  await recordAudit(tx, meta, { action: 'draft_plan.item_add', resource: 'draft_plan', recordId: draftId, details: { itemId } });
  return itemId;
}

export async function changeDraftItem(tx: Tx, meta: RequestMeta, draftId: string, itemId: string, input: ItemFields & { sectionId: string }) {
  await existingDraft(tx, draftId);
  const item = await itemOf(tx, draftId, itemId);
  await sectionOf(tx, draftId, input.sectionId);
  // Moved to another section: it goes to that section's end.
  let position: number | undefined;
  if (item.section_id !== input.sectionId) {
    const last = (await draftItems(tx, draftId)).filter((i) => i.section_id === input.sectionId).reduce((max, i) => Math.max(max, i.position), 0);
    position = last + 1;
  }
  await updateItem(tx, itemId, input.sectionId, input, position);
  await touchDraft(tx, draftId);
  await recordAudit(tx, meta, { action: 'draft_plan.item_update', resource: 'draft_plan', recordId: draftId, details: { itemId } });
}

/** One place up or down in its section (the positions are renumbered 1…n). */
export async function moveDraftItem(tx: Tx, meta: RequestMeta, draftId: string, itemId: string, direction: 'up' | 'down') {
  await existingDraft(tx, draftId);
  const item = await itemOf(tx, draftId, itemId);
  const siblings = (await draftItems(tx, draftId)).filter((i) => i.section_id === item.section_id);
  const from = siblings.findIndex((i) => i.id === itemId);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= siblings.length) return;
  const reordered = [...siblings];
  [reordered[from], reordered[to]] = [reordered[to]!, reordered[from]!];
  for (const [i, sibling] of reordered.entries()) if (sibling.position !== i + 1) await setItemPosition(tx, sibling.id, i + 1);
  await touchDraft(tx, draftId);
  await recordAudit(tx, meta, { action: 'draft_plan.item_move', resource: 'draft_plan', recordId: draftId, details: { itemId, direction } });
}

export async function removeDraftItem(tx: Tx, meta: RequestMeta, draftId: string, itemId: string) {
  await existingDraft(tx, draftId);
  await itemOf(tx, draftId, itemId);
  await deleteItem(tx, itemId);
  await touchDraft(tx, draftId);
  await recordAudit(tx, meta, { action: 'draft_plan.item_delete', resource: 'draft_plan', recordId: draftId, details: { itemId } });
}

export async function removeDraft(tx: Tx, meta: RequestMeta, id: string) {
  const draft = await existingDraft(tx, id);
  await deleteDraft(tx, id);
  await recordAudit(tx, meta, { action: 'draft_plan.delete', resource: 'draft_plan', recordId: id, details: { title: draft.title } });
}
