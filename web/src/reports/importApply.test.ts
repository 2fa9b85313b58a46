import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyItems, includedByDefault } from './importApply.js';
import type { ImportedBlock } from './types.js';

const block = (measures: string[], text: string, entryIds: string[], figures = 0): ImportedBlock => ({
  measures,
  heading: `${measures.join(', ')} üzrə:`,
  text,
  activities: [],
  figures: Array.from({ length: figures }, (_, i) => ({ label: `${text} ${i}`, value: i, unit: null })),
  entryIds,
});

const blocks = [
  block(['13.1.1'], 'Layihə hazırlanmışdır.', ['e1']),
  block(['13.3.6', '13.3.7'], '1913 nəfərin yaşaması leqallaşdırılmışdır.', ['e6', 'e7'], 1),
  block(['13.9.9'], 'Başqa qurumun işi.', []),
  block(['13.1.1'], 'Əlavə məlumat.', ['e1'], 2),
];

test('blocks mapped to the body’s entries are included by default, others are not', () => {
  assert.deepEqual([...includedByDefault(blocks)], [0, 1, 3]);
});

test('a block on two measures goes to both entries; two blocks on one entry are joined in order', () => {
  const items = applyItems(blocks, includedByDefault(blocks));
  assert.deepEqual(items.map((i) => i.entryId), ['e1', 'e6', 'e7']);
  const e1 = items[0]!;
  assert.equal(e1.narrative, 'Layihə hazırlanmışdır.\n\nƏlavə məlumat.');
  assert.equal(e1.figures.length, 2);
  assert.equal(items[1]!.narrative, items[2]!.narrative);
  assert.notEqual(items[1]!.figures, items[2]!.figures); // separate arrays, not shared
});

test('unticked blocks and blocks without entries send nothing', () => {
  assert.deepEqual(applyItems(blocks, new Set([2])), []);
  assert.deepEqual(applyItems(blocks, new Set([3])).map((i) => i.narrative), ['Əlavə məlumat.']);
});
