import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NEED_KINDS, needTotals } from './need-totals.js';

test('nothing named: every kind listed with nothing', () => {
  const totals = needTotals([]);
  assert.deepEqual(
    totals.byKind.map((k) => k.kind),
    [...NEED_KINDS],
  );
  assert.ok(totals.byKind.every((k) => k.count === 0 && k.withAmount === 0 && k.amounts.length === 0));
  assert.deepEqual([totals.count, totals.amounts], [0, []]);
});

test('counted by kind; amounts summed per currency only, largest first; a need without amount is counted, not summed', () => {
  const totals = needTotals([
    { kind: 'funding', amount: 50_000, currency: 'AZN' },
    { kind: 'funding', amount: 0.1, currency: ' AZN ' },
    { kind: 'funding', amount: 0.2, currency: 'AZN' },
    { kind: 'funding', amount: 70_000, currency: 'USD' },
    { kind: 'training', amount: null, currency: null },
    { kind: 'equipment', amount: 1_000, currency: '' },
    { kind: 'unheard-of', amount: 5, currency: 'AZN' },
  ]);
  const kind = (k: string) => totals.byKind.find((t) => t.kind === k)!;
  assert.equal(totals.count, 7);
  assert.deepEqual(kind('funding'), {
    kind: 'funding',
    count: 4,
    withAmount: 4,
    amounts: [
      { currency: 'USD', amount: 70_000 },
      { currency: 'AZN', amount: 50_000.3 },
    ],
  });
  assert.deepEqual(kind('training'), { kind: 'training', count: 1, withAmount: 0, amounts: [] });
  assert.deepEqual(kind('equipment').amounts, [{ currency: null, amount: 1_000 }], 'no currency is its own group');
  assert.deepEqual(kind('other'), { kind: 'other', count: 1, withAmount: 1, amounts: [{ currency: 'AZN', amount: 5 }] }, 'an unknown kind counts as other');
  assert.deepEqual(totals.amounts, [
    { currency: 'USD', amount: 70_000 },
    { currency: 'AZN', amount: 50_005.3 },
    { currency: null, amount: 1_000 },
  ]);
});
