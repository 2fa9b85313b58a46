import { BEST_INTERESTS_NOTICE_DAYS } from '../../../common/src/children.js';
import { casePartsOf } from '../../../common/src/case-parts.js';
import { bakuToday } from '../../../common/src/dates.js';
import { addDays } from '../care/reviews-due.js';
import { accessOf } from '../cases/cases.presenter.js';
import { findCase } from '../cases/cases.repository.js';
import type { Tx } from '../db/database.js';
import type { Actor } from '../policies/policy.js';
import type { Task, TaskProvider } from '../tasks/task-provider.js';

/**
 * Cases whose latest best-interests assessment is to be reviewed on or before `today + withinDays`,
 * among the cases the caller sees (row-level security) and whose 'services' part they keep. A later
 * assessment replaces the earlier one's review date.
 */
export async function bestInterestsReviewsDueFor(tx: Tx, actor: Actor, today: string, withinDays = BEST_INTERESTS_NOTICE_DAYS) {
  const latest = await tx.selectFrom('case_best_interests_assessments').select(['id', 'case_id', 'review_on'])
    .distinctOn('case_id').orderBy('case_id').orderBy('assessed_on', 'desc').orderBy('created_at', 'desc').execute();
  const until = addDays(today, withinDays);
  const due: { assessmentId: string; caseId: string; reference: string; reviewOn: string; overdue: boolean }[] = [];
  for (const assessment of latest) {
    if (!assessment.review_on || assessment.review_on > until) continue;
    const row = await findCase(tx, assessment.case_id);
    if (!row || !accessOf(actor, row).parts.has('services')) continue;
    due.push({ assessmentId: assessment.id, caseId: row.id, reference: row.reference, reviewOn: assessment.review_on, overdue: assessment.review_on < today });
  }
  return due.sort((a, b) => a.reviewOn.localeCompare(b.reviewOn));
}

/** Best-interests reviews due within a week (overdue once the day has passed), for the bodies keeping the child's 'services' part. */
export const bestInterestsReviewsDue: TaskProvider = {
  name: 'children.best_interests_review',
  appliesTo: (actor) => casePartsOf(actor.role).includes('services'),
  async collect({ tx, actor, now }) {
    const today = bakuToday(now);
    return (await bestInterestsReviewsDueFor(tx, actor, today)).map((review): Task => ({
      kind: 'best_interests_review_due',
      id: review.assessmentId,
      severity: review.overdue ? 'overdue' : 'normal',
      since: `${review.reviewOn}T00:00:00.000Z`,
      dueAt: `${review.reviewOn}T00:00:00.000Z`,
      link: `/cases/${review.caseId}#children`,
      params: { reference: review.reference, dueOn: review.reviewOn },
    }));
  },
};
