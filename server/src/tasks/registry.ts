import { referralsNotYetAccepted, referralsWaitingForBody } from '../referrals/referral-tasks.js';
import { careReviewsDue } from '../care/care-tasks.js';
import { sheltersNearCapacity } from '../shelters/shelter-tasks.js';
import { callbacksDue } from '../hotline/hotline-tasks.js';
import { reflectionPeriodsEndingSoon } from '../protection/reflection-tasks.js';
import { bestInterestsReviewsDue } from '../children/best-interests-tasks.js';
import type { TaskProvider } from './task-provider.js';

/**
 * Every source of the "what needs me now" feed, one line each. The hotline adds callbacks due;
 * protection adds reflection periods ending, shelters near capacity and rehabilitation plan
 * reviews due (see docs/architecture.md, "Alerts and tasks").
 */
export const TASK_PROVIDERS: readonly TaskProvider[] = [
  referralsWaitingForBody,
  referralsNotYetAccepted,
  sheltersNearCapacity,
  careReviewsDue,
  callbacksDue,
  reflectionPeriodsEndingSoon,
  bestInterestsReviewsDue,
];
