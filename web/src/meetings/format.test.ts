import assert from 'node:assert/strict';
import { test } from 'node:test';
import { meetingWhen, safeLink } from './format';

test('a meeting is dated dd.mm.yyyy, with its Baku time when known', () => {
  assert.equal(meetingWhen({ heldOn: '2026-03-02', startsAt: '10:30' }), '02.03.2026, 10:30');
  assert.equal(meetingWhen({ heldOn: '2026-03-02', startsAt: null }), '02.03.2026');
});

test('only web addresses become links', () => {
  assert.equal(safeLink('https://meet.example.az/k'), 'https://meet.example.az/k');
  assert.equal(safeLink('javascript:alert(1)'), null);
  assert.equal(safeLink(null), null);
});
