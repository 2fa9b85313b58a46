import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { auditTable, auditList, type PublishedTable } from './audit.js';
import { DisclosureControlError } from './complementary.js';
import {
  auditSuppressedList,
  auditSuppressedTable,
  checkSharedMargin,
  suppressList,
  suppressTable,
  type PublishedCell,
  type SuppressedTable,
} from './suppression.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

const labels = (cells: readonly PublishedCell[]) => cells.map((c) => c.label);
const published = (t: SuppressedTable): PublishedTable => ({
  cells: t.cells.map((r) => r.map((c) => c.value)),
  rowTotals: t.rowTotals.map((c) => c.value),
  columnTotals: t.columnTotals.map((c) => c.value),
  grandTotal: t.grandTotal.value,
});

test('a small cell, its complement in the row and the column, and the fourth corner', () => {
  // year × sex
  const t = suppressTable([
    [3, 12],
    [10, 14],
    [20, 25],
  ]);
  assert.deepEqual(t.cells.map(labels), [['<5', 'x'], ['x', 'x'], ['20', '25']]);
  assert.deepEqual(labels(t.rowTotals), ['15', '24', '45']);
  assert.equal(t.grandTotal.label, '84');
  assert.deepEqual(t.cells[0]![0], { value: null, suppressed: 'primary', label: '<5' });
  assert.equal(t.cells[0]![1]!.suppressed, 'secondary');
  assert.equal(t.labels, 'threshold');
  assert.equal(auditSuppressedTable(t).safe, true);
});

test('zeros are published and never used as complements', () => {
  const t = suppressTable([
    [2, 0, 9],
    [0, 0, 11],
    [7, 0, 30],
  ]);
  assert.deepEqual(t.cells.map(labels), [['<5', '0', 'x'], ['0', '0', '11'], ['x', '0', 'x']]);
  assert.equal(t.columnTotals[1]!.label, '0');
});

test('a table without small counts is published as it is', () => {
  const t = suppressTable([[5, 6], [0, 70]]);
  assert.ok([...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.grandTotal].every((c) => c.suppressed === null));
});

test('a small total is suppressed and protected one level up', () => {
  // Row 0 totals 4: the row total is primary; another row total must go with it.
  const t = suppressTable([
    [1, 3],
    [9, 12],
    [30, 6],
  ]);
  assert.equal(t.rowTotals[0]!.suppressed, 'primary');
  assert.ok(t.rowTotals.filter((c) => c.suppressed !== null).length + (t.grandTotal.suppressed ? 1 : 0) >= 2);
  assert.equal(auditSuppressedTable(t).safe, true);
});

test('when "<5" labels would give a value away, every suppressed value gets the same label', () => {
  // Four cells "<5" in a row whose total is "<5": each must be 1.
  const t = suppressTable([[1, 1, 1, 1]]);
  assert.equal(t.labels, 'uniform');
  assert.deepEqual(t.cells.map(labels), [['x', 'x', 'x', 'x']]);
  assert.equal(auditSuppressedTable(t).safe, true);
});

test('the threshold and labels are configurable', () => {
  const t = suppressTable([[8, 40], [30, 50]], { threshold: 10, suppressedLabel: '..' });
  assert.deepEqual(t.cells.map(labels), [['<10', '..'], ['..', '..']]);
  const u = suppressTable([[3, 40], [30, 50]], { labels: 'uniform', suppressedLabel: 'c' });
  assert.deepEqual(u.cells.map(labels), [['c', 'c'], ['c', 'c']]);
  assert.throws(() => suppressTable([[1]], { threshold: 1 }), RangeError);
  assert.throws(() => suppressTable([[1]], { suppressedLabel: '<5' }), RangeError);
  assert.throws(() => suppressTable([[1, 2], [3]]), RangeError);
  assert.throws(() => suppressTable([[-1]]), RangeError);
});

test('a list with a total', () => {
  const l = suppressList([12, 3, 40, 0, 8]);
  assert.deepEqual(labels(l.values), ['12', '<5', '40', '0', 'x']);
  assert.equal(l.total.label, '63');
  assert.equal(auditSuppressedList(l).safe, true);
  const tiny = suppressList([2, 0]);
  assert.deepEqual([...labels(tiny.values), tiny.total.label], ['<5', '0', '<5']);
  assert.equal(auditSuppressedList(tiny).safe, true);
});

