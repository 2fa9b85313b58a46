/**
 * The attacker's audit of a published count table: for every suppressed value, the exact range
 * of values it can take given everything that is published.
 *
 * What the attacker knows: every published value; that every value (cells and totals) is a
 * non-negative integer; that each row total is the sum of its row, each column total the sum of
 * its column, and the grand total the sum of either (the table is additive: everyone is counted
 * in exactly one cell); and, optionally, a range for each suppressed value that its label states
 * (`known`, e.g. "<5" states 1..4). The intervals are exact over the integers, and every integer
 * inside an interval is possible (see `network.ts`): this is a proof, not a heuristic.
 *
 * The rule. A suppressed value with feasible interval [min, max], stated range [lo, hi] and
 * threshold t is protected when
 *   1. min < max — its exact value cannot be derived; and
 *   2. min === 0 or max >= t — the attacker cannot conclude that it lies in 1..t-1 —
 *      unless its own label already states that (lo >= 1 and hi <= t-1), in which case only
 *      rule 1 applies: what is protected is then the exact value.
 * A table is safe when every sensitive value (by default every suppressed value; suppression
 * marks the primary ones) is protected. A sensitive value that is not protected is
 * "recoverable".
 */
import { arcIntervals, type FlowArc } from './network.js';

export type TableRef =
  | { readonly kind: 'cell'; readonly row: number; readonly column: number }
  | { readonly kind: 'rowTotal'; readonly row: number }
  | { readonly kind: 'columnTotal'; readonly column: number }
  | { readonly kind: 'grandTotal' };

export type ListRef = { readonly kind: 'value'; readonly index: number } | { readonly kind: 'total' };

/** A count table as published: `null` where a value is suppressed. */
export interface PublishedTable {
  readonly cells: readonly (readonly (number | null)[])[];
  readonly rowTotals: readonly (number | null)[];
  readonly columnTotals: readonly (number | null)[];
  readonly grandTotal: number | null;
}

/** A list of counts with its total, as published. */
export interface PublishedList {
  readonly values: readonly (number | null)[];
  readonly total: number | null;
}

export interface KnownRange {
  readonly min: number;
  /** `Infinity` for no upper bound. */
  readonly max: number;
}

export interface AuditOptions<R> {
  /** Values 1..threshold-1 are the ones to protect. Default 5. */
  readonly threshold?: number;
  /** The range a suppressed value's label states; default 0..Infinity. `arc`: its position in the layout. */
  readonly known?: (ref: R, arc: number) => KnownRange | undefined;
  /** Which suppressed values must be protected; default all of them. */
  readonly sensitive?: (ref: R, arc: number) => boolean;
}

export interface AuditFinding<R> {
  readonly ref: R;
  /** Position of the value in the layout. */
  readonly arc: number;
  /** Exact feasible interval; `max` is `Infinity` when unbounded. */
  readonly min: number;
  readonly max: number;
  readonly known: KnownRange;
  readonly sensitive: boolean;
  /** Sensitive and not protected by the rule above. */
  readonly recoverable: boolean;
}

export interface AuditReport<R> {
  readonly safe: boolean;
  /** One finding per suppressed value. */
  readonly findings: readonly AuditFinding<R>[];
}

export const DEFAULT_THRESHOLD = 5;
const ANYTHING: KnownRange = { min: 0, max: Infinity };

/** The rule of this module, for one value. */
export function isProtected(interval: KnownRange, known: KnownRange, threshold: number): boolean {
  if (!(interval.min < interval.max)) return false;
  if (interval.min === 0 || interval.max >= threshold) return true;
  return known.min >= 1 && known.max <= threshold - 1;
}

export function checkThreshold(threshold: number): number {
  if (!Number.isSafeInteger(threshold) || threshold < 2) throw new RangeError('threshold must be an integer of at least 2');
  return threshold;
}

/** The equations of a published table or list as a graph: one arc per value, one node per equation. */
export interface Layout<R> {
  readonly nodeCount: number;
  readonly arcs: readonly { readonly from: number; readonly to: number; readonly ref: R }[];
}

