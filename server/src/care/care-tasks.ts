import { bakuToday } from '../../../common/src/dates.js';
import { casePartsOf } from '../../../common/src/case-parts.js';
import type { Task, TaskProvider } from '../tasks/task-provider.js';
import { careReviewsDueFor } from './reviews-due.js';

/** Days before a review is due that it appears in the feed. */
export const REVIEW_NOTICE_DAYS = 7;

/**
 * Reviews of rehabilitation plans due within a week (overdue once the day has passed), for the
 * bodies that keep the 'services' part of those cases.
 */
export const careReviewsDue: TaskProvider = {
  name: 'care.reviews_due',
  appliesTo: (actor) => casePartsOf(actor.role).includes('services'),
  async collect({ tx, actor, now }) {
    const today = bakuToday(now);
    const due = await careReviewsDueFor(tx, actor, today, REVIEW_NOTICE_DAYS);
    return due.map((review): Task => ({
      kind: 'care_review_due',
      id: review.planId,
      severity: review.overdue ? 'overdue' : 'normal',
      since: `${review.nextReviewOn}T00:00:00.000Z`,
      dueAt: `${review.nextReviewOn}T00:00:00.000Z`,
      link: `/cases/${review.caseId}#care`,
      params: { reference: review.reference, dueOn: review.nextReviewOn },
    }));
  },
};
