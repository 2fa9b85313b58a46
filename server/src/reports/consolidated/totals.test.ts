import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeTotals } from './totals.js';

const activity = (kind: 'training' | 'meeting' | 'awareness', participants: number | null, women: number | null = null, men: number | null = null) => ({ kind, participants, women, men });

test('nothing reported: every kind listed with zero, no figures', () => {
  const totals = computeTotals([]);
  assert.equal(totals.activitiesByKind.length, 9);
  assert.ok(totals.activitiesByKind.every((k) => k.count === 0 && k.participants === 0));
  assert.deepEqual([totals.activities, totals.participants, totals.trained, totals.women, totals.men], [0, 0, 0, 0, 0]);
  assert.deepEqual(totals.figures, []);
});

test('activities are counted by kind; participants, trained, women and men are summed; unknown counts are 0', () => {
  const totals = computeTotals([
    { activities: [activity('training', 30, 10, 20), activity('meeting', null)], figures: [] },
    { activities: [activity('training', 12, 7, 5), activity('awareness', 100)], figures: [] },
  ]);
  const kinds = Object.fromEntries(totals.activitiesByKind.map((k) => [k.kind, [k.count, k.participants]]));
  assert.deepEqual(kinds.training, [2, 42]);
  assert.deepEqual(kinds.meeting, [1, 0]);
  assert.deepEqual(kinds.awareness, [1, 100]);
  assert.equal(totals.activities, 4);
  assert.equal(totals.participants, 142);
  assert.equal(totals.trained, 42);
  assert.equal(totals.women, 17);
  assert.equal(totals.men, 25);
});

test('figures are summed only where label and unit are identical, in order of first appearance', () => {
  const totals = computeTotals([
    { activities: [], figures: [{ label: 'Qanuniləşdirilmiş əcnəbilər', value: 1913, unit: 'nəfər' }, { label: 'Büdcə', value: 0.1, unit: 'manat' }] },
    {
      activities: [],
      figures: [
        { label: 'Qanuniləşdirilmiş əcnəbilər', value: 87, unit: 'nəfər' },
        { label: 'Qanuniləşdirilmiş əcnəbilər', value: 5, unit: 'ailə' },
        { label: 'Büdcə', value: 0.2, unit: 'manat' },
        { label: 'Müraciət', value: 3, unit: null },
        { label: 'Müraciət', value: 4, unit: '' },
      ],
    },
  ]);
  assert.deepEqual(totals.figures, [
    { label: 'Qanuniləşdirilmiş əcnəbilər', unit: 'nəfər', value: 2000, count: 2 },
    { label: 'Büdcə', unit: 'manat', value: 0.3, count: 2 },
    { label: 'Qanuniləşdirilmiş əcnəbilər', unit: 'ailə', value: 5, count: 1 },
    { label: 'Müraciət', unit: null, value: 7, count: 2 },
  ]);
});
