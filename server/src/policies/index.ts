import { accountPolicy } from './account.js';
import { auditPolicy } from './audit.js';
import { organisationsPolicy } from './organisations.js';
import { plansPolicy } from './plans.js';
import { reportsPolicy } from './reports.js';
import type { ResourcePolicy } from './policy.js';
import { usersPolicy } from './users.js';

/** Every resource policy; a route may only name actions declared here. */
export const POLICIES: Record<string, ResourcePolicy> = Object.fromEntries(
  [accountPolicy, auditPolicy, organisationsPolicy, plansPolicy, reportsPolicy, usersPolicy].map((policy) => [policy.resource, policy as ResourcePolicy]),
);
