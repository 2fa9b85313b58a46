import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { EXPLOITATION_FORMS, IDENTIFICATION_CHANNELS } from '../../../common/src/case-parts.js';
import { AGE_BAND_GROUP, caseStatistics, trueCounts, type CaseStatistics, type CaseTableKey } from './case-statistics.js';
import type { CaseFact } from './facts.js';
import { auditMargins, auditRow, type Cell } from './publish.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);

function fact(overrides: Partial<CaseFact> = {}): CaseFact {
  return { year: 2024, sex: 'female', age: 25, citizenship: 'AZ', exploitation: ['ForcedLabour'], transnational: true, channel: 'police', status: 'identified', ...overrides };
}
const many = (n: number, overrides: Partial<CaseFact> = {}) => Array.from({ length: n }, () => fact(overrides));

const tableOf = (s: CaseStatistics, key: CaseTableKey) => s.tables.find((t) => t.key === key)!;
const rowOf = (s: CaseStatistics, key: CaseTableKey, year: number) => tableOf(s, key).rows.find((r) => r.year === year)!;
const labels = (cells: readonly Cell[] | null) => cells?.map((c) => c.label) ?? null;
const labelOf = (s: CaseStatistics, key: CaseTableKey, year: number, column: string) => {
  const table = tableOf(s, key);
  return rowOf(s, key, year).cells?.[table.columns.indexOf(column)]?.label;
};

/** Every row as a reader sees it, audited against the truth; and every table of a year repeats its total. */
function assertSafe(facts: readonly CaseFact[], s: CaseStatistics) {
  for (const { year, total } of s.totals) {
    const truth = trueCounts(facts, s, year);
    for (const table of s.tables) {
      const row = table.rows.find((r) => r.year === year)!;
      assert.deepEqual(row.total, total, `${table.key} ${year}: the shared total`);
      if (row.cells === null) continue;
      assert.equal(row.cells.length, table.columns.length);
      assert.notEqual(total.value, null, 'a broken-down year publishes its total');
      assert.deepEqual(auditRow(row.cells, row.total, truth[table.key], s.threshold), [], `${table.key} ${year}`);
    }
    const groups = rowOf(s, 'ageGroup', year).cells;
    const bands = rowOf(s, 'ageBand', year).cells;
    assert.equal(groups === null, bands === null);
    if (groups && bands) assert.deepEqual(auditMargins(groups, bands, total, AGE_BAND_GROUP, { rows: truth.ageGroup, columns: truth.ageBand }, s.threshold), []);
  }
}

test('a year with 3 identified women: "<5", and the totals do not give it away', () => {
  const facts = [...many(3, { sex: 'female' }), ...many(6, { sex: 'male', status: 'presumed' }), ...many(20, { year: 2023, sex: 'male' })];
  const s = caseStatistics(facts, { from: 2023, to: 2024, threshold: 5 });
  assert.deepEqual(s.totals.map((t) => t.total.label), ['20', '9']);
  assert.deepEqual(tableOf(s, 'sex').columns, ['female', 'male'], 'no one of another or unknown sex');
  assert.deepEqual(labels(rowOf(s, 'sex', 2024).cells), ['<5', 'x']);
  assert.deepEqual(labels(rowOf(s, 'status', 2024).cells), ['x', '<5']);
  assert.deepEqual(rowOf(s, 'sex', 2024).cells![0], { label: '<5', value: null }, 'the label and a null value, nothing else');
  assert.deepEqual(labels(rowOf(s, 'sex', 2023).cells), ['0', '20']);
  assertSafe(facts, s);
});

test('a year with fewer people than the threshold is "<5" and not broken down; an empty year is zeros', () => {
  const facts = [...many(3, { year: 2025 }), ...many(12, { year: 2024 })];
  const s = caseStatistics(facts, { from: 2023, to: 2025, threshold: 5 });
  assert.deepEqual(s.totals.map((t) => t.total), [{ label: '0', value: 0 }, { label: '12', value: 12 }, { label: '<5', value: null }]);
  for (const table of s.tables) {
    assert.equal(rowOf(s, table.key, 2025).cells, null, table.key);
    assert.equal(rowOf(s, table.key, 2025).total.label, '<5');
    assert.ok(rowOf(s, table.key, 2023).cells!.every((c) => c.label === '0'));
  }
  assertSafe(facts, s);
});

test('only presumed and identified victims are counted', () => {
  const facts = [...many(6), ...many(4, { status: 'potential' }), ...many(2, { status: 'not_victim' })];
  const s = caseStatistics(facts, { from: 2024, to: 2024, threshold: 5 });
  assert.equal(s.totals[0]!.total.value, 6);
});

test('several forms of exploitation count once, under "multiple"', () => {
  const facts = [
    ...many(6, { exploitation: ['ForcedLabour'] }),
    ...many(7, { exploitation: ['SexualExploitation'] }),
    ...many(5, { exploitation: ['ForcedLabour', 'SexualExploitation'] }),
    ...many(5, { exploitation: [] }),
  ];
  const s = caseStatistics(facts, { from: 2024, to: 2024, threshold: 5 });
  const table = tableOf(s, 'exploitation');
  assert.deepEqual(table.columns, ['ForcedLabour', 'SexualExploitation', 'multiple', 'unknown']);
  assert.deepEqual(labels(rowOf(s, 'exploitation', 2024).cells), ['6', '7', '5', '5']);
  assert.equal(rowOf(s, 'exploitation', 2024).cells!.reduce((sum, c) => sum + c.value!, 0), s.totals[0]!.total.value, 'the row adds up to the people');
});

