import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import {
  CONTACT_CATEGORIES, HOTLINE_CHANNELS, TIME_TO_REFERRAL_BUCKETS, isNonSubstantive, timeToReferralBucket, type TimeToReferralBucket,
} from '../../../common/src/hotline.js';
import type { Tx } from '../db/database.js';
import { AppError } from '../http/problem.js';

/** The longest range the dashboard draws day by day. */
export const METRICS_MAX_DAYS = 366;
const DEFAULT_DAYS = 30;
const DAY_MS = 86_400_000;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The range asked for, or the last 30 days; refused when reversed or too long. */
export function metricsRange(from: string | undefined, to: string | undefined, today = bakuToday()) {
  const end = to ?? (from ? addDays(from, DEFAULT_DAYS - 1) : today);
  const start = from ?? addDays(end, -(DEFAULT_DAYS - 1));
  const problems: { path: string; key: 'hotline.range_reversed' | 'hotline.range_too_long' }[] = [];
  if (daysBetween(start, end) < 0) problems.push({ path: 'to', key: 'hotline.range_reversed' });
  else if (daysBetween(start, end) >= METRICS_MAX_DAYS) problems.push({ path: 'to', key: 'hotline.range_too_long' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems);
  return { from: start, to: end };
}

export interface DayCount {
  day: string;
  channel: string;
  category: string;
  n: number;
}

export interface ReferralFact {
  contactId: string;
  startedAt: Date;
  referredAt: Date;
  toOrgId: string;
  toOrg: string;
}

const median = (sorted: number[]) =>
  sorted.length === 0 ? null : sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;

/** Pure: the dashboard's figures from per-day counts and the referrals' facts. */
export function computeMetrics(range: { from: string; to: string }, counts: DayCount[], referrals: ReferralFact[]) {
  const days = Array.from({ length: daysBetween(range.from, range.to) + 1 }, (_, i) => addDays(range.from, i));
  const zeros = (codes: readonly string[]) => Object.fromEntries(codes.map((code) => [code, 0])) as Record<string, number>;
  const perDay = new Map(days.map((day) => [day, { day, total: 0, byChannel: zeros(HOTLINE_CHANNELS), byCategory: zeros(CONTACT_CATEGORIES) }]));
  const byChannel = zeros(HOTLINE_CHANNELS);
  const byCategory = zeros(CONTACT_CATEGORIES);
  let contacts = 0;
  let substantive = 0;
  for (const row of counts) {
    const entry = perDay.get(row.day);
    if (!entry) continue;
    entry.total += row.n;
    entry.byChannel[row.channel] = (entry.byChannel[row.channel] ?? 0) + row.n;
    entry.byCategory[row.category] = (entry.byCategory[row.category] ?? 0) + row.n;
    byChannel[row.channel] = (byChannel[row.channel] ?? 0) + row.n;
    byCategory[row.category] = (byCategory[row.category] ?? 0) + row.n;
    contacts += row.n;
    if (!isNonSubstantive(row.category)) substantive += row.n;
  }
  // Time to referral: from the start of a contact to its first referral.
  const first = new Map<string, ReferralFact>();
  for (const fact of referrals) {
    const seen = first.get(fact.contactId);
    if (!seen || fact.referredAt < seen.referredAt) first.set(fact.contactId, fact);
  }
  const minutes = [...first.values()].map((fact) => Math.max(0, (fact.referredAt.getTime() - fact.startedAt.getTime()) / 60_000)).sort((a, b) => a - b);
  const buckets = Object.fromEntries(TIME_TO_REFERRAL_BUCKETS.map((b) => [b.key, 0])) as Record<TimeToReferralBucket, number>;
  for (const m of minutes) buckets[timeToReferralBucket(m)] += 1;
  const bodies = new Map<string, { orgId: string; shortName: string; count: number }>();
  for (const fact of referrals) {
    const body = bodies.get(fact.toOrgId) ?? { orgId: fact.toOrgId, shortName: fact.toOrg, count: 0 };
    body.count += 1;
    bodies.set(fact.toOrgId, body);
  }
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    from: range.from,
    to: range.to,
    totals: { contacts, substantive, referredContacts: first.size, referrals: referrals.length },
    days: [...perDay.values()],
    byChannel: HOTLINE_CHANNELS.map((code) => ({ code, count: byChannel[code] ?? 0 })),
    byCategory: CONTACT_CATEGORIES.map((code) => ({ code, count: byCategory[code] ?? 0 })),
    timeToReferral: {
      count: minutes.length,
      medianMinutes: round(median(minutes)),
      averageMinutes: round(minutes.length ? minutes.reduce((a, b) => a + b, 0) / minutes.length : null),
      buckets: TIME_TO_REFERRAL_BUCKETS.map((b) => ({ key: b.key, count: buckets[b.key] })),
    },
    referralsByBody: [...bodies.values()].sort((a, b) => b.count - a.count || a.shortName.localeCompare(b.shortName)),
  };
}

/**
 * The body's contacts per Baku day by channel and category, and the referrals its contacts of the
 * range led to. Counts only: nothing here identifies a caller.
 */
export async function hotlineMetrics(tx: Tx, organisationId: string, range: { from: string; to: string }) {
  const start = sql<Date>`(${range.from}::date)::timestamp at time zone 'Asia/Baku'`;
  const end = sql<Date>`(${range.to}::date + 1)::timestamp at time zone 'Asia/Baku'`;
  const counts = await tx.selectFrom('hotline_contacts')
    .select([sql<string>`((started_at at time zone 'Asia/Baku')::date)::text`.as('day'), 'channel', 'category', sql<number>`count(*)::int`.as('n')])
    .where('organisation_id', '=', organisationId).where('started_at', '>=', start).where('started_at', '<', end)
    .groupBy(['day', 'channel', 'category']).execute();
  const referrals = await tx.selectFrom('hotline_contact_referrals as hr')
    .innerJoin('hotline_contacts as h', 'h.id', 'hr.contact_id')
    .innerJoin('case_referrals as r', 'r.id', 'hr.referral_id')
    .innerJoin('organisations as o', 'o.id', 'r.to_org_id')
    .select(['h.id as contact_id', 'h.started_at', 'hr.created_at', 'r.to_org_id', 'o.short_name'])
    .where('h.organisation_id', '=', organisationId).where('h.started_at', '>=', start).where('h.started_at', '<', end)
    .execute();
  return computeMetrics(range, counts, referrals.map((r) => ({
    contactId: r.contact_id, startedAt: new Date(r.started_at), referredAt: new Date(r.created_at), toOrgId: r.to_org_id, toOrg: r.short_name,
  })));
}
