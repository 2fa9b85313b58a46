import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import type { ParsedChapter, ParsedMeasure, ParsedPeriod, ParsedPlan, PlanDictionary } from './import/parsed-plan.js';
import type { ParticipantDraft, PlanSnapshot } from './plan-merge.js';
import { GENERIC_EXECUTORS } from '../organisations/seed-data.js';
import { compareCodes } from '../../../common/src/plan-format.js';

/** The organisations, generic entries and remembered name mappings the parser matches against. */
export async function loadPlanDictionary(tx: Tx): Promise<PlanDictionary> {
  const organisations = await tx.selectFrom('organisations').select(['id', 'name_az', 'short_name', 'aliases']).where('active', '=', true).execute();
  const mappings = await tx.selectFrom('organisation_name_mappings').select(['name_key', 'organisation_id']).execute();
  return {
    organisations: organisations.map((o) => ({ id: o.id, nameAz: o.name_az, shortName: o.short_name, aliases: o.aliases })),
    generic: GENERIC_EXECUTORS.map((g) => ({ key: g.key, nameAz: g.nameAz, aliases: [...g.aliases] })),
    mappings: Object.fromEntries(mappings.map((m) => [m.name_key, m.organisation_id])),
  };
}

export async function findPlanIdByTitleKey(tx: Tx, titleKey: string) {
  return (await tx.selectFrom('plans').select('id').where('title_key', '=', titleKey).executeTakeFirst())?.id ?? null;
}

export async function findPlanSnapshot(tx: Tx, planId: string): Promise<PlanSnapshot | null> {
  const plan = await tx.selectFrom('plans').select(['id', 'act_number', 'period_from', 'notes']).where('id', '=', planId).executeTakeFirst();
  if (!plan) return null;
  const [chapters, sections, measures, participants, variants] = await Promise.all([
    tx.selectFrom('plan_chapters').select(sql<number>`count(*)::int`.as('n')).where('plan_id', '=', planId).executeTakeFirstOrThrow(),
    tx.selectFrom('plan_sections').select('code').where('plan_id', '=', planId).execute(),
    tx.selectFrom('measures').select(['id', 'code', 'text', 'period_kind']).where('plan_id', '=', planId).execute(),
    tx
      .selectFrom('measure_participants')
      .innerJoin('measures', 'measures.id', 'measure_participants.measure_id')
      .select(['measure_participants.measure_id', 'measure_participants.role', 'measure_participants.name_key', 'measure_participants.organisation_id'])
      .where('measures.plan_id', '=', planId)
      .execute(),
    tx
      .selectFrom('measure_wording_variants')
      .innerJoin('measures', 'measures.id', 'measure_wording_variants.measure_id')
      .select(['measure_wording_variants.measure_id', 'measure_wording_variants.proposed_text'])
      .where('measures.plan_id', '=', planId)
      .execute(),
  ]);
  return {
    id: plan.id,
    hasAct: plan.act_number !== null,
    hasPeriod: plan.period_from !== null,
    notes: plan.notes,
    chapterCount: chapters.n,
    sections,
    measures: measures.map((m) => ({
      id: m.id,
      code: m.code,
      text: m.text,
      hasPeriod: m.period_kind !== null,
      participants: participants.filter((p) => p.measure_id === m.id).map((p) => ({ role: p.role, nameKey: p.name_key, organisationId: p.organisation_id })),
      knownVariants: variants.filter((v) => v.measure_id === m.id).map((v) => v.proposed_text),
    })),
  };
}

