import { accountPolicy } from './account.js';
import { auditPolicy } from './audit.js';
import { carePolicy } from './care.js';
import { casesPolicy } from './cases.js';
import { compensationPolicy } from './compensation.js';
import { childrenPolicy } from './children.js';
import { donorsPolicy } from './donors.js';
import { eventsPolicy } from './events.js';
import { hotlinePolicy } from './hotline.js';
import { indicatorsPolicy } from './indicators.js';
import { meetingsPolicy } from './meetings.js';
import { organisationsPolicy } from './organisations.js';
import { plansPolicy } from './plans.js';
import { protectionPolicy } from './protection.js';
import { referralsPolicy, tasksPolicy } from './referrals.js';
import { repatriationPolicy } from './repatriation.js';
import { reportsPolicy } from './reports.js';
import { sheltersPolicy } from './shelters.js';
import type { ResourcePolicy } from './policy.js';
import { statisticsPolicy } from './statistics.js';
import { usersPolicy } from './users.js';

/** Every resource policy; a route may only name actions declared here. */
export const POLICIES: Record<string, ResourcePolicy> = Object.fromEntries(
  [accountPolicy, auditPolicy, carePolicy, casesPolicy, childrenPolicy, compensationPolicy, donorsPolicy, eventsPolicy, hotlinePolicy, indicatorsPolicy, meetingsPolicy, organisationsPolicy, plansPolicy, protectionPolicy, referralsPolicy, repatriationPolicy, reportsPolicy, sheltersPolicy, statisticsPolicy, tasksPolicy, usersPolicy].map((policy) => [policy.resource, policy as ResourcePolicy]),
);
