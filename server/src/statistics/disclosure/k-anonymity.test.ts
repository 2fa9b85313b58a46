import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { generalise, kAnonymise, QUASI_IDENTIFIERS, type QuasiIdentifiers } from './k-anonymity.js';
import { generaliseCitizenship, regionOf } from './regions.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

interface Case extends QuasiIdentifiers {
  readonly id: number;
  readonly assistance: string;
}

const victim = (id: number, over: Partial<Case> = {}): Case => ({
  id,
  age: 25,
  sex: 'female',
  citizenship: 'AZ',
  year: 2023,
  exploitation: ['sexual'],
  assistance: 'shelter',
  ...over,
});

test('regions of citizenship', () => {
  assert.equal(regionOf('az'), 'azerbaijan');
  assert.equal(regionOf('GE'), 'south-caucasus');
  assert.equal(regionOf('UZ'), 'central-asia');
  assert.equal(regionOf('UA'), 'russia-ukraine-belarus');
  assert.equal(regionOf('IR'), 'turkiye-iran');
  assert.equal(regionOf('NP'), 'south-asia');
  assert.equal(regionOf('PH'), 'southeast-asia');
  assert.equal(regionOf('NG'), 'africa');
  assert.equal(regionOf('MD'), 'europe');
  assert.equal(regionOf('US'), 'other');
  assert.equal(regionOf('XX'), 'other');
  assert.equal(generaliseCitizenship(null, 1), 'unknown');
  assert.throws(() => regionOf('AZE'), RangeError);
});

test('hierarchies of the other quasi-identifiers', () => {
  const r = victim(1, { year: 2025, exploitation: ['sexual', 'forced-labour', 'sexual'] });
  assert.deepEqual([0, 1, 2, 3].map((l) => generalise('year', r, l)), ['2025', '2024-2025', '2025-2029', '*']);
  assert.deepEqual([0, 1, 2].map((l) => generalise('exploitation', r, l)), ['forced-labour+sexual', 'multiple', '*']);
  assert.deepEqual([0, 1].map((l) => generalise('exploitation', victim(2, { exploitation: [] }), l)), ['unknown', 'unknown']);
  assert.deepEqual([0, 1].map((l) => generalise('sex', r, l)), ['female', '*']);
  assert.throws(() => generalise('exploitation', victim(3, { exploitation: ['a+b'] }), 0), RangeError);
});

test('enough alike records are exported without generalisation', () => {
  const records = Array.from({ length: 12 }, (_, i) => victim(i));
  const { records: out, report } = kAnonymise(records);
  assert.equal(out.length, 12);
  assert.deepEqual(Object.values(report.levelPerAttribute).map((l) => l.level), [0, 0, 0, 0, 0]);
  assert.deepEqual(out[0], { id: 0, age: '24-26', sex: 'female', citizenship: 'AZ', year: '2023', exploitation: 'sexual', assistance: 'shelter' });
  assert.deepEqual(report, { ...report, k: 11, suppressedRecords: 0, classes: 1, smallestClass: 12 });
});

test('a lone record is left out when that is within the share, else attributes are generalised', () => {
  const many = [...Array.from({ length: 40 }, (_, i) => victim(i)), victim(40, { citizenship: 'NP' })];
  const left = kAnonymise(many, { k: 5, maxSuppressedShare: 0.05 });
  assert.equal(left.report.suppressedRecords, 1);
  assert.equal(left.report.levelPerAttribute.citizenship.level, 0);
  const kept = kAnonymise(many, { k: 5, maxSuppressedShare: 0 });
  assert.equal(kept.report.suppressedRecords, 0);
  assert.equal(kept.report.levelPerAttribute.citizenship.name, 'any');
  assert.equal(kept.records.length, 41);
});

test('fewer than k records: nothing is exported', () => {
  const { records, report } = kAnonymise([victim(1), victim(2)], { k: 3 });
  assert.deepEqual(records, []);
  assert.equal(report.suppressedRecords, 2);
  assert.equal(report.smallestClass, 0);
  assert.deepEqual(kAnonymise([]).records, []);
});

const record = fc.record({
  id: fc.nat(),
  age: fc.option(fc.integer({ min: 0, max: 70 }), { freq: 8 }),
  sex: fc.option(fc.constantFrom('female', 'male'), { freq: 10 }),
  citizenship: fc.option(fc.constantFrom('AZ', 'AZ', 'AZ', 'GE', 'UZ', 'RU', 'TR', 'NP', 'PH', 'NG', 'DE', 'US'), { freq: 10 }),
  year: fc.integer({ min: 2016, max: 2025 }),
  exploitation: fc.uniqueArray(fc.constantFrom('sexual', 'forced-labour', 'begging', 'marriage'), { maxLength: 3 }),
  assistance: fc.constantFrom('shelter', 'legal', 'none'),
});

test('property: classes of at least k, values from the hierarchies, no invented records', () => {
  fc.assert(
    fc.property(
      fc.array(record, { maxLength: 150 }).map((rs) => rs.map((r, i) => ({ ...r, id: i }))),
      fc.constantFrom(2, 3, 5, 11),
      fc.constantFrom(0, 0.05, 0.2),
      (records, k, share) => {
        const { records: out, report } = kAnonymise(records, { k, maxSuppressedShare: share });
        assert.equal(out.length + report.suppressedRecords, records.length);
        if (records.length >= k) assert.ok(report.suppressedRecords <= Math.floor(share * records.length));
        else assert.equal(out.length, 0);

        const classes = new Map<string, number>();
        for (const r of out) {
          const key = QUASI_IDENTIFIERS.map((a) => r[a]).join('|');
          classes.set(key, (classes.get(key) ?? 0) + 1);
        }
        for (const size of classes.values()) assert.ok(size >= k);
        assert.equal(report.classes, classes.size);
        assert.equal(report.smallestClass, classes.size === 0 ? 0 : Math.min(...classes.values()));

        const seen = new Set<number>();
        for (const r of out) {
          const original = records[r.id];
          assert.ok(original, 'an input record');
          assert.ok(!seen.has(r.id), 'at most once');
          seen.add(r.id);
          assert.equal(r.assistance, original.assistance);
          for (const a of QUASI_IDENTIFIERS) assert.equal(r[a], generalise(a, original, report.levelPerAttribute[a].level));
        }
      },
    ),
    { numRuns: RUNS },
  );
});
