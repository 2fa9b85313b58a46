import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ageAt, ageBand, childOrAdult, coarseAgeBand, CTDC_AGE_BANDS, generaliseAge } from './age-bands.js';

test('CTDC bands at their edges', () => {
  const edges: [number, string][] = [
    [0, '0-8'], [8, '0-8'], [9, '9-17'], [17, '9-17'], [18, '18-20'], [20, '18-20'], [21, '21-23'],
    [23, '21-23'], [24, '24-26'], [26, '24-26'], [27, '27-29'], [29, '27-29'], [30, '30-38'],
    [38, '30-38'], [39, '39-47'], [47, '39-47'], [48, '48+'], [95, '48+'], [17.9, '9-17'],
  ];
  for (const [age, band] of edges) assert.equal(ageBand(age), band, String(age));
  assert.throws(() => ageBand(-1), RangeError);
  assert.throws(() => ageBand(Number.NaN), RangeError);
});

test('child or adult, coarse bands, the hierarchy', () => {
  assert.equal(childOrAdult(17), 'child');
  assert.equal(childOrAdult(18), 'adult');
  assert.deepEqual([0, 1, 2, 3].map((level) => generaliseAge(19, level as 0 | 1 | 2 | 3)), ['18-20', '18-29', 'adult', '*']);
  assert.deepEqual([0, 1, 2, 3].map((level) => generaliseAge(null, level as 0 | 1 | 2 | 3)), ['unknown', 'unknown', 'unknown', '*']);
});

test('property: each level is a function of the level below (the bands nest)', () => {
  const coarseOf = new Map<string, string>();
  const childOf = new Map<string, string>();
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 120 }), (age) => {
      const band = ageBand(age);
      assert.ok(CTDC_AGE_BANDS.includes(band));
      assert.equal(coarseOf.get(band) ?? coarseAgeBand(age), coarseAgeBand(age));
      coarseOf.set(band, coarseAgeBand(age));
      assert.equal(childOf.get(coarseAgeBand(age)) ?? childOrAdult(age), childOrAdult(age));
      childOf.set(coarseAgeBand(age), childOrAdult(age));
    }),
    { numRuns: 500 },
  );
});

test('age on a date from a birth date', () => {
  assert.equal(ageAt({ birthDate: '2006-05-10' }, '2024-05-09'), 17);
  assert.equal(ageAt({ birthDate: '2006-05-10' }, '2024-05-10'), 18);
  assert.equal(ageAt({ birthDate: new Date(Date.UTC(2006, 4, 10)) }, new Date(Date.UTC(2024, 4, 10))), 18);
  // 29 February: the birthday is reached on 1 March in other years.
  assert.equal(ageAt({ birthDate: '2008-02-29' }, '2026-02-28'), 17);
  assert.equal(ageAt({ birthDate: '2008-02-29' }, '2026-03-01'), 18);
  assert.equal(ageAt({ birthDate: '2025-01-01' }, '2024-12-31'), null);
  assert.throws(() => ageAt({ birthDate: '2006-02-30' }, '2024-01-01'), RangeError);
  assert.throws(() => ageAt({ birthDate: '10.05.2006' }, '2024-01-01'), RangeError);
});

test('age on a date from a birth year: born on 1 July', () => {
  assert.equal(ageAt({ birthYear: 2006 }, '2024-06-30'), 17);
  assert.equal(ageAt({ birthYear: 2006 }, '2024-07-01'), 18);
  assert.equal(ageAt({ birthYear: 2024 }, '2024-03-01'), null);
});

test('age on a date from an estimate', () => {
  assert.equal(ageAt({ estimatedAge: 16, recordedOn: '2022-09-15' }, '2024-09-14'), 17);
  assert.equal(ageAt({ estimatedAge: 16, recordedOn: '2022-09-15' }, '2024-09-15'), 18);
  assert.equal(ageAt({ estimatedAge: 16, recordedOn: '2022-09-15' }, '2022-09-15'), 16);
  assert.equal(ageAt({ estimatedAge: 16, recordedOn: '2022-09-15' }, '2022-01-01'), null);
});
