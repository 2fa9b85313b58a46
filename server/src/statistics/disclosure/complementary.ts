/**
 * Primary and complementary suppression on any layout of equations (`audit.ts`), shared by the
 * table and the list in `suppression.ts`.
 *
 * 1. Primary: every value with 0 < value < threshold.
 * 2. Balance: every equation (a row with its total, a column with its total, the row totals with
 *    the grand total, the column totals with the grand total) that has exactly one suppressed
 *    value gets a second one, an eligible non-zero value in it: the smallest of those whose other
 *    equation also has exactly one (it then balances both), else the smallest of those that do
 *    not leave a new lone suppression, else the smallest. Repeated until no equation changes.
 * 3. Audit: the exact audit of what the labels leave a reader to know (see `knownRange`), and
 *    with "<t" labels also the audit of a reader who only knows that counts are non-negative.
 *    While a primary value is recoverable, the smallest eligible value sharing an equation with
 *    it (else with any suppressed value, else any) is suppressed, then 2 and 3 again.
 * 4. If everything eligible is suppressed and "<t" labels still give a value away (they state
 *    1..t-1, which with the totals can pin a value: four "<5" cells in a row whose total is
 *    "<5" are each 1), the table is done again from 1 with uniform labels. With uniform labels
 *    and no kept totals, suppressing every non-zero value is always safe (the all-zero table and
 *    every multiple of the true one fit), so the loop ends with a safe table; with kept totals it
 *    may not, and `DisclosureControlError` is thrown rather than a table that is not safe.
 *
 * Zeros are never suppressed and never chosen as complements: a zero is published as 0 (real
 * and structural zeros alike; a structural zero is known to everyone anyway, and hiding a zero
 * protects little). Readers may therefore know that a suppressed value is at least 1, and the
 * audit assumes they do.
 */
import { auditLayout, type AuditReport, type KnownRange, type Layout } from './audit.js';

export type Suppression = 'primary' | 'secondary' | null;

/**
 * `threshold`: primary values are labelled "<t", others "x"; the label says a value is 1..t-1.
 * `uniform`: every suppressed value has the same label; the reader learns only that it is >= 1.
 */
export type LabelStyle = 'threshold' | 'uniform';

export class DisclosureControlError extends Error {
  override readonly name = 'DisclosureControlError';
}

/** What a reader knows about a suppressed value from its label and the rules above. */
export function knownRange(status: Suppression, labels: LabelStyle, threshold: number): KnownRange | undefined {
  if (status === null) return undefined;
  if (labels === 'uniform') return { min: 1, max: Infinity };
  return status === 'primary' ? { min: 1, max: threshold - 1 } : { min: threshold, max: Infinity };
}

export interface Protection {
  readonly status: Suppression[];
  readonly labels: LabelStyle;
}

interface Problem<R> {
  readonly layout: Layout<R>;
  readonly values: readonly number[];
  /** May be chosen as a complementary suppression. */
  readonly eligible: readonly boolean[];
  readonly threshold: number;
}

/** The audits that must pass, over the primary values only. */
export function auditProtection<R>(p: Problem<R>, status: readonly Suppression[], labels: LabelStyle): AuditReport<R>[] {
  const published = p.values.map((v, a) => (status[a] === null ? v : null));
  const primary = status.flatMap((s, a) => (s === 'primary' ? [a] : []));
  const sensitive = (_: R, a: number) => status[a] === 'primary';
  const reports = [
    auditLayout(p.layout, published, { threshold: p.threshold, sensitive, known: (_, a) => knownRange(status[a]!, labels, p.threshold) }, primary),
  ];
  // A uniform label states only ">= 1", which the non-negative reader's audit cannot beat.
  if (labels === 'threshold') reports.push(auditLayout(p.layout, published, { threshold: p.threshold, sensitive }, primary));
  return reports;
}

function incidence<R>(layout: Layout<R>): number[][] {
  const at: number[][] = Array.from({ length: layout.nodeCount }, () => []);
  layout.arcs.forEach((arc, a) => {
    at[arc.from]!.push(a);
    if (arc.to !== arc.from) at[arc.to]!.push(a);
  });
  return at;
}

/** The candidate with the lowest (rank, value, position). */
function smallest(candidates: readonly number[], values: readonly number[], rank: (a: number) => number = () => 0): number | undefined {
  let best: number | undefined;
  let key: readonly number[] = [];
  for (const a of candidates) {
    const k = [rank(a), values[a]!, a];
    if (best === undefined || k[0]! < key[0]! || (k[0] === key[0] && (k[1]! < key[1]! || (k[1] === key[1] && k[2]! < key[2]!)))) {
      best = a;
      key = k;
    }
  }
  return best;
}

function balance<R>(p: Problem<R>, at: readonly number[][], status: Suppression[]): void {
  const count = (node: number) => at[node]!.reduce((n, a) => (status[a] === null ? n : n + 1), 0);
  const open = (a: number) => status[a] === null && p.eligible[a]! && p.values[a]! > 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (let node = 0; node < at.length; node++) {
      if (count(node) !== 1) continue;
      const rank = (a: number) => {
        const arc = p.layout.arcs[a]!;
        const other = count(arc.from === node ? arc.to : arc.from);
        return other === 1 ? 0 : other >= 2 ? 1 : 2;
      };
      const pick = smallest(at[node]!.filter(open), p.values, rank);
      if (pick !== undefined) {
        status[pick] = 'secondary';
        changed = true;
      }
    }
  }
}

function protectWith<R>(p: Problem<R>, labels: LabelStyle): Suppression[] | null {
  const at = incidence(p.layout);
  const status: Suppression[] = p.values.map((v) => (v > 0 && v < p.threshold ? 'primary' : null));
  const open = (a: number) => status[a] === null && p.eligible[a]! && p.values[a]! > 0;
  const all = p.values.map((_, a) => a);
  for (;;) {
    balance(p, at, status);
    const recoverable = auditProtection(p, status, labels).flatMap((r) => r.findings.filter((f) => f.recoverable));
    if (recoverable.length === 0) return status;
    const first = Math.min(...recoverable.map((f) => f.arc));
    const near = (arcs: readonly number[]) => {
      const nodes = new Set(arcs.flatMap((a) => [p.layout.arcs[a]!.from, p.layout.arcs[a]!.to]));
      return [...nodes].flatMap((node) => at[node]!.filter(open));
    };
    const pick =
      smallest(near([first]), p.values) ??
      smallest(near(all.filter((a) => status[a] !== null)), p.values) ??
      smallest(all.filter(open), p.values);
    if (pick === undefined) return null;
    status[pick] = 'secondary';
  }
}

/** Chooses the suppressions; see the module comment. */
export function protect<R>(p: Problem<R>, labels: LabelStyle): Protection {
  if (p.values.some((v) => !Number.isSafeInteger(v) || v < 0)) throw new RangeError('counts must be non-negative integers');
  const status = protectWith(p, labels);
  if (status !== null) return { status, labels };
  if (labels === 'threshold') {
    const uniform = protectWith(p, 'uniform');
    if (uniform !== null) return { status: uniform, labels: 'uniform' };
  }
  throw new DisclosureControlError('no suppression pattern protects this table while keeping the totals that must stay published; publish coarser categories');
}
