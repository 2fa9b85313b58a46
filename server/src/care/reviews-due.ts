import { accessOf } from '../cases/cases.presenter.js';
import { findCase } from '../cases/cases.repository.js';
import type { Tx } from '../db/database.js';
import type { Actor } from '../policies/policy.js';

/** A calendar day `days` after `day` (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface CareReviewDue {
  caseId: string;
  reference: string;
  planId: string;
  nextReviewOn: string;
  overdue: boolean;
  responsibleOrgId: string;
}

/**
 * Active rehabilitation plans whose next review falls on or before `today + withinDays`, among the
 * cases this caller sees (row-level security) and whose 'services' part they keep. For the alerts
 * feed: each is a review someone of the caller's body should hold.
 */
export async function careReviewsDueFor(tx: Tx, actor: Actor, today: string, withinDays = 7): Promise<CareReviewDue[]> {
  const until = addDays(today, withinDays);
  const plans = await tx.selectFrom('care_plans').select(['id', 'case_id', 'next_review_on', 'responsible_org_id'])
    .where('status', '=', 'active').where('next_review_on', 'is not', null).where('next_review_on', '<=', until)
    .orderBy('next_review_on').execute();
  const due: CareReviewDue[] = [];
  for (const plan of plans) {
    const row = await findCase(tx, plan.case_id);
    if (!row || !accessOf(actor, row).parts.has('services')) continue;
    due.push({ caseId: row.id, reference: row.reference, planId: plan.id, nextReviewOn: plan.next_review_on!, overdue: plan.next_review_on! < today, responsibleOrgId: plan.responsible_org_id });
  }
  return due;
}
