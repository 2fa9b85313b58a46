/**
 * Cell suppression for published count tables (e.g. year × sex, citizenship × form of
 * exploitation) and lists (counts with a total). The method is in `complementary.ts`; what a
 * table can reveal is checked by the exact audit in `audit.ts` before it is returned.
 *
 * Tables must be additive: each person is counted in exactly one cell, and the totals are the
 * sums of the cells (they are computed here). A table where a person can be in several columns
 * (several forms of exploitation) is not: publish the combination ("multiple forms") as its own
 * column instead, or the totals give the reader equations this module does not know about.
 *
 * Several tables that share a margin (year × sex and year × citizenship both give the year
 * totals) are safe together when that margin is published in full and identically in each:
 * build each with `keepRowTotals` (or `keepColumnTotals`) for the shared side, and check the
 * results with `checkSharedMargin`. The suppressed values of the tables then sit in separate
 * equations (every equation that links the tables has only published values), so each table's
 * audit holds for all of them together. A kept total that is itself below the threshold cannot
 * be published, and the table is refused (`DisclosureControlError`): merge those categories (two
 * years into one) and build again; so is a table that kept totals leave without protection.
 * Not covered: tables that are aggregations of one another (country × year and region × year),
 * the same table published again with corrected counts, and tables with different thresholds.
 */
import {
  auditLayout,
  checkThreshold,
  DEFAULT_THRESHOLD,
  listLayout,
  tableLayout,
  type AuditReport,
  type ListRef,
  type TableRef,
} from './audit.js';
import { DisclosureControlError, knownRange, protect, type LabelStyle, type Suppression } from './complementary.js';

export interface SuppressionOptions {
  /** Values 1..threshold-1 are suppressed. Default 5. */
  readonly threshold?: number;
  /** Default `threshold`: primary values read "<5", complementary ones `suppressedLabel`. */
  readonly labels?: LabelStyle;
  /** Label of complementary suppressions, and of every suppressed value with uniform labels. Default "x". */
  readonly suppressedLabel?: string;
}

export interface TableSuppressionOptions extends SuppressionOptions {
  /** Never suppress a row total (or the grand total) as a complement: it is shared with other tables. */
  readonly keepRowTotals?: boolean;
  /** The same for the column totals. */
  readonly keepColumnTotals?: boolean;
}

export interface ListSuppressionOptions extends SuppressionOptions {
  /** Never suppress the total as a complement. */
  readonly keepTotal?: boolean;
}

/** One published value: render `label`; `value` is null when suppressed. */
export interface PublishedCell {
  readonly value: number | null;
  /** Why it is hidden. Internal: show readers only the label, which says what may be said. */
  readonly suppressed: Suppression;
  readonly label: string;
}

interface Publication {
  readonly threshold: number;
  /** The label style actually used: `uniform` when "<t" labels could not be made safe. */
  readonly labels: LabelStyle;
  readonly suppressedLabel: string;
}

export interface SuppressedTable extends Publication {
  readonly cells: readonly (readonly PublishedCell[])[];
  readonly rowTotals: readonly PublishedCell[];
  readonly columnTotals: readonly PublishedCell[];
  readonly grandTotal: PublishedCell;
}

