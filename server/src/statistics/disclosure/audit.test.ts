import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { auditList, auditTable, isProtected, type KnownRange, type PublishedTable, type TableRef } from './audit.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

const interval = (report: ReturnType<typeof auditTable>, ref: TableRef) => {
  const f = report.findings.find((x) => JSON.stringify(x.ref) === JSON.stringify(ref));
  assert.ok(f, `no finding for ${JSON.stringify(ref)}`);
  return [f.min, f.max];
};

test('a lone suppressed cell in a row is recovered from the row total', () => {
  const report = auditTable({ cells: [[null, 7], [4, 9]], rowTotals: [10, 13], columnTotals: [7, 16], grandTotal: 23 });
  assert.deepEqual(interval(report, { kind: 'cell', row: 0, column: 0 }), [3, 3]);
  assert.equal(report.safe, false);
});

test('four suppressed cells in a 2 × 2 pattern move together', () => {
  // True table [[3, 10], [12, 2]]: x00 + x01 = 13, x00 + x10 = 15, x10 + x11 = 14.
  const report = auditTable({ cells: [[null, null], [null, null]], rowTotals: [13, 14], columnTotals: [15, 12], grandTotal: 27 });
  assert.deepEqual(interval(report, { kind: 'cell', row: 0, column: 0 }), [1, 13]);
  assert.deepEqual(interval(report, { kind: 'cell', row: 1, column: 1 }), [0, 12]);
  assert.equal(report.safe, true);
});

test('a stated range narrows the interval', () => {
  const table: PublishedTable = { cells: [[null, null], [null, null]], rowTotals: [13, 14], columnTotals: [15, 12], grandTotal: 27 };
  const known = (ref: TableRef): KnownRange | undefined =>
    ref.kind === 'cell' && ref.row === ref.column ? { min: 1, max: 4 } : { min: 5, max: Infinity };
  const report = auditTable(table, { known });
  // x00 in 1..4 and x01 = 13 - x00 >= 5, x10 = 15 - x00 >= 5, x11 = x00 - 1 in 1..4: x00 in 2..4.
  assert.deepEqual(interval(report, { kind: 'cell', row: 0, column: 0 }), [2, 4]);
  // The labels say 1..4 and the exact value stays open: protected.
  assert.equal(report.safe, true);
});

test('with every total of a cell suppressed, nothing bounds it', () => {
  const report = auditTable({ cells: [[null, 5], [6, 7]], rowTotals: [null, 13], columnTotals: [null, 12], grandTotal: null });
  assert.deepEqual(interval(report, { kind: 'cell', row: 0, column: 0 }), [0, Infinity]);
  // g = (x + 5) + 13 with x >= 0.
  assert.deepEqual(interval(report, { kind: 'grandTotal' }), [18, Infinity]);
});

test('a list: two suppressed values share what the total leaves', () => {
  const report = auditList({ values: [null, 20, null], total: 25 });
  assert.deepEqual(report.findings.map((f) => [f.min, f.max]), [[0, 5], [0, 5]]);
  assert.equal(report.safe, true);
  assert.equal(auditList({ values: [null, 20, 3], total: 25 }).safe, false);
});

test('contradictory published values are refused', () => {
  assert.throws(() => auditTable({ cells: [[1, null]], rowTotals: [5], columnTotals: [2, 3], grandTotal: 5 }), /contradict/);
});

test('the rule', () => {
  const anything = { min: 0, max: Infinity };
  assert.equal(isProtected({ min: 0, max: 3 }, anything, 5), true);
  assert.equal(isProtected({ min: 2, max: 7 }, anything, 5), true);
  assert.equal(isProtected({ min: 1, max: 4 }, anything, 5), false);
  assert.equal(isProtected({ min: 3, max: 3 }, anything, 5), false);
  assert.equal(isProtected({ min: 0, max: 0 }, anything, 5), false);
  assert.equal(isProtected({ min: 1, max: 4 }, { min: 1, max: 4 }, 5), true);
  assert.equal(isProtected({ min: 2, max: 2 }, { min: 1, max: 4 }, 5), false);
});

