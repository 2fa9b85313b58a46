import { z } from 'zod';
import type { Actor } from '../policies/policy.js';
import { abilitiesOf } from '../policies/policy.js';
import { plansPolicy } from '../policies/plans.js';
import type { MeasureRow, PlanRow } from './plans.repository.js';
import type { participantsOf, subActionsOf } from './plans.repository.js';

export const periodSchema = z.object({
  kind: z.enum(['range', 'year', 'month', 'ongoing']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  text: z.string(),
});

const organisationRef = z.object({ id: z.string(), shortName: z.string(), nameAz: z.string(), nameRu: z.string(), nameEn: z.string() });

export const measureSchema = z.object({
  id: z.string(),
  planId: z.string(),
  code: z.string(),
  section: z.object({ code: z.string(), title: z.string() }),
  text: z.string(),
  period: periodSchema.nullable(),
  confidence: z.number(),
  participants: z.array(
    z.object({ role: z.enum(['executor', 'involved', 'generic', 'recommended']), name: z.string(), organisation: organisationRef.nullable(), genericKey: z.string().nullable() }),
  ),
  subActions: z.array(z.object({ text: z.string(), period: periodSchema.nullable() })),
  openVariants: z.number(),
});

export const planSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  act: z.object({ kind: z.string(), number: z.string(), date: z.string().nullable() }).nullable(),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  measureCount: z.number(),
  sectionCount: z.number(),
  openVariants: z.number(),
  unmatchedNames: z.number(),
});

type Period = z.infer<typeof periodSchema>;

export function periodOf(row: { period_kind: Period['kind'] | null; period_from: string | null; period_to: string | null; period_text: string | null }): Period | null {
  return row.period_kind ? { kind: row.period_kind, from: row.period_from, to: row.period_to, text: row.period_text ?? '' } : null;
}

export function presentPlanSummary(row: PlanRow): z.infer<typeof planSummarySchema> {
  return {
    id: row.id,
    title: row.title,
    act: row.act_number ? { kind: row.act_kind ?? '', number: row.act_number, date: row.act_date } : null,
    period: row.period_from && row.period_to ? { from: row.period_from, to: row.period_to } : null,
    measureCount: row.measure_count ?? 0,
    sectionCount: row.section_count ?? 0,
    openVariants: row.open_variants ?? 0,
    unmatchedNames: row.unmatched_names ?? 0,
  };
}

type Participants = Awaited<ReturnType<typeof participantsOf>>;
type SubActions = Awaited<ReturnType<typeof subActionsOf>>;

export function presentMeasures(rows: MeasureRow[], participants: Participants, subActions: SubActions): z.infer<typeof measureSchema>[] {
  return rows.map((row) => ({
    id: row.id,
    planId: row.plan_id,
    code: row.code,
    section: { code: row.section_code, title: row.section_title },
    text: row.text,
    period: periodOf(row),
    confidence: Math.round(row.confidence * 100) / 100,
    participants: participants
      .filter((p) => p.measure_id === row.id)
      .map((p) => ({
        role: p.role,
        name: p.name,
        organisation: p.organisation_id ? { id: p.organisation_id, shortName: p.short_name ?? '', nameAz: p.name_az ?? '', nameRu: p.name_ru ?? '', nameEn: p.name_en ?? '' } : null,
        genericKey: p.generic_key,
      })),
    subActions: subActions.filter((a) => a.measure_id === row.id).map((a) => ({ text: a.text, period: periodOf(a) })),
    openVariants: row.open_variants ?? 0,
  }));
}

export function planAbilities(actor: Actor) {
  return abilitiesOf(plansPolicy, actor, ['import', 'edit', 'delete']);
}
