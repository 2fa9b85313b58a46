import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatManat } from './money';

test('manats are grouped and marked as each language writes them, exactly', () => {
  assert.equal(formatManat('1500.5', 'az'), '1.500,50\u00a0AZN');
  assert.equal(formatManat('1234567.05', 'ru'), '1\u00a0234\u00a0567,05\u00a0AZN');
  assert.equal(formatManat('999999999999.99', 'en'), '999,999,999,999.99\u00a0AZN');
  assert.equal(formatManat('12', 'en'), '12.00\u00a0AZN');
  assert.equal(formatManat(null, 'az'), '—');
});
