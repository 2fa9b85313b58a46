/**
 * The everyday use that leaves only audit entries: users logging in and out over the ten years
 * (more of them at larger scales), searches of the unified database by those who keep records,
 * and the Coordinator's office downloading the de-identified export now and then.
 */
import { requiresSecondFactor } from '../../../common/src/roles.js';
import { auditOf, type PendingAudit } from './audit.js';
import { addDays, pad2, rngFor, workingMoment } from './random.js';
import type { SyntheticUser } from './users.js';
import { CASE_ROLES } from './users.js';

/** The months of the ten years, as their first days, up to today's month. */
export function months(years: readonly number[], today: string): string[] {
  const out: string[] = [];
  for (const year of years) for (let m = 1; m <= 12; m += 1) {
    const first = `${year}-${pad2(m)}-01`;
    if (first <= today) out.push(first);
  }
  return out;
}

/** Audit entries of one month's logins, searches and exports. */
export function monthActivity(seed: number, scale: number, month: string, today: string, users: readonly SyntheticUser[]): PendingAudit[] {
  const rng = rngFor(seed, 'activity', month);
  const entries: PendingAudit[] = [];
  const perDay = Math.min(0.9, 0.02 + 0.5 * scale);
  for (let day = month; day.slice(0, 7) === month.slice(0, 7) && day <= today; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const user of users) {
      if (!rng.chance(perDay)) continue;
      const at = workingMoment(rng, day);
      entries.push(auditOf(rng, user, at, 'session.login', 'user', user.id, { secondFactor: requiresSecondFactor(user.role) }));
      if (CASE_ROLES.includes(user.role) && rng.chance(0.15)) {
        entries.push(auditOf(rng, user, new Date(at.getTime() + 120_000), 'case.search', 'case', null, { results: rng.int(8), byDocument: rng.chance(0.1), byPhone: rng.chance(0.05) }));
      }
      if ((user.role === 'national_coordinator' || user.role === 'secretariat') && rng.chance(0.02)) {
        entries.push(auditOf(rng, user, new Date(at.getTime() + 300_000), 'statistics.export', 'statistics', null, { k: 11 }));
      }
      if (rng.chance(0.3)) entries.push(auditOf(rng, user, new Date(at.getTime() + 3_600_000), 'session.logout', 'user', user.id));
    }
  }
  return entries;
}