export interface SuppressedList extends Publication {
  readonly values: readonly PublishedCell[];
  readonly total: PublishedCell;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function settings(options: SuppressionOptions): { threshold: number; labels: LabelStyle; suppressedLabel: string } {
  const threshold = checkThreshold(options.threshold ?? DEFAULT_THRESHOLD);
  const suppressedLabel = options.suppressedLabel ?? 'x';
  if (suppressedLabel === `<${threshold}` || /^\d+$/.test(suppressedLabel)) throw new RangeError('suppressedLabel must not read as a count');
  return { threshold, labels: options.labels ?? 'threshold', suppressedLabel };
}

function cell(value: number, suppressed: Suppression, p: Publication): PublishedCell {
  if (suppressed === null) return { value, suppressed, label: String(value) };
  const label = suppressed === 'primary' && p.labels === 'threshold' ? `<${p.threshold}` : p.suppressedLabel;
  return { value: null, suppressed, label };
}

function checkCounts(values: readonly number[]): void {
  if (values.some((v) => !Number.isSafeInteger(v) || v < 0)) throw new RangeError('counts must be non-negative integers');
}

/** Suppresses a rows × columns table of counts and its totals. */
export function suppressTable(cells: readonly (readonly number[])[], options: TableSuppressionOptions = {}): SuppressedTable {
  const s = settings(options);
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  if (rows === 0 || columns === 0 || cells.some((r) => r.length !== columns)) throw new RangeError('a table needs at least one row and column, all rows of equal length');
  cells.forEach(checkCounts);
  const rowTotals = cells.map(sum);
  const columnTotals = Array.from({ length: columns }, (_, j) => sum(cells.map((r) => r[j]!)));
  const values = [...cells.flat(), ...rowTotals, ...columnTotals, sum(rowTotals)];
  const small = (totals: number[]) => totals.findIndex((v) => v > 0 && v < s.threshold);
  if (options.keepRowTotals && small(rowTotals) !== -1) throw new DisclosureControlError(`row total ${small(rowTotals)} is below the threshold and must stay published; merge rows`);
  if (options.keepColumnTotals && small(columnTotals) !== -1) throw new DisclosureControlError(`column total ${small(columnTotals)} is below the threshold and must stay published; merge columns`);
  const layout = tableLayout(rows, columns);
  const eligible = layout.arcs.map(({ ref }) =>
    ref.kind === 'rowTotal' ? !options.keepRowTotals
    : ref.kind === 'columnTotal' ? !options.keepColumnTotals
    : ref.kind === 'grandTotal' ? !options.keepRowTotals && !options.keepColumnTotals
    : true,
  );
  const { status, labels } = protect({ layout, values, eligible, threshold: s.threshold }, s.labels);
  const p: Publication = { ...s, labels };
  const at = (a: number) => cell(values[a]!, status[a]!, p);
  const m = rows * columns;
  return {
    ...p,
    cells: cells.map((r, i) => r.map((_, j) => at(i * columns + j))),
    rowTotals: rowTotals.map((_, i) => at(m + i)),
    columnTotals: columnTotals.map((_, j) => at(m + rows + j)),
    grandTotal: at(m + rows + columns),
  };
}

/** Suppresses a list of counts and its total (a one-way table). */
export function suppressList(values: readonly number[], options: ListSuppressionOptions = {}): SuppressedList {
  const s = settings(options);
  checkCounts(values);
  const all = [...values, sum(values)];
  const layout = listLayout(values.length);
  if (options.keepTotal && all[values.length]! > 0 && all[values.length]! < s.threshold) throw new DisclosureControlError('the total is below the threshold and must stay published');
  const eligible = all.map((_, a) => a < values.length || !options.keepTotal);
  const { status, labels } = protect({ layout, values: all, eligible, threshold: s.threshold }, s.labels);
  const p: Publication = { ...s, labels };
  return { ...p, values: values.map((v, i) => cell(v, status[i]!, p)), total: cell(all[values.length]!, status[values.length]!, p) };
}

const value = (c: PublishedCell) => c.value;
const readerKnows = (p: Publication, cells: readonly PublishedCell[]) => ({
  threshold: p.threshold,
  known: (_: unknown, a: number) => knownRange(cells[a]!.suppressed, p.labels, p.threshold),
  sensitive: (_: unknown, a: number) => cells[a]!.suppressed === 'primary',
});

/** The audit of a suppressed table as its reader sees it (labels included); primary values are the sensitive ones. */
export function auditSuppressedTable(t: SuppressedTable): AuditReport<TableRef> {
  const all = [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.grandTotal];
  return auditLayout(tableLayout(t.rowTotals.length, t.columnTotals.length), all.map(value), readerKnows(t, all));
}

export function auditSuppressedList(l: SuppressedList): AuditReport<ListRef> {
  const all = [...l.values, l.total];
  return auditLayout(listLayout(l.values.length), all.map(value), readerKnows(l, all));
}

/**
 * Checks that a margin shared by several publications (e.g. `a.rowTotals`, `b.rowTotals`, a
 * year list's `values`) is published in full and identically in each. Returns the problems;
 * none means the publications' protections hold together (see the module comment).
 */
export function checkSharedMargin(margins: readonly (readonly PublishedCell[])[]): string[] {
  const problems: string[] = [];
  const first = margins[0];
  if (first === undefined) return problems;
  margins.forEach((margin, t) => {
    if (margin.length !== first.length) problems.push(`publication ${t} has ${margin.length} totals, publication 0 has ${first.length}`);
    margin.forEach((c, i) => {
      if (c.value === null) problems.push(`publication ${t}: total ${i} is suppressed`);
      else if (first[i] !== undefined && first[i].value !== null && first[i].value !== c.value) {
        problems.push(`publication ${t}: total ${i} is ${c.value}, publication 0 gives ${first[i].value}`);
      }
    });
  });
  return problems;
}
