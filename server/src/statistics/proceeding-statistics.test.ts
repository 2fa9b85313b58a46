import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Defendant, ProceedingFact } from './facts.js';
import { amountCell, proceedingStatistics, sentenceBand, type ProceedingStatistics, type ProceedingTableKey } from './proceeding-statistics.js';
import { auditRow } from './publish.js';

function proceeding(overrides: Partial<ProceedingFact> = {}): ProceedingFact {
  return { year: 2024, stage: 'trial', defendants: [], proceedsTraced: null, proceedsConfiscated: null, compensationOrdered: null, currency: 'AZN', ...overrides };
}
const defendant = (sex: string, convicted: boolean, sentenceMonths: number | null = null): Defendant => ({ sex, convicted, sentenceMonths });
const rowOf = (s: ProceedingStatistics, key: ProceedingTableKey, year = 2024) => s.tables.find((t) => t.key === key)!.rows.find((r) => r.year === year)!;
const labels = (s: ProceedingStatistics, key: ProceedingTableKey, year = 2024) => rowOf(s, key, year).cells?.map((c) => c.label) ?? null;

test('proceedings by stage: small counts hidden with a complement', () => {
  const facts = [...Array.from({ length: 7 }, () => proceeding({ stage: 'preliminary_investigation' })), ...Array.from({ length: 2 }, () => proceeding({ stage: 'verdict' })), ...Array.from({ length: 6 }, () => proceeding())];
  const s = proceedingStatistics(facts, { from: 2024, to: 2024, threshold: 5 });
  assert.deepEqual(labels(s, 'stage'), ['7', '0', 'x', '<5', '0', '0'], 'the smallest complement');
  assert.equal(rowOf(s, 'stage').total.label, '15');
  assert.deepEqual(auditRow(rowOf(s, 'stage').cells!, rowOf(s, 'stage').total, [7, 0, 6, 2, 0, 0], 5), []);
});

test('prosecuted and convicted by sex come from one protected table; sentences share the number convicted', () => {
  const defendants = [
    ...Array.from({ length: 6 }, (_, i) => defendant('male', true, 60 + i * 12)),
    ...Array.from({ length: 5 }, () => defendant('male', false)),
    defendant('female', true, 30),
    ...Array.from({ length: 6 }, () => defendant('female', false)),
  ];
  const s = proceedingStatistics([proceeding({ defendants: defendants.slice(0, 9) }), proceeding({ defendants: defendants.slice(9) })], { from: 2024, to: 2024, threshold: 5 });
  assert.equal(rowOf(s, 'prosecuted').total.label, '18');
  assert.deepEqual(labels(s, 'prosecuted'), ['7', '11', '0', '0']);
  const convicted = rowOf(s, 'convicted');
  assert.deepEqual(convicted.cells!.map((c) => c.label).slice(2), ['0', '0']);
  assert.equal(convicted.cells![0]!.label, '<5', 'one convicted woman');
  assert.notEqual(convicted.cells![1]!.label, '6', 'so the convicted men are hidden too, or the total is');
  const sentence = rowOf(s, 'sentence');
  assert.deepEqual(sentence.total, convicted.total, 'the shared number convicted');
  if (convicted.total.value !== null) {
    assert.deepEqual(auditRow(sentence.cells!, sentence.total, [1, 5, 1, 0], 5), []);
  } else {
    assert.equal(sentence.cells, null);
  }
});

test('sentence bands', () => {
  assert.equal(sentenceBand(null), 'unknown');
  assert.equal(sentenceBand(59), 'under5');
  assert.equal(sentenceBand(60), '5to9');
  assert.equal(sentenceBand(119), '5to9');
  assert.equal(sentenceBand(120), '10plus');
});

test('sums are published only with enough proceedings behind them and none dominating', () => {
  assert.deepEqual(amountCell([], 5), { label: '0', value: 0 });
  assert.deepEqual(amountCell([100, 200, 300, 400], 5), { label: 'x', value: null }, 'four proceedings');
  assert.deepEqual(amountCell([100, 200, 300, 400, 500], 5), { label: '1500.00', value: 1500 });
  assert.deepEqual(amountCell([10, 10, 10, 10, 10_000], 5), { label: 'x', value: null }, 'one case is almost all of it');
  const s = proceedingStatistics(
    [
      ...Array.from({ length: 5 }, (_, i) => proceeding({ proceedsTraced: 1000 + i, compensationOrdered: i === 0 ? 500 : null })),
      proceeding({ proceedsTraced: 1_000_000, currency: 'USD' }),
    ],
    { from: 2024, to: 2024, threshold: 5 },
  );
  const traced = s.amounts.find((a) => a.key === 'proceedsTraced')!.rows[0]!;
  assert.deepEqual(traced.sum, { label: '5010.00', value: 5010 }, 'AZN only');
  assert.deepEqual(s.amounts.find((a) => a.key === 'compensationOrdered')!.rows[0]!.sum, { label: 'x', value: null });
});

test('an empty year is zeros, a small one is hidden', () => {
  const s = proceedingStatistics([proceeding({ year: 2023, defendants: [defendant('female', true, 70)] })], { from: 2022, to: 2023, threshold: 5 });
  assert.deepEqual(labels(s, 'stage', 2022), ['0', '0', '0', '0', '0', '0']);
  assert.equal(rowOf(s, 'stage', 2023).total.label, '<5');
  assert.equal(rowOf(s, 'prosecuted', 2023).total.label, '<5');
  assert.equal(rowOf(s, 'sentence', 2023).cells, null);
  assert.deepEqual(labels(s, 'sentence', 2022), ['0', '0', '0', '0']);
});
