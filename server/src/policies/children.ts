import type { CasePart } from '../../../common/src/case-parts.js';
import { can, definePolicy } from './policy.js';

/**
 * The child-protection path of a case: the guardian, the body responsible for the child's
 * protection and best-interests assessments. It is the 'services' part of a record (with the
 * services and the rehabilitation plan, policies/care.ts): the shelter and the bodies assisting the
 * child see and keep it; the hotline and the special police unit do not. Record scope is row-level
 * security tied to the case's own (migrations/0014_children.sql). It is kept only while the person
 * is a child (under 18 now or at identification); for an adult the writes are refused.
 */
export const childrenPolicy = definePolicy('children', {
  read: can('cases.read'),
  saveProtection: can('cases.read'),
  addAssessment: can('cases.read'),
});

export function childrenAbilities(parts: Set<CasePart>, child: boolean) {
  const keeps = parts.has('services') && child;
  return { saveProtection: keeps, addAssessment: keeps };
}