/** Every integer table that fits what is published, by enumeration (the grand total is published). */
function bruteForce(truth: number[][], hidden: boolean[], known: (KnownRange | undefined)[]): Map<number, [number, number]> {
  const rows = truth.length;
  const columns = truth[0]!.length;
  const cells = truth.flat();
  const rowTotals = truth.map((r) => r.reduce((a, b) => a + b, 0));
  const columnTotals = Array.from({ length: columns }, (_, j) => truth.reduce((a, r) => a + r[j]!, 0));
  const truthAll = [...cells, ...rowTotals, ...columnTotals, rowTotals.reduce((a, b) => a + b, 0)];
  const free = cells.flatMap((_, a) => (hidden[a] ? [a] : []));
  const rest = truthAll.at(-1)! - cells.reduce((s, v, a) => (hidden[a] ? s : s + v), 0);
  const fits = (a: number, v: number) =>
    hidden[a] ? v >= (known[a]?.min ?? 0) && v <= (known[a]?.max ?? Infinity) : v === truthAll[a];
  const seen = new Map<number, [number, number]>();
  const trial = cells.slice();
  const visit = (k: number, left: number): void => {
    if (k === free.length) {
      if (left !== 0) return;
      const all = [
        ...trial,
        ...Array.from({ length: rows }, (_, i) => trial.slice(i * columns, (i + 1) * columns).reduce((a, b) => a + b, 0)),
        ...Array.from({ length: columns }, (_, j) => trial.filter((_, a) => a % columns === j).reduce((a, b) => a + b, 0)),
        truthAll.at(-1)!,
      ];
      if (!all.every((v, a) => fits(a, v))) return;
      all.forEach((v, a) => {
        if (!hidden[a]) return;
        const r = seen.get(a);
        seen.set(a, r ? [Math.min(r[0], v), Math.max(r[1], v)] : [v, v]);
      });
      return;
    }
    for (let v = 0; v <= left; v++) {
      trial[free[k]!] = v;
      visit(k + 1, left - v);
    }
  };
  visit(0, rest);
  return seen;
}

test('the audit agrees with enumerating every table (exactness)', () => {
  const threshold = 5;
  const ranges: (KnownRange | undefined)[] = [undefined, { min: 1, max: Infinity }, { min: 1, max: threshold - 1 }, { min: threshold, max: Infinity }];
  const arb = fc
    .record({ rows: fc.integer({ min: 1, max: 2 }), columns: fc.integer({ min: 1, max: 3 }) })
    .chain(({ rows, columns }) =>
      fc.record({
        truth: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
        hidden: fc.array(fc.boolean(), { minLength: rows * columns + rows + columns + 1, maxLength: rows * columns + rows + columns + 1 }),
        range: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: rows * columns + rows + columns + 1, maxLength: rows * columns + rows + columns + 1 }),
      }),
    );
  fc.assert(
    fc.property(arb, ({ truth, hidden, range }) => {
      const rows = truth.length;
      const columns = truth[0]!.length;
      hidden[hidden.length - 1] = false; // grand total published: the enumeration is finite
      const rowTotals = truth.map((r) => r.reduce((a, b) => a + b, 0));
      const columnTotals = Array.from({ length: columns }, (_, j) => truth.reduce((a, r) => a + r[j]!, 0));
      const all = [...truth.flat(), ...rowTotals, ...columnTotals, rowTotals.reduce((a, b) => a + b, 0)];
      // Stated ranges always hold for the true value.
      const known = all.map((v, a) => {
        const r = ranges[range[a]!];
        return hidden[a] && r && v >= r.min && v <= r.max ? r : undefined;
      });
      const show = (v: number, a: number) => (hidden[a] ? null : v);
      const m = rows * columns;
      const table: PublishedTable = {
        cells: truth.map((r, i) => r.map((v, j) => show(v, i * columns + j))),
        rowTotals: rowTotals.map((v, i) => show(v, m + i)),
        columnTotals: columnTotals.map((v, j) => show(v, m + rows + j)),
        grandTotal: all.at(-1)!,
      };
      const report = auditTable(table, { threshold, known: (_, a) => known[a] });
      const expected = bruteForce(truth, hidden, known);
      assert.equal(report.findings.length, expected.size);
      for (const f of report.findings) assert.deepEqual([f.min, f.max], expected.get(f.arc), JSON.stringify(f.ref));
    }),
    { numRuns: RUNS },
  );
});
