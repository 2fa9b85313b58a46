/**
 * Totals of the needs the bodies named: how many of each kind, and their amounts summed per
 * currency (amounts in different currencies are never added together). Pure.
 */
import { needSchema } from '../report-content.js';
import { add } from '../consolidated/totals.js';

export type NeedKind = (typeof NEED_KINDS)[number];

/** The order need kinds are listed in, everywhere. */
export const NEED_KINDS = needSchema.shape.kind.options;

export interface Amount {
  /** As written, trimmed; null when none was given. */
  currency: string | null;
  amount: number;
}

export interface NeedTotals {
  count: number;
  /** Every kind, in NEED_KINDS order, 0 when none. */
  byKind: { kind: NeedKind; count: number; withAmount: number; amounts: Amount[] }[];
  /** All kinds together, per currency. */
  amounts: Amount[];
}

export interface NeedInput {
  kind: string;
  amount: number | null;
  currency: string | null;
}

function addAmount(amounts: Amount[], currency: string | null, amount: number) {
  const same = amounts.find((a) => a.currency === currency);
  if (same) same.amount = add(same.amount, amount);
  else amounts.push({ currency, amount });
}

/** A kind not (or no longer) known is counted as "other". */
const kindOf = (kind: string): NeedKind => ((NEED_KINDS as readonly string[]).includes(kind) ? (kind as NeedKind) : 'other');

export function needTotals(needs: readonly NeedInput[]): NeedTotals {
  const byKind = NEED_KINDS.map((kind) => ({ kind, count: 0, withAmount: 0, amounts: [] as Amount[] }));
  const amounts: Amount[] = [];
  for (const need of needs) {
    const total = byKind[NEED_KINDS.indexOf(kindOf(need.kind))]!;
    total.count += 1;
    if (need.amount === null) continue;
    const currency = need.currency?.trim() || null;
    total.withAmount += 1;
    addAmount(total.amounts, currency, need.amount);
    addAmount(amounts, currency, need.amount);
  }
  const largestFirst = (list: Amount[]) => list.sort((a, b) => b.amount - a.amount);
  for (const total of byKind) largestFirst(total.amounts);
  return { count: needs.length, byKind, amounts: largestFirst(amounts) };
}
