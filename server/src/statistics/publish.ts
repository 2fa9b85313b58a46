/**
 * What leaves the server of a suppressed count: a label to show and the value, or null when it
 * is hidden. Never the kind of suppression (`primary` / `secondary`): shown to readers it would
 * say which hidden values are the small ones (see disclosure/README.md).
 */
import {
  auditList,
  auditTable,
  checkSharedMargin,
  DisclosureControlError,
  suppressList,
  suppressTable,
  type KnownRange,
  type PublishedCell,
  type SuppressedList,
  type SuppressedTable,
} from './disclosure/index.js';

export interface Cell {
  readonly label: string;
  readonly value: number | null;
}

/** One year of a table: the year's total and its breakdown; `cells` is null when the year is not broken down. */
export interface YearRow {
  readonly year: number;
  readonly total: Cell;
  readonly cells: readonly Cell[] | null;
}

export const shown = (c: PublishedCell): Cell => ({ label: c.label, value: c.value });
const zeros = (n: number): Cell[] => Array.from({ length: n }, () => ({ label: '0', value: 0 }));

/** A year's count on its own (no sum over years is ever published, so it is in no equation): "<5" when small. */
export function yearTotal(count: number, threshold: number): PublishedCell {
  return suppressList([count], { threshold }).total;
}

/**
 * A breakdown of a year's total (one person in exactly one category) with the total kept: it is
 * the margin every table of the year shares. Null when the year is too small to break down, or
 * when no suppression pattern protects it with the total published (the module refuses then).
 */
export function keptTotalList(counts: readonly number[], total: number, threshold: number): SuppressedList | 'zero' | null {
  if (counts.reduce((a, b) => a + b, 0) !== total) throw new Error('a breakdown must add up to its total');
  if (total === 0) return 'zero';
  if (total < threshold) return null;
  try {
    return suppressList(counts, { threshold, keepTotal: true });
  } catch (error) {
    if (error instanceof DisclosureControlError) return null;
    throw error;
  }
}

export function listCells(list: SuppressedList | 'zero' | null, columns: number): Cell[] | null {
  if (list === 'zero') return zeros(columns);
  return list === null ? null : list.values.map(shown);
}

/**
 * A rows × columns table of a year whose grand total is the shared margin. `suppressTable` has no
 * option to keep the grand total alone, so the table is suppressed freely and refused (null) in
 * the rare case that it chose the grand total as a complement.
 */
export function keptGrandTotalTable(cells: readonly (readonly number[])[], total: number, threshold: number): SuppressedTable | 'zero' | null {
  if (total === 0) return 'zero';
  if (total < threshold) return null;
  try {
    const table = suppressTable(cells, { threshold });
    return table.grandTotal.value === total ? table : null;
  } catch (error) {
    if (error instanceof DisclosureControlError) return null;
    throw error;
  }
}

/** Throws unless every publication of a year gives the same, published total (the module's shared-margin rule). */
export function assertSharedMargin(what: string, margins: readonly PublishedCell[]): void {
  const problems = checkSharedMargin(margins.map((m) => [m]));
  if (problems.length > 0) throw new Error(`${what}: the shared total is not published identically: ${problems.join('; ')}`);
}

/**
 * What a reader knows of a hidden value from its label. With "<t" labels, "<t" states 1..t-1 and
 * "x" (a complement) states at least t; a row with "x" but no "<t" uses uniform labels, where "x"
 * states only that the value is not zero (zeros are always published).
 */
export function knownFromLabels(cells: readonly Cell[], threshold: number): (cell: Cell) => KnownRange | undefined {
  const small = `<${threshold}`;
  const thresholdLabels = cells.some((c) => c.label === small);
  return (cell) => {
    if (cell.value !== null) return undefined;
    if (cell.label === small) return { min: 1, max: threshold - 1 };
    return thresholdLabels ? { min: threshold, max: Infinity } : { min: 1, max: Infinity };
  };
}

/**
 * The attacker's audit of one published row (its cells and its total) against the true counts:
 * no hidden value that is truly 1..t-1 may be derived exactly, or be shown to be small when its
 * label does not say so — by a reader of the labels or one who only knows counts are not negative.
 * Returns the problems; none means the row is safe on its own.
 */
export function auditRow(cells: readonly Cell[], total: Cell, truth: readonly number[], threshold: number): string[] {
  const all = [...cells, total];
  const trueAll = [...truth, truth.reduce((a, b) => a + b, 0)];
  const sensitive = (_: unknown, a: number) => all[a]!.value === null && trueAll[a]! > 0 && trueAll[a]! < threshold;
  const known = knownFromLabels(all, threshold);
  const list = { values: cells.map((c) => c.value), total: total.value };
  const reports = [
    auditList(list, { threshold, sensitive, known: (_, a) => known(all[a]!) }),
    auditList(list, { threshold, sensitive }),
  ];
  return reports.flatMap((r) => r.findings.filter((f) => f.recoverable).map((f) => `value ${JSON.stringify(f.ref)} lies in ${f.min}..${f.max}`));
}

/**
 * The same for a table published through its margins only (e.g. children/adults and the age
 * bands, whose cells are the bands placed in their group): `place[j]` is the row of column j.
 */
export function auditMargins(
  rowCells: readonly Cell[],
  columnCells: readonly Cell[],
  total: Cell,
  place: readonly number[],
  truth: { rows: readonly number[]; columns: readonly number[] },
  threshold: number,
): string[] {
  const rows = rowCells.length;
  const cells = columnCells.map((c, j) => Array.from({ length: rows }, (_, i) => (i === place[j] ? c : ({ label: '0', value: 0 } as Cell))));
  const transposed = Array.from({ length: rows }, (_, i) => cells.map((column) => column[i]!));
  const trueCells = truth.columns.map((v, j) => Array.from({ length: rows }, (_, i) => (i === place[j] ? v : 0)));
  const trueTransposed = Array.from({ length: rows }, (_, i) => trueCells.map((column) => column[i]!));
  const all = [...transposed.flat(), ...rowCells, ...columnCells, total];
  const trueAll = [...trueTransposed.flat(), ...truth.rows, ...truth.columns, truth.rows.reduce((a, b) => a + b, 0)];
  const known = knownFromLabels(all, threshold);
  const sensitive = (_: unknown, a: number) => all[a]!.value === null && trueAll[a]! > 0 && trueAll[a]! < threshold;
  const table = {
    cells: transposed.map((r) => r.map((c) => c.value)),
    rowTotals: rowCells.map((c) => c.value),
    columnTotals: columnCells.map((c) => c.value),
    grandTotal: total.value,
  };
  const reports = [auditTable(table, { threshold, sensitive, known: (_, a) => known(all[a]!) }), auditTable(table, { threshold, sensitive })];
  return reports.flatMap((r) => r.findings.filter((f) => f.recoverable).map((f) => `value ${JSON.stringify(f.ref)} lies in ${f.min}..${f.max}`));
}
