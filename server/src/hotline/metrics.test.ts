import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../http/problem.js';
import { computeMetrics, metricsRange } from './metrics.js';

const at = (iso: string) => new Date(iso);

test('the range: the last 30 days by default, refused when reversed or longer than 366 days', () => {
  assert.deepEqual(metricsRange(undefined, undefined, '2026-03-31'), { from: '2026-03-02', to: '2026-03-31' });
  assert.deepEqual(metricsRange('2026-01-01', undefined, '2026-03-31'), { from: '2026-01-01', to: '2026-01-30' });
  assert.throws(() => metricsRange('2026-03-02', '2026-03-01'), (e: unknown) => e instanceof AppError && e.fieldErrors[0]!.key === 'hotline.range_reversed');
  assert.throws(() => metricsRange('2025-01-01', '2026-01-02'), (e: unknown) => e instanceof AppError && e.fieldErrors[0]!.key === 'hotline.range_too_long');
  assert.doesNotThrow(() => metricsRange('2025-01-02', '2026-01-02'));
});

test('days with no contacts are zeros; time to referral counts each contact\'s first referral once', () => {
  const m = computeMetrics(
    { from: '2026-03-01', to: '2026-03-03' },
    [
      { day: '2026-03-01', channel: 'phone', category: 'trafficking_crisis', n: 2 },
      { day: '2026-03-03', channel: 'sms', category: 'silent', n: 1 },
      { day: '2026-02-28', channel: 'phone', category: 'prank', n: 9 },
    ],
    [
      { contactId: 'a', startedAt: at('2026-03-01T10:00:00Z'), referredAt: at('2026-03-01T10:10:00Z'), toOrgId: 'p', toOrg: 'İAMBİ' },
      { contactId: 'a', startedAt: at('2026-03-01T10:00:00Z'), referredAt: at('2026-03-01T12:00:00Z'), toOrgId: 's', toOrg: 'Sığınacaq' },
      { contactId: 'b', startedAt: at('2026-03-01T11:00:00Z'), referredAt: at('2026-03-02T13:00:00Z'), toOrgId: 'p', toOrg: 'İAMBİ' },
    ],
  );
  assert.deepEqual(m.days.map((d) => d.total), [2, 0, 1]);
  assert.deepEqual(m.totals, { contacts: 3, substantive: 2, referredContacts: 2, referrals: 3 });
  assert.equal(m.timeToReferral.count, 2);
  assert.equal(m.timeToReferral.medianMinutes, (10 + 26 * 60) / 2);
  assert.deepEqual(Object.fromEntries(m.timeToReferral.buckets.map((b) => [b.key, b.count])), { under_15m: 1, under_1h: 0, under_4h: 0, under_24h: 0, over_24h: 1 });
  assert.deepEqual(m.referralsByBody.map((b) => [b.shortName, b.count]), [['İAMBİ', 2], ['Sığınacaq', 1]]);
  assert.equal(m.byChannel.find((c) => c.code === 'sms')!.count, 1);
});
