import { z } from 'zod';
import type { Tx } from '../db/database.js';
import { donorAbilities, donorsPolicy } from '../policies/donors.js';
import type { Actor } from '../policies/policy.js';
import { add } from '../reports/consolidated/totals.js';
import { matchCounts, supportRows, supportTargets, type DonorRow, type SupportRow } from './donors.repository.js';
import { DONOR_KINDS, SUPPORT_KINDS } from './donors.service.js';

const amountSchema = z.object({ currency: z.string().nullable(), amount: z.number() });

export const supportSchema = z.object({
  id: z.string(),
  donor: z.object({ id: z.string(), name: z.string(), kind: z.enum(DONOR_KINDS) }),
  kind: z.enum(SUPPORT_KINDS),
  description: z.string(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  organisations: z.array(z.object({ id: z.string(), shortName: z.string(), nameAz: z.string() })),
  measures: z.array(z.object({ id: z.string(), code: z.string(), text: z.string() })),
  /** Needs matched to it, as far as the caller sees them. */
  matches: z.number(),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean() }),
});

export const donorSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(DONOR_KINDS),
  country: z.string().nullable(),
  website: z.string().nullable(),
  notes: z.string(),
  supportCount: z.number(),
  /** Amounts of the supports the caller sees, summed per currency only. */
  amounts: z.array(amountSchema),
  kinds: z.array(z.enum(SUPPORT_KINDS)),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean(), addSupport: z.boolean() }),
});

export const donorSchema = donorSummarySchema.extend({ supports: z.array(supportSchema) });

export type Support = z.infer<typeof supportSchema>;
type DonorKind = (typeof DONOR_KINDS)[number];
type SupportKind = (typeof SUPPORT_KINDS)[number];

export async function presentSupports(tx: Tx, actor: Actor, rows: SupportRow[]): Promise<Support[]> {
  const ids = rows.map((r) => r.id);
  const [targets, matches] = await Promise.all([supportTargets(tx, ids), matchCounts(tx, actor, ids)]);
  const manage = donorsPolicy.actions.manage(actor);
  return rows.map((r) => ({
    id: r.id,
    donor: { id: r.donor_id, name: r.donor_name, kind: r.donor_kind as DonorKind },
    kind: r.kind as SupportKind,
    description: r.description,
    amount: r.amount === null ? null : Number(r.amount),
    currency: r.currency,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    organisations: targets.organisations.get(r.id) ?? [],
    measures: targets.measures.get(r.id) ?? [],
    matches: matches.get(r.id) ?? 0,
    abilities: { edit: manage, delete: manage },
  }));
}

function amountsOf(supports: readonly { amount: number | null; currency: string | null }[]) {
  const amounts: { currency: string | null; amount: number }[] = [];
  for (const s of supports) {
    if (s.amount === null) continue;
    const same = amounts.find((a) => a.currency === s.currency);
    if (same) same.amount = add(same.amount, s.amount);
    else amounts.push({ currency: s.currency, amount: s.amount });
  }
  return amounts.sort((a, b) => b.amount - a.amount);
}

function summaryOf(row: DonorRow, actor: Actor, supports: readonly Support[]): z.infer<typeof donorSummarySchema> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as DonorKind,
    country: row.country,
    website: row.website,
    notes: row.notes,
    supportCount: supports.length,
    amounts: amountsOf(supports),
    kinds: SUPPORT_KINDS.filter((kind) => supports.some((s) => s.kind === kind)),
    abilities: donorAbilities(actor),
  };
}

/** Donors with the supports the caller sees. */
export async function presentDonors(tx: Tx, actor: Actor, rows: DonorRow[]) {
  const supports = await presentSupports(tx, actor, await supportRows(tx, actor, rows.map((r) => r.id)));
  return rows.map((row) => summaryOf(row, actor, supports.filter((s) => s.donor.id === row.id)));
}

export async function presentDonor(tx: Tx, actor: Actor, row: DonorRow): Promise<z.infer<typeof donorSchema>> {
  const supports = await presentSupports(tx, actor, await supportRows(tx, actor, [row.id]));
  return { ...summaryOf(row, actor, supports), supports };
}
