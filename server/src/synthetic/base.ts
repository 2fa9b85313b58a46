/**
 * The ground the synthetic history stands on: the real organisations, the demo accounts (when
 * DEMO_DATA allows) and the real 2020–2024 plan, exactly as a first start loads them; and, for
 * the years of the ten that the real plan does not cover, the plans before and after it —
 * copies of the real plan's structure with their dates moved by five years, titled as synthetic
 * and linked measure by measure as continuations (as a new plan continues the previous one).
 */
import type { Database, Tx } from '../db/database.js';
import { seedFirstUsers, seedOrganisations } from '../seed/seed.js';
import { seedPlans } from '../seed/plans.js';
import { idFor } from './random.js';

export interface PlanSpan {
  id: string;
  from: number;
  to: number;
}

export async function seedBase(db: Database, demo: boolean) {
  await seedOrganisations(db);
  await seedFirstUsers(db, demo);
  await seedPlans(db);
}

/** The real plan (the first one loaded that is not synthetic). */
export async function realPlan(tx: Tx) {
  return tx
    .selectFrom('plans')
    .selectAll()
    .where('title_key', 'not like', '%-sintetik')
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
}

/** Moves every year of a span's in a text by `shift` ("2020–2024-cü illər" → "2025–2029-cu illər"). */
export function shiftYears(text: string, shift: number): string {
  return text.replace(/\b(19|20)\d{2}\b/g, (year) => String(Number(year) + shift));
}

const shiftDate = (day: string | null, shift: number) => (day ? `${Number(day.slice(0, 4)) + shift}${day.slice(4)}` : null);

/** The plans the ten years need: the real one and copies of it moved by multiples of its length. */
export function planShifts(realFrom: number, realTo: number, years: readonly number[]): number[] {
  const length = realTo - realFrom + 1;
  const shifts = new Set(years.map((year) => Math.floor((year - realFrom) / length) * length));
  return [...shifts].sort((a, b) => a - b);
}

/** Copies the real plan moved by `shift` years, unless that copy is there already; returns its id. */
export async function clonePlan(tx: Tx, seed: number, shift: number): Promise<string> {
  const real = await realPlan(tx);
  if (shift === 0) return real.id;
  const titleKey = `${shiftYears(real.title_key, shift)}-sintetik`;
  const existing = await tx.selectFrom('plans').select('id').where('title_key', '=', titleKey).executeTakeFirst();
  if (existing) return existing.id;
  const planId = idFor(seed, 'plan', shift);
  await tx.insertInto('plans').values({
    id: planId,
    title: `${shiftYears(real.title, shift)} (sintetik)`,
    title_key: titleKey,
    act_kind: real.act_kind,
    act_number: null,
    act_date: shiftDate(real.act_date, shift),
    period_from: shiftDate(real.period_from, shift),
    period_to: shiftDate(real.period_to, shift),
    notes: ['Sintetik məlumat: real planın strukturu əsasında yaradılıb.'],
  }).execute();
  const chapters = await tx.selectFrom('plan_chapters').selectAll().where('plan_id', '=', real.id).orderBy('position').execute();
  if (chapters.length) {
    await tx.insertInto('plan_chapters').values(chapters.map((c) => ({ id: idFor(seed, 'plan', shift, 'chapter', c.position), plan_id: planId, position: c.position, number: c.number, title: shiftYears(c.title, shift), body: shiftYears(c.body, shift) }))).execute();
  }
  const sections = await tx.selectFrom('plan_sections').selectAll().where('plan_id', '=', real.id).orderBy('position').execute();
  const sectionIds = new Map(sections.map((s) => [s.id, idFor(seed, 'plan', shift, 'section', s.code)]));
  await tx.insertInto('plan_sections').values(sections.map((s) => ({ id: sectionIds.get(s.id)!, plan_id: planId, code: s.code, title: s.title, position: s.position }))).execute();
  const measures = await tx.selectFrom('measures').selectAll().where('plan_id', '=', real.id).orderBy('position').execute();
  const measureIds = new Map(measures.map((m) => [m.id, idFor(seed, 'plan', shift, 'measure', m.code)]));
  await tx.insertInto('measures').values(measures.map((m) => ({
    id: measureIds.get(m.id)!, plan_id: planId, section_id: sectionIds.get(m.section_id)!, code: m.code, position: m.position, text: shiftYears(m.text, shift),
    period_kind: m.period_kind, period_from: shiftDate(m.period_from, shift), period_to: shiftDate(m.period_to, shift),
    period_text: m.period_text === null ? null : shiftYears(m.period_text, shift), confidence: m.confidence,
  }))).execute();
  const ids = measures.map((m) => m.id);
  if (ids.length) {
    const subActions = await tx.selectFrom('measure_sub_actions').selectAll().where('measure_id', 'in', ids).orderBy('measure_id').orderBy('position').execute();
    if (subActions.length) {
      await tx.insertInto('measure_sub_actions').values(subActions.map((s) => ({
        id: idFor(seed, 'plan', shift, 'sub', measureIds.get(s.measure_id)!, s.position), measure_id: measureIds.get(s.measure_id)!, position: s.position, text: shiftYears(s.text, shift),
        period_kind: s.period_kind, period_from: shiftDate(s.period_from, shift), period_to: shiftDate(s.period_to, shift), period_text: s.period_text === null ? null : shiftYears(s.period_text, shift),
      }))).execute();
    }
    const participants = await tx.selectFrom('measure_participants').selectAll().where('measure_id', 'in', ids).orderBy('measure_id').orderBy('position').execute();
    if (participants.length) {
      await tx.insertInto('measure_participants').values(participants.map((p) => ({
        id: idFor(seed, 'plan', shift, 'participant', measureIds.get(p.measure_id)!, p.position), measure_id: measureIds.get(p.measure_id)!, position: p.position, role: p.role,
        name: p.name, name_key: p.name_key, organisation_id: p.organisation_id, generic_key: p.generic_key,
      }))).execute();
    }
    // The later plan's measure continues the earlier one's.
    await tx.insertInto('measure_links').values(measures.map((m) => (shift > 0 ? { measure_id: measureIds.get(m.id)!, continues_id: m.id } : { measure_id: m.id, continues_id: measureIds.get(m.id)! }))).execute();
  }
  return planId;
}

/** Every plan with the years it covers. */
export async function planSpans(tx: Tx): Promise<PlanSpan[]> {
  const rows = await tx.selectFrom('plans').select(['id', 'period_from', 'period_to']).where('period_from', 'is not', null).execute();
  return rows.map((r) => ({ id: r.id, from: Number(String(r.period_from).slice(0, 4)), to: Number(String(r.period_to).slice(0, 4)) }));
}
