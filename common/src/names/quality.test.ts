/*
 * The quality of duplicate detection on a fixed labelled set of synthetic pairs: the floors
 * guarded here are precision ≥ 0.95 and recall ≥ 0.92 of `scorePersons`, and blocking keys
 * shared by ≥ 0.97 of the true duplicate pairs (docs/decisions/011-name-matching.md gives the
 * measured values and the product target).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockingKeys } from './name-key.js';
import { scorePersons } from './person-match.js';
import { measureQuality } from './quality.js';
import { labelledPairs } from './synthetic.js';

test('precision and recall of a scorer', () => {
  const pairs = [
    { a: 1, b: 1, same: true },
    { a: 1, b: 2, same: false },
    { a: 2, b: 2, same: true },
    { a: 3, b: 4, same: true },
    { a: 5, b: 6, same: false },
  ];
  const equal = measureQuality(pairs, (a, b) => a === b);
  assert.deepEqual(equal, { precision: 1, recall: 2 / 3, truePositives: 2, falsePositives: 0, falseNegatives: 1 });
  const always = measureQuality(pairs, () => ({ same: true }));
  assert.deepEqual(always, { precision: 3 / 5, recall: 1, truePositives: 3, falsePositives: 2, falseNegatives: 0 });
  assert.deepEqual(measureQuality([], () => true), { precision: 1, recall: 1, truePositives: 0, falsePositives: 0, falseNegatives: 0 });
});

const pairs = labelledPairs({ seed: 2026, persons: 3000, duplicateShare: 0.4 });

test('scorePersons on 3 000 labelled pairs: precision ≥ 0.95, recall ≥ 0.92', (t) => {
  const quality = measureQuality(pairs, scorePersons);
  t.diagnostic(`precision ${quality.precision.toFixed(4)}, recall ${quality.recall.toFixed(4)} (${quality.truePositives} found, ${quality.falsePositives} wrongly, ${quality.falseNegatives} missed)`);
  assert.ok(pairs.length >= 2000);
  assert.ok(quality.precision >= 0.95, `precision ${quality.precision}`);
  assert.ok(quality.recall >= 0.92, `recall ${quality.recall}`);
});

test('blocking keys bring together ≥ 0.97 of the true duplicate pairs', (t) => {
  const duplicates = pairs.filter((p) => p.same);
  const found = duplicates.filter((p) => {
    const keys = new Set(blockingKeys(p.a));
    return blockingKeys(p.b).some((k) => keys.has(k));
  }).length;
  t.diagnostic(`${found} of ${duplicates.length} duplicate pairs share a key (${(found / duplicates.length).toFixed(4)})`);
  assert.ok(found / duplicates.length >= 0.97, `blocking recall ${found / duplicates.length}`);
});