test('citizenship: the five countries with most victims in the years broken down, the rest "other"', () => {
  const facts = [
    ...many(9, { citizenship: 'AZ' }),
    ...many(8, { citizenship: 'UZ', year: 2020 }),
    ...many(7, { citizenship: 'GE' }),
    ...many(6, { citizenship: 'RU' }),
    ...many(5, { citizenship: 'TR' }),
    ...many(2, { citizenship: 'IN' }),
    ...many(3, { citizenship: 'stateless' }),
    ...many(4, { citizenship: 'unknown' }),
    // Four people in 2019: not broken down, so their country gets no column of its own.
    ...many(4, { citizenship: 'NP', year: 2019 }),
  ];
  const s = caseStatistics(facts, { from: 2024, to: 2024, threshold: 5 });
  assert.deepEqual(tableOf(s, 'citizenship').columns, ['AZ', 'UZ', 'GE', 'RU', 'TR', 'other', 'unknown']);
  assert.equal(labelOf(s, 'citizenship', 2024, 'other'), '5');
  assert.equal(labelOf(s, 'citizenship', 2024, 'UZ'), '0');
  assertSafe(facts, s);
});

test('a category only the people of a small year are in gets no column: it would describe them', () => {
  const facts = [...many(12, { channel: 'police' }), ...many(3, { year: 2023, channel: 'consulate', exploitation: ['OrganRemoval'] })];
  const s = caseStatistics(facts, { from: 2020, to: 2024, threshold: 5 });
  assert.deepEqual(tableOf(s, 'channel').columns, ['police']);
  assert.deepEqual(tableOf(s, 'exploitation').columns, ['ForcedLabour']);
  const alone = caseStatistics(facts, { from: 2024, to: 2024, threshold: 5 });
  assert.deepEqual(alone.tables, s.tables.map((t) => ({ ...t, rows: t.rows.filter((r) => r.year === 2024) })), 'whatever the range');
  assertSafe(facts, s);
});

test('children, adults and the CTDC bands are protected as one table', () => {
  const facts = [...many(3, { age: 7 }), ...many(10, { age: 16 }), ...many(12, { age: 33 }), ...many(1, { age: null })];
  const s = caseStatistics(facts, { from: 2024, to: 2024, threshold: 5 });
  // Children (13) = 0-8 (3) + 9-17 (10): published next to 9-17, "children" would give 0-8 away.
  assert.deepEqual(labels(rowOf(s, 'ageGroup', 2024).cells), ['x', '12', '<5']);
  assert.deepEqual(labels(rowOf(s, 'ageBand', 2024).cells), ['<5', '10', '0', '0', '0', '0', '12', '0', '0', '<5']);
  assertSafe(facts, s);
});

test('a year reads the same whatever range it is asked in', () => {
  const facts = [...many(3, { year: 2022 }), ...many(8, { year: 2023, sex: 'male' }), ...many(2, { year: 2023 }), ...many(30, { year: 2024 })];
  const alone = caseStatistics(facts, { from: 2023, to: 2023, threshold: 5 });
  const inRange = caseStatistics(facts, { from: 2020, to: 2026, threshold: 5 });
  for (const table of alone.tables) assert.deepEqual(rowOf(inRange, table.key, 2023), table.rows[0]);
});

test('the threshold is the configured one', () => {
  const s = caseStatistics([...many(8, { sex: 'male' }), ...many(12)], { from: 2024, to: 2024, threshold: 10 });
  assert.deepEqual(labels(rowOf(s, 'sex', 2024).cells), ['x', '<10']);
  assertSafe([...many(8, { sex: 'male' }), ...many(12)], s);
});

const arbitraryFact = fc.record({
  year: fc.integer({ min: 2022, max: 2024 }),
  sex: fc.constantFrom('female', 'female', 'male', 'other', 'unknown'),
  age: fc.option(fc.integer({ min: 0, max: 70 }), { freq: 5 }),
  citizenship: fc.constantFrom('AZ', 'AZ', 'UZ', 'GE', 'RU', 'IN', 'NP', 'stateless', 'unknown'),
  exploitation: fc.uniqueArray(fc.constantFrom(...EXPLOITATION_FORMS.slice(0, 5)), { maxLength: 2 }),
  transnational: fc.option(fc.boolean(), { freq: 4 }),
  channel: fc.constantFrom(...IDENTIFICATION_CHANNELS.slice(0, 5)),
  status: fc.constantFrom('presumed', 'identified', 'identified', 'potential'),
});

test('property: whatever the people, every published row passes the audit and the tables share their totals', () => {
  fc.assert(
    fc.property(fc.array(arbitraryFact, { maxLength: 60 }), fc.integer({ min: 2, max: 8 }), (facts, threshold) => {
      const s = caseStatistics(facts, { from: 2022, to: 2024, threshold });
      assertSafe(facts, s);
      for (const { year, total } of s.totals) {
        const people = facts.filter((f) => f.year === year && (f.status === 'presumed' || f.status === 'identified')).length;
        if (people === 0 || people >= threshold) assert.equal(total.value, people);
        // With a threshold of 2, "<2" would say 1: then the label is "x".
        else assert.ok(total.value === null && total.label === (threshold === 2 ? 'x' : `<${threshold}`), JSON.stringify(total));
        for (const table of s.tables) {
          const row = table.rows.find((r) => r.year === year)!;
          for (const c of row.cells ?? []) assert.ok(c.value === null ? c.label === `<${threshold}` || c.label === 'x' : c.label === String(c.value));
        }
      }
    }),
    { numRuns: RUNS },
  );
});