test('tables that share the year totals: kept totals, checked together', () => {
  const bySex = suppressTable([[3, 12], [10, 14], [20, 25]], { keepRowTotals: true });
  const byCitizenship = suppressTable([[9, 4, 2], [20, 2, 2], [40, 5, 0]], { keepRowTotals: true });
  assert.deepEqual(checkSharedMargin([bySex.rowTotals, byCitizenship.rowTotals]), []);
  assert.ok(bySex.rowTotals.every((c) => c.suppressed === null));
  assert.equal(byCitizenship.grandTotal.suppressed, null);

  assert.throws(() => suppressTable([[1, 2], [10, 14], [20, 25]], { keepRowTotals: true }), /row total 0 is below the threshold/);
  const unkept = suppressTable([[1, 2], [10, 14], [20, 25]]);
  assert.match(checkSharedMargin([bySex.rowTotals, unkept.rowTotals]).join('\n'), /publication 1: total 0 is suppressed/);
  const different = suppressTable([[4, 12], [10, 14], [20, 25]], { keepRowTotals: true });
  assert.match(checkSharedMargin([bySex.rowTotals, different.rowTotals]).join('\n'), /total 0 is 16, publication 0 gives 15/);
});

test('kept totals that leave no protection are refused', () => {
  // Row 0 = [2, 5]: with the row total kept, "x" (>= 5) and "<5" pin each other; with uniform
  // labels only the column totals are left, and they are kept too.
  assert.throws(() => suppressTable([[2, 5]], { keepRowTotals: true, keepColumnTotals: true }), DisclosureControlError);
});

/** Counts as a trafficking table has them: many zeros and small numbers. */
const count = fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 4, arbitrary: fc.integer({ min: 5, max: 40 }) });
const table = fc
  .record({ rows: fc.integer({ min: 1, max: 8 }), columns: fc.integer({ min: 1, max: 8 }) })
  .chain(({ rows, columns }) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));

function checkPublished(truth: readonly number[], cells: readonly PublishedCell[], threshold: number): void {
  cells.forEach((c, a) => {
    const v = truth[a]!;
    if (c.value !== null) assert.equal(c.value, v);
    assert.equal(c.suppressed === 'primary', v > 0 && v < threshold, 'primary exactly when 0 < value < threshold');
    if (v === 0) assert.equal(c.suppressed, null, 'zeros are published');
    assert.equal(c.suppressed === null, c.value !== null);
  });
}

test('property: suppressed tables are safe, and what is published is true', () => {
  fc.assert(
    fc.property(table, fc.constantFrom(3, 5), fc.constantFrom('threshold' as const, 'uniform' as const), (cells, threshold, style) => {
      const t = suppressTable(cells, { threshold, labels: style });
      const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
      const columnTotals = cells[0]!.map((_, j) => cells.reduce((a, r) => a + r[j]!, 0));
      const truth = [...cells.flat(), ...rowTotals, ...columnTotals, rowTotals.reduce((a, b) => a + b, 0)];
      const out = [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.grandTotal];
      checkPublished(truth, out, threshold);
      // The reader of the labels, and a reader who only knows that counts are non-negative.
      assert.equal(auditSuppressedTable(t).safe, true);
      const primary = (_: unknown, a: number) => out[a]!.suppressed === 'primary';
      assert.equal(auditTable(published(t), { threshold, sensitive: primary }).safe, true);
    }),
    { numRuns: RUNS },
  );
});

test('property: suppressed lists are safe, and what is published is true', () => {
  fc.assert(
    fc.property(fc.array(count, { minLength: 1, maxLength: 12 }), (values) => {
      const l = suppressList(values);
      const truth = [...values, values.reduce((a, b) => a + b, 0)];
      const out = [...l.values, l.total];
      checkPublished(truth, out, 5);
      assert.equal(auditSuppressedList(l).safe, true);
      const primary = (_: unknown, a: number) => out[a]!.suppressed === 'primary';
      assert.equal(auditList({ values: l.values.map((c) => c.value), total: l.total.value }, { sensitive: primary }).safe, true);
    }),
    { numRuns: RUNS * 2 },
  );
});

test('property: with kept row totals, either every row total is published or the table is refused', () => {
  let refused = 0;
  fc.assert(
    fc.property(table, (cells) => {
      let t: SuppressedTable;
      try {
        t = suppressTable(cells, { keepRowTotals: true });
      } catch (error) {
        assert.ok(error instanceof DisclosureControlError);
        refused++;
        return;
      }
      t.rowTotals.forEach((c, i) => {
        const total = cells[i]!.reduce((a, b) => a + b, 0);
        assert.equal(c.suppressed, null);
        assert.ok(total === 0 || total >= 5);
      });
      assert.equal(auditSuppressedTable(t).safe, true);
    }),
    { numRuns: RUNS },
  );
  assert.ok(refused < RUNS, 'some tables are published');
});
