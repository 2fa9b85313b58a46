import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureProgress, type EntryState } from './unfinished.js';
import { nextSectionCode } from './drafts.service.js';

const entry = (measureId: string, year: number, status: EntryState['status']): EntryState => ({
  measureId,
  periodId: `p${year}`,
  endsOn: `${year}-12-31`,
  year,
  half: null,
  status,
});

test('a measure is finished when every body reported it done in its latest reported period', () => {
  const progress = measureProgress(
    [
      { id: 'done', periodKind: 'range' },
      { id: 'one-body-behind', periodKind: 'range' },
      { id: 'done-earlier', periodKind: 'year' },
      { id: 'regressed', periodKind: 'range' },
      { id: 'never', periodKind: 'range' },
      { id: 'ongoing', periodKind: 'ongoing' },
    ],
    [
      entry('done', 2022, 'done'),
      entry('done', 2022, 'done'),
      entry('one-body-behind', 2022, 'done'),
      entry('one-body-behind', 2022, 'in_progress'),
      entry('done-earlier', 2021, 'done'),
      entry('regressed', 2021, 'done'),
      entry('regressed', 2022, 'continuing'),
      entry('ongoing', 2022, 'done'),
    ],
  );
  const summary = Object.fromEntries([...progress].map(([id, p]) => [id, p.reasons]));
  assert.deepEqual(summary, {
    done: [],
    'one-body-behind': ['not_done'],
    'done-earlier': [],
    regressed: ['not_done'],
    never: ['not_reported'],
    ongoing: ['ongoing'],
  });
  assert.deepEqual(progress.get('one-body-behind')?.statuses, ['done', 'in_progress']);
  assert.deepEqual(progress.get('regressed')?.lastPeriod, { id: 'p2022', year: 2022, half: null });
  assert.equal(progress.get('done')?.unfinished, false);
  assert.equal(progress.get('ongoing')?.unfinished, true);
});

test('the section after the last one', () => {
  assert.equal(nextSectionCode(['4.1', '4.9']), '4.10');
  assert.equal(nextSectionCode(['13.7']), '13.8');
  assert.equal(nextSectionCode([]), '1');
});
