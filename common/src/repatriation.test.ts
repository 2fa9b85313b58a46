import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compensationStatus, defaultDirection, DIRECTION_STEPS, fromQapik, stepDoneProblem, toQapik, type StepState } from './repatriation.js';

const OPENED = '2026-03-01';
const TODAY = '2026-03-31';
const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
const steps = (done: Record<string, string | null>): StepState[] =>
  DIRECTION_STEPS.to_azerbaijan.map((kind, position) => ({ kind, position, doneOn: done[kind] ?? null }));

test('a step is refused in the future, before the opening, out of order, and arrival before the travel', () => {
  const cases: [Record<string, string | null>, string, string, ReturnType<typeof stepDoneProblem>][] = [
    [{}, 'consulate_contact', '2026-04-01', 'date.in_future'],
    [{}, 'consulate_contact', '2026-02-28', 'date.before_start'],
    [{}, 'consulate_contact', day(2), null],
    [{ consulate_contact: day(5) }, 'return_certificate', day(4), 'repatriation.step_order'],
    [{ travel: day(10) }, 'return_certificate', day(11), 'repatriation.step_order'],
    [{ consulate_contact: day(5) }, 'reception', day(12), 'repatriation.travel_first'],
    [{ travel: day(10) }, 'reception', day(9), 'repatriation.step_order'],
    [{ travel: day(10) }, 'reception', day(10), null],
    [{ travel: day(10), reception: day(12) }, 'travel', day(13), 'repatriation.step_order'],
  ];
  for (const [done, kind, on, expected] of cases) {
    assert.equal(stepDoneProblem(steps(done), kind as StepState['kind'], on, OPENED, TODAY), expected, `${kind} on ${on} with ${JSON.stringify(done)}`);
  }
});

test('whatever steps are recorded one by one, the accepted days never go backwards along the steps', () => {
  const attempt = fc.record({ step: fc.integer({ min: 0, max: 3 }), day: fc.integer({ min: 1, max: 31 }) });
  fc.assert(fc.property(fc.array(attempt, { maxLength: 12 }), (attempts) => {
    const state = steps({});
    for (const { step, day: d } of attempts) {
      const kind = state[step]!.kind;
      if (stepDoneProblem(state, kind, day(d), OPENED, TODAY) === null) state[step] = { ...state[step]!, doneOn: day(d) };
    }
    const done = state.filter((s) => s.doneOn).map((s) => s.doneOn!);
    assert.deepEqual(done, [...done].sort());
    if (state[3]!.doneOn) assert.ok(state[2]!.doneOn, 'reception only after the travel');
  }));
});

test('amounts are exact in qəpik; a claim reads as claimed, refused, awarded, partly paid, paid', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999_999_999 }), (q) => assert.equal(toQapik(fromQapik(q)), q)));
  assert.equal(toQapik('0.1') + toQapik('0.2'), toQapik('0.3'));
  assert.equal(fromQapik(toQapik('1500.5')), '1500.50');
  assert.equal(compensationStatus(null, null, '0.00'), 'claimed');
  assert.equal(compensationStatus('refused', null, '0.00'), 'refused');
  assert.equal(compensationStatus('awarded', '1000.00', '0.00'), 'awarded');
  assert.equal(compensationStatus('partly', '1000.00', '400.00'), 'partly_paid');
  assert.equal(compensationStatus('awarded', '1000.00', '1000.00'), 'paid');
});

test('citizens of Azerbaijan are offered the return home, others the return to their country', () => {
  assert.equal(defaultDirection(['AZ']), 'to_azerbaijan');
  assert.equal(defaultDirection(['GE', 'AZ']), 'to_azerbaijan');
  assert.equal(defaultDirection(['UZ']), 'to_home_country');
  assert.equal(defaultDirection([]), null);
});
