import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { caseExport, EXPORT_COLUMNS } from './case-export.js';
import type { CaseFact } from './facts.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);

function fact(overrides: Partial<CaseFact> = {}): CaseFact {
  return { year: 2024, sex: 'female', age: 25, citizenship: 'AZ', exploitation: ['ForcedLabour'], transnational: true, channel: 'police', status: 'identified', ...overrides };
}

/** Rows of a CSV without quoted fields (the export's vocabulary needs none). */
function parse(csv: string): { header: string[]; rows: string[][] } {
  assert.ok(csv.endsWith('\r\n'));
  const [header, ...rows] = csv.slice(0, -2).split('\r\n').map((line) => line.split(','));
  return { header: header!, rows };
}

/** Every combination of the columns is shared by at least k rows. */
function smallestClass(rows: readonly string[][]): number {
  const classes = new Map<string, number>();
  for (const row of rows) classes.set(row.join(','), (classes.get(row.join(',')) ?? 0) + 1);
  return Math.min(...classes.values());
}

test('the HTCDS columns, k-anonymous rows, stateless and several forms written out', () => {
  const facts = [
    ...Array.from({ length: 12 }, () => fact()),
    ...Array.from({ length: 11 }, () => fact({ sex: 'male', age: 40, citizenship: 'stateless', exploitation: ['SexualExploitation', 'ForcedLabour'] })),
    fact({ status: 'potential' }),
  ];
  const { csv, report } = caseExport(facts, { k: 11 });
  const { header, rows } = parse(csv);
  assert.deepEqual(header, [...EXPORT_COLUMNS]);
  assert.equal(rows.length, 23, 'presumed and identified only');
  assert.ok(rows.some((r) => r.join(',') === '2024,24-26,Female,AZ,ForcedLabour'));
  assert.ok(rows.some((r) => r.join(',') === '2024,39-47,Male,stateless,ForcedLabour;SexualExploitation'));
  assert.ok(smallestClass(rows) >= 11);
  assert.deepEqual(report.generalisation.map((g) => g.level), [0, 0, 0, 0, 0]);
  assert.equal(report.records, 23);
  assert.equal(report.exported, 23);
});

test('with fewer people than k nothing but the header is exported', () => {
  const { csv, report } = caseExport(Array.from({ length: 5 }, () => fact()), { k: 11 });
  assert.equal(csv, `${EXPORT_COLUMNS.join(',')}\r\n`);
  assert.equal(report.exported, 0);
  assert.equal(report.suppressedRecords, 5);
});

const arbitraryFact = fc.record({
  year: fc.integer({ min: 2018, max: 2025 }),
  sex: fc.constantFrom('female', 'male', 'other', 'unknown'),
  age: fc.option(fc.integer({ min: 0, max: 70 }), { freq: 5 }),
  citizenship: fc.constantFrom('AZ', 'UZ', 'GE', 'RU', 'IN', 'NP', 'stateless', 'unknown'),
  exploitation: fc.uniqueArray(fc.constantFrom('ForcedLabour', 'SexualExploitation', 'ForcedBegging', 'ForcedMarriage'), { maxLength: 2 }),
  transnational: fc.option(fc.boolean()),
  channel: fc.constantFrom('police', 'hotline'),
  status: fc.constantFrom('presumed', 'identified'),
});

test('property: every combination in the file is shared by at least k people; no one is lost unaccounted', () => {
  fc.assert(
    fc.property(fc.array(arbitraryFact, { maxLength: 120 }), fc.integer({ min: 2, max: 12 }), (facts, k) => {
      const { csv, report } = caseExport(facts, { k });
      const { rows } = parse(csv);
      assert.equal(rows.length, report.exported);
      assert.equal(report.exported + report.suppressedRecords, facts.length);
      if (rows.length > 0) assert.ok(smallestClass(rows) >= k);
      assert.ok(report.suppressedRecords <= Math.floor(0.05 * facts.length) || rows.length === 0);
    }),
    { numRuns: RUNS },
  );
});
