import type { CasePart } from '../../../common/src/case-parts.js';
import { can, definePolicy } from './policy.js';

/**
 * Services of a case and its individual rehabilitation and reintegration plan. Both are the
 * 'services' part of a case: record scope is row-level security (migrations/0012, tied to the
 * case's own), and a body that sees the case sees and keeps them only when its role and its
 * referral give it that part (policies/cases.ts).
 */
export const carePolicy = definePolicy('care', {
  read: can('cases.read'),
  requestService: can('cases.read'),
  updateService: can('cases.read'),
  editPlan: can('cases.read'),
  addGoal: can('cases.read'),
  updateGoal: can('cases.read'),
  addReview: can('cases.read'),
});

export function careAbilities(parts: Set<CasePart>) {
  const keeps = parts.has('services');
  return { requestService: keeps, updateService: keeps, editPlan: keeps, addGoal: keeps, updateGoal: keeps, addReview: keeps };
}
