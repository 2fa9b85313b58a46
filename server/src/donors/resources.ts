/**
 * Needs next to offers: the needs the bodies named in a period's report entries (the needs list of
 * the reporting dashboard, the same query), each with the supports it was matched to; the donors'
 * supports; and the measures no support names at all. Every part goes through its row rule.
 */
import { z } from 'zod';
import type { Tx } from '../db/database.js';
import { notFound } from '../http/problem.js';
import { donorsPolicy } from '../policies/donors.js';
import type { Actor } from '../policies/policy.js';
import { listNeeds, type NeedFilter } from '../reports/dashboard/dashboard.repository.js';
import { NEED_KINDS, needTotals } from '../reports/dashboard/need-totals.js';
import { periodRows } from '../reports/reports.repository.js';
import { planMeasures, visibleMatches } from './donors.repository.js';
import { presentSupports, supportSchema } from './donors.presenter.js';
import { placeMatches } from './need-matching.js';
import { supportRows } from './donors.repository.js';

const organisationRef = z.object({ id: z.string(), shortName: z.string(), nameAz: z.string() });
const amountSchema = z.object({ currency: z.string().nullable(), amount: z.number() });

const matchSchema = z.object({
  id: z.string(),
  supportId: z.string(),
  donor: z.object({ id: z.string(), name: z.string() }),
  supportKind: z.string(),
  supportDescription: z.string(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  note: z.string(),
});

export const resourcesSchema = z.object({
  period: z.object({ id: z.string(), year: z.number(), half: z.number().nullable(), startsOn: z.string(), endsOn: z.string(), plan: z.object({ id: z.string(), title: z.string() }) }),
  needs: z.array(
    z.object({
      key: z.string(),
      entryId: z.string(),
      position: z.number(),
      state: z.enum(['draft', 'submitted', 'accepted', 'returned']),
      organisation: organisationRef,
      measure: z.object({ id: z.string(), code: z.string(), text: z.string() }),
      section: z.object({ code: z.string(), title: z.string() }),
      kind: z.string(),
      description: z.string(),
      amount: z.number().nullable(),
      currency: z.string().nullable(),
      matches: z.array(matchSchema),
    }),
  ),
  needTotals: z.object({ count: z.number(), matched: z.number(), amounts: z.array(amountSchema) }),
  supports: z.array(supportSchema.extend({ current: z.boolean() })),
  /** Matches whose need was changed or removed from its entry since. */
  unplacedMatches: z.array(matchSchema.extend({ entryId: z.string(), needKind: z.string(), needDescription: z.string() })),
  measures: z.object({
    total: z.number(),
    /** Measures no support names at all; with how many needs the bodies named for each in the period. */
    withoutResources: z.array(z.object({ id: z.string(), code: z.string(), text: z.string(), section: z.object({ code: z.string(), title: z.string() }), needs: z.number() })),
  }),
  abilities: z.object({ match: z.boolean(), manage: z.boolean() }),
});

export type Resources = z.infer<typeof resourcesSchema>;

export const needKindSchema = z.enum(NEED_KINDS);

export async function resourcesOf(tx: Tx, actor: Actor, periodId: string, filter: NeedFilter): Promise<Resources> {
  const period = await periodRows(tx).where('reporting_periods.id', '=', periodId).executeTakeFirst();
  if (!period) throw notFound();
  const [needs, matches, supports, measures] = await Promise.all([
    listNeeds(tx, actor, periodId, filter),
    visibleMatches(tx, actor).where('report_entries.period_id', '=', periodId).execute(),
    supportRows(tx, actor),
    planMeasures(tx, actor, periodId),
  ]);

  const placed = placeMatches(
    matches.map((m) => ({ id: m.id, entryId: m.entry_id, position: m.need_position, description: m.need_description })),
    matches.map((m) => ({ entryId: m.entry_id, needs: m.needs as { description?: unknown }[] })),
  );
  const presentMatch = (m: (typeof matches)[number]) => ({
    id: m.id,
    supportId: m.support_id,
    donor: { id: m.donor_id, name: m.donor_name },
    supportKind: m.support_kind,
    supportDescription: m.support_description,
    amount: m.support_amount === null ? null : Number(m.support_amount),
    currency: m.support_currency,
    note: m.note,
  });
  const byNeed = new Map<string, ReturnType<typeof presentMatch>[]>();
  const unplaced: Resources['unplacedMatches'] = [];
  for (const m of matches) {
    const position = placed.get(m.id);
    if (position === null || position === undefined) {
      unplaced.push({ ...presentMatch(m), entryId: m.entry_id, needKind: m.need_kind, needDescription: m.need_description });
      continue;
    }
    const key = `${m.entry_id}/${position}`;
    byNeed.set(key, [...(byNeed.get(key) ?? []), presentMatch(m)]);
  }

  const needsPerMeasure = new Map<string, number>();
  for (const n of needs) needsPerMeasure.set(n.measure_id, (needsPerMeasure.get(n.measure_id) ?? 0) + 1);
  const overlaps = (s: { starts_on: string | null; ends_on: string | null }) => (!s.starts_on || s.starts_on <= period.ends_on) && (!s.ends_on || s.ends_on >= period.starts_on);
  const listed = needs.map((n) => {
    const key = `${n.entry_id}/${n.position}`;
    return {
      key,
      entryId: n.entry_id,
      position: n.position,
      state: n.state,
      organisation: { id: n.organisation_id, shortName: n.short_name, nameAz: n.name_az },
      measure: { id: n.measure_id, code: n.code, text: n.text },
      section: { code: n.section_code, title: n.section_title },
      kind: n.kind,
      description: n.description,
      amount: n.amount,
      currency: n.currency,
      matches: byNeed.get(key) ?? [],
    };
  });
  const presented = await presentSupports(tx, actor, supports);
  return {
    period: { id: period.id, year: period.year, half: period.half, startsOn: period.starts_on, endsOn: period.ends_on, plan: { id: period.plan_id, title: period.plan_title } },
    needs: listed,
    needTotals: { count: listed.length, matched: listed.filter((n) => n.matches.length).length, amounts: needTotals(needs).amounts },
    supports: presented.map((s, i) => ({ ...s, current: overlaps(supports[i]!) })),
    unplacedMatches: unplaced,
    measures: {
      total: measures.length,
      withoutResources: measures
        .filter((m) => !m.supported)
        .map((m) => ({ id: m.id, code: m.code, text: m.text, section: { code: m.section_code, title: m.section_title }, needs: needsPerMeasure.get(m.id) ?? 0 })),
    },
    abilities: { match: donorsPolicy.actions.match(actor), manage: donorsPolicy.actions.manage(actor) },
  };
}