export async function insertPlan(tx: Tx, plan: ParsedPlan['plan'], titleKey: string) {
  const row = await tx
    .insertInto('plans')
    .values({
      title: plan.title,
      title_key: titleKey,
      act_kind: plan.act?.kind ?? null,
      act_number: plan.act?.number ?? null,
      act_date: plan.act?.date ?? null,
      period_from: plan.period?.from ?? null,
      period_to: plan.period?.to ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function completePlanHeader(tx: Tx, planId: string, plan: ParsedPlan['plan'], set: { act: boolean; period: boolean }, addNotes: string[]) {
  await tx
    .updateTable('plans')
    .set((eb) => ({
      ...(set.act && plan.act ? { act_kind: plan.act.kind, act_number: plan.act.number, act_date: plan.act.date } : {}),
      ...(set.period && plan.period ? { period_from: plan.period.from, period_to: plan.period.to } : {}),
      notes: addNotes.length ? sql<string[]>`${eb.ref('notes')} || ${addNotes}::text[]` : eb.ref('notes'),
      updated_at: new Date(),
    }))
    .where('id', '=', planId)
    .execute();
}

export async function insertChapters(tx: Tx, planId: string, chapters: ParsedChapter[]) {
  if (!chapters.length) return;
  await tx
    .insertInto('plan_chapters')
    .values(chapters.map((c, position) => ({ plan_id: planId, position, number: c.number, title: c.title, body: c.text })))
    .execute();
}

export async function insertSections(tx: Tx, planId: string, sections: { code: string; title: string }[]) {
  if (!sections.length) return;
  await tx
    .insertInto('plan_sections')
    .values(sections.map((s) => ({ plan_id: planId, code: s.code, title: s.title, position: 0 })))
    .execute();
}

export async function sectionIdsByCode(tx: Tx, planId: string) {
  const rows = await tx.selectFrom('plan_sections').select(['id', 'code']).where('plan_id', '=', planId).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

function periodColumns(period: ParsedPeriod | null) {
  return { period_kind: period?.kind ?? null, period_from: period?.from ?? null, period_to: period?.to ?? null, period_text: period?.text ?? null };
}

export async function insertMeasure(tx: Tx, planId: string, sectionId: string, measure: ParsedMeasure) {
  const row = await tx
    .insertInto('measures')
    .values({ plan_id: planId, section_id: sectionId, code: measure.code, position: 0, text: measure.text, confidence: measure.confidence, ...periodColumns(measure.period) })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (measure.subActions.length) {
    await tx
      .insertInto('measure_sub_actions')
      .values(measure.subActions.map((a, position) => ({ measure_id: row.id, position, text: a.text, ...periodColumns(a.period) })))
      .execute();
  }
  return row.id;
}

export async function setMeasurePeriod(tx: Tx, measureId: string, period: ParsedPeriod | null) {
  await tx.updateTable('measures').set({ ...periodColumns(period), updated_at: new Date() }).where('id', '=', measureId).execute();
}

export async function appendParticipants(tx: Tx, measureId: string, participants: ParticipantDraft[]) {
  if (!participants.length) return;
  const { next } = await tx
    .selectFrom('measure_participants')
    .select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('next'))
    .where('measure_id', '=', measureId)
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('measure_participants')
    .values(
      participants.map((p, i) => ({
        measure_id: measureId,
        position: next + i,
        role: p.role,
        name: p.name,
        name_key: p.nameKey,
        organisation_id: p.organisationId,
        generic_key: p.genericKey,
      })),
    )
    .execute();
}

export async function renumber(tx: Tx, planId: string) {
  for (const table of ['plan_sections', 'measures'] as const) {
    const rows = await tx.selectFrom(table).select(['id', 'code', 'position']).where('plan_id', '=', planId).execute();
    const ordered = [...rows].sort((a, b) => compareCodes(a.code, b.code));
    for (const [position, row] of ordered.entries()) {
      if (row.position !== position) await tx.updateTable(table).set({ position }).where('id', '=', row.id).execute();
    }
  }
}

export async function insertWordingVariant(tx: Tx, measureId: string, importId: string | null, proposedText: string, status: 'open' | 'kept' | 'taken', resolvedBy: string | null) {
  await tx
    .insertInto('measure_wording_variants')
    .values({ measure_id: measureId, import_id: importId, proposed_text: proposedText, status, resolved_by: resolvedBy, resolved_at: status === 'open' ? null : new Date() })
    .execute();
}

export async function insertRevision(tx: Tx, measureId: string, changedBy: string | null, source: 'edit' | 'import' | 'wording_choice', before: Record<string, unknown>, after: Record<string, unknown>, reason: string | null = null) {
  await tx
    .insertInto('measure_revisions')
    .values({ measure_id: measureId, changed_by: changedBy, source, before: JSON.stringify(before), after: JSON.stringify(after), reason })
    .execute();
}

export async function setMeasureText(tx: Tx, measureId: string, text: string) {
  await tx.updateTable('measures').set({ text, updated_at: new Date() }).where('id', '=', measureId).execute();
}
