import { can, definePolicy, isAuthenticated } from './policy.js';

/**
 * Referrals between bodies. Sending one and its steps are the cases policy's `refer` action, checked
 * again against the case (who keeps it) and the referral (which body is the receiver, which the
 * sender); the inbox lists what row-level security lets the caller's body see of its own referrals.
 */
export const referralsPolicy = definePolicy('referrals', {
  inbox: can('cases.read'),
});

/** What needs the caller now: every user has a feed, and each provider decides what concerns them. */
export const tasksPolicy = definePolicy('tasks', {
  read: isAuthenticated,
});
