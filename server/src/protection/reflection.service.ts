import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { recordAudit } from '../audit/audit.repository.js';
import { visibleCase } from '../cases/cases.service.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { identificationAbilities } from '../policies/protection.js';
import type { ReflectionDecisionInput, ReflectionStartInput } from './protection-input.js';

/** Days before its end from which an open reflection period is alerted. */
export const REFLECTION_ALERT_DAYS = 5;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function presentReflection(row: { id: string; started_on: string; days: number; decision: string | null; decided_on: string | null } | undefined, today: string) {
  if (!row) return null;
  const endsOn = addDays(row.started_on, row.days);
  return {
    id: row.id, startedOn: row.started_on, days: row.days, endsOn, decision: row.decision, decidedOn: row.decided_on,
    endingSoon: row.decision === null && endsOn <= addDays(today, REFLECTION_ALERT_DAYS),
    ended: endsOn <= today,
  };
}

export async function reflectionRow(tx: Tx, caseId: string) {
  return tx.selectFrom('case_reflection_periods').select(['id', 'started_on', 'days', 'decision', 'decided_on']).where('case_id', '=', caseId).executeTakeFirst();
}

async function unitCase(tx: Tx, actor: Actor, caseId: string) {
  const visible = await visibleCase(tx, actor, caseId);
  if (!identificationAbilities(visible.parts, visible.relation.seesAllCases).decide) throw new AppError('CASE_PART_HIDDEN');
  return visible;
}

/** Starts the case's reflection period; its length is the configured one unless the unit sets another. */
export async function startReflection(tx: Tx, meta: RequestMeta, actor: Actor, caseId: string, input: ReflectionStartInput, defaultDays: number, today = bakuToday()) {
  const { row } = await unitCase(tx, actor, caseId);
  const errors = [];
  if (input.startedOn > today) errors.push({ path: 'startedOn', key: 'date.in_future' as const });
  if (input.startedOn < row.first_contact_on) errors.push({ path: 'startedOn', key: 'identification.before_first_contact' as const });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const created = await tx.insertInto('case_reflection_periods')
    .values({ case_id: caseId, started_on: input.startedOn, days: input.days ?? defaultDays, created_by: actor.userId })
    .onConflict((oc) => oc.column('case_id').doNothing()).returning('id').executeTakeFirst();
  if (!created) throw new AppError('CASE_CONFLICT');
  await recordAudit(tx, meta, { action: 'reflection.start', resource: 'case', recordId: caseId, details: { startedOn: input.startedOn, days: input.days ?? defaultDays } });
  return created.id;
}

/** The decision at the end of the period: not before it ends, once. */
export async function decideReflection(tx: Tx, meta: RequestMeta, actor: Actor, caseId: string, input: ReflectionDecisionInput, today = bakuToday()) {
  await unitCase(tx, actor, caseId);
  const period = await reflectionRow(tx, caseId);
  if (!period) throw new AppError('VALIDATION_FAILED', [{ path: 'decision', key: 'reflection.not_started' }]);
  const endsOn = addDays(period.started_on, period.days);
  const errors = [];
  if (input.decidedOn > today) errors.push({ path: 'decidedOn', key: 'date.in_future' as const });
  if (input.decidedOn < endsOn) errors.push({ path: 'decidedOn', key: 'reflection.before_end' as const });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const result = await tx.updateTable('case_reflection_periods').set({ decision: input.decision, decided_on: input.decidedOn, decided_by: actor.userId })
    .where('id', '=', period.id).where('decision', 'is', null).executeTakeFirst();
  if (!result || result.numUpdatedRows === 0n) throw new AppError('CASE_CONFLICT');
  await recordAudit(tx, meta, { action: 'reflection.decide', resource: 'case', recordId: caseId, details: { decision: input.decision } });
}

/** Open reflection periods the caller sees that end within REFLECTION_ALERT_DAYS of `today` (or have ended): what the alert lists. */
export async function reflectionPeriodsEnding(tx: Tx, today: string) {
  const limit = addDays(today, REFLECTION_ALERT_DAYS);
  const rows = await tx.selectFrom('case_reflection_periods').innerJoin('cases', 'cases.id', 'case_reflection_periods.case_id')
    .select(['case_reflection_periods.case_id', 'cases.reference', 'case_reflection_periods.started_on', 'case_reflection_periods.days'])
    .where('case_reflection_periods.decision', 'is', null)
    .where(sql<boolean>`case_reflection_periods.started_on + case_reflection_periods.days <= ${limit}::date`)
    .execute();
  return rows.map((r) => ({ caseId: r.case_id, reference: r.reference, endsOn: addDays(r.started_on, r.days) }));
}