/**
 * Arcs in this order: cells row by row, then row totals, column totals, the grand total.
 * Nodes: 0 the grand total's equation (over row totals), 1 over column totals, then rows, columns.
 */
export function tableLayout(rows: number, columns: number): Layout<TableRef> {
  const row = (i: number) => 2 + i;
  const column = (j: number) => 2 + rows + j;
  const arcs: { from: number; to: number; ref: TableRef }[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) arcs.push({ from: row(i), to: column(j), ref: { kind: 'cell', row: i, column: j } });
  }
  for (let i = 0; i < rows; i++) arcs.push({ from: 0, to: row(i), ref: { kind: 'rowTotal', row: i } });
  for (let j = 0; j < columns; j++) arcs.push({ from: column(j), to: 1, ref: { kind: 'columnTotal', column: j } });
  arcs.push({ from: 1, to: 0, ref: { kind: 'grandTotal' } });
  return { nodeCount: 2 + rows + columns, arcs };
}

/** Arcs: the values in order, then the total. Node 0 and 1: the one equation, both sides. */
export function listLayout(length: number): Layout<ListRef> {
  const arcs: { from: number; to: number; ref: ListRef }[] = [];
  for (let index = 0; index < length; index++) arcs.push({ from: 0, to: 1, ref: { kind: 'value', index } });
  arcs.push({ from: 1, to: 0, ref: { kind: 'total' } });
  return { nodeCount: 2, arcs };
}

/** Flattens a published table in `tableLayout` order, checking its shape. */
export function tableValues(table: PublishedTable): (number | null)[] {
  const rows = table.cells.length;
  const columns = table.columnTotals.length;
  if (table.rowTotals.length !== rows) throw new RangeError('one row total per row');
  if (table.cells.some((r) => r.length !== columns)) throw new RangeError('every row needs one cell per column total');
  return [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.grandTotal];
}

/**
 * Audits published values laid out on `layout` (`null` = suppressed). `only`, when given, limits
 * the findings to those arcs (used by suppression to audit just the sensitive ones).
 */
export function auditLayout<R>(
  layout: Layout<R>,
  published: readonly (number | null)[],
  options: AuditOptions<R> = {},
  only?: readonly number[],
): AuditReport<R> {
  const threshold = checkThreshold(options.threshold ?? DEFAULT_THRESHOLD);
  if (published.length !== layout.arcs.length) throw new RangeError('one published value per arc');
  const known = published.map((value, a) => {
    if (value !== null) {
      if (!Number.isSafeInteger(value) || value < 0) throw new RangeError('published values must be non-negative integers');
      return { min: value, max: value };
    }
    const stated = options.known?.(layout.arcs[a]!.ref, a) ?? ANYTHING;
    return { min: Math.max(0, stated.min), max: stated.max };
  });
  const flowArcs: FlowArc[] = layout.arcs.map((arc, a) => ({ from: arc.from, to: arc.to, ...known[a]! }));
  const targets = (only ?? published.map((_, a) => a)).filter((a) => published[a] === null);
  const intervals = arcIntervals(layout.nodeCount, flowArcs, targets);
  if (intervals === null) throw new RangeError('the published values and stated ranges contradict each other');
  const findings = targets.map((a, n): AuditFinding<R> => {
    const ref = layout.arcs[a]!.ref;
    const interval = intervals[n]!;
    const sensitive = options.sensitive?.(ref, a) ?? true;
    const stated = known[a]!;
    return { ref, arc: a, min: interval.min, max: interval.max, known: stated, sensitive, recoverable: sensitive && !isProtected(interval, stated, threshold) };
  });
  return { safe: findings.every((f) => !f.recoverable), findings };
}

export function auditTable(table: PublishedTable, options: AuditOptions<TableRef> = {}): AuditReport<TableRef> {
  return auditLayout(tableLayout(table.cells.length, table.columnTotals.length), tableValues(table), options);
}

export function auditList(list: PublishedList, options: AuditOptions<ListRef> = {}): AuditReport<ListRef> {
  return auditLayout(listLayout(list.values.length), [...list.values, list.total], options);
}
