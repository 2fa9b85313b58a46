import assert from 'node:assert/strict';
import { test } from 'node:test';
import { activityDates, assignEvents, eventYear, realDay, syncedKind } from './event-sync.js';

const activity = (title: string, dateFrom: string | null, id?: string) => ({
  ...(id ? { id } : {}), kind: 'training' as const, title, dateFrom, dateTo: null, place: null, participants: null, women: null, men: null, partners: [],
});
const stored = (id: string, title: string, date_from: string | null, origin: 'register' | 'report' = 'report') => ({ id, origin, kind: 'training', title, date_from });

test('each activity is its event: by id, else by title and first day, else a new one; the rest are gone', () => {
  const own = [stored('e1', 'Təlim A', '2021-01-10'), stored('e2', 'Təlim B', '2021-02-10'), stored('e3', 'Təlim C', null)];
  const linkable = [stored('r1', 'Kampaniya', '2021-05-01', 'register')];
  const { assigned, gone } = assignEvents(
    [activity('Təlim A (düzəldilmiş)', '2021-01-10', 'e1'), activity('  təlim   b ', '2021-02-10'), activity('Kampaniya', '2021-05-01', 'r1'), activity('Yeni', null, 'e1'), activity('Təlim B', '2021-02-10')],
    own,
    linkable,
  );
  assert.deepEqual(assigned.map((e) => e?.id ?? null), ['e1', 'e2', 'r1', null, null], 'an id used twice is a new event the second time');
  assert.deepEqual(gone.map((e) => e.id), ['e3']);
});

test('dates the register can keep; the year an event counts in; a finer kind stays while the report agrees', () => {
  assert.equal(realDay('2021-02-30'), null);
  assert.equal(realDay('2024-02-29'), '2024-02-29');
  assert.deepEqual(activityDates({ dateFrom: '2021-03-05', dateTo: '2021-03-01' }), { from: '2021-03-01', to: '2021-03-05' });
  assert.deepEqual(activityDates({ dateFrom: '2021-02-30', dateTo: '2021-03-01' }), { from: '2021-03-01', to: null });
  assert.equal(eventYear('2019-12-31', 2021), 2019);
  assert.equal(eventYear(null, 2021), 2021);
  assert.equal(eventYear('1900-01-01', 2021), 2021);
  assert.equal(syncedKind('seminar', 'training'), 'seminar');
  assert.equal(syncedKind('broadcast', 'training'), 'training');
  assert.equal(syncedKind(null, 'awareness'), 'awareness');
});
