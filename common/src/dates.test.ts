import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatDateTime, parseDisplayDate } from './dates.js';

test('formats dates as dd.mm.yyyy in Baku time', () => {
  assert.equal(formatDate('2024-05-01'), '01.05.2024');
  assert.equal(formatDate('2024-12-31T21:30:00Z'), '01.01.2025'); // 01:30 in Baku (UTC+4)
  assert.equal(formatDate(new Date('2024-03-09T10:00:00Z')), '09.03.2024');
  assert.equal(formatDate(null), '');
  assert.equal(formatDate('not a date'), 'not a date');
});

test('formats date-times as dd.mm.yyyy HH:mm in Baku time', () => {
  assert.equal(formatDateTime('2024-05-01T08:05:00Z'), '01.05.2024 12:05');
  assert.equal(formatDateTime('2024-05-01T20:00:00Z'), '02.05.2024 00:00');
});

test('parses dd.mm.yyyy', () => {
  assert.equal(parseDisplayDate('01.05.2024'), '2024-05-01');
  assert.equal(parseDisplayDate('1.5.2024'), '2024-05-01');
  assert.equal(parseDisplayDate('31.02.2024'), null);
  assert.equal(parseDisplayDate('2024-05-01'), null);
});
