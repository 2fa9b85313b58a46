import type { CasePart } from '../../../common/src/case-parts.js';
import { can, definePolicy } from './policy.js';

/**
 * Repatriation of a victim: the 'safety' part of a case. Its steps say when and how the person
 * travels, with or without an escort, and into whose hands (a return risk assessment among them):
 * safety arrangements, which the special police unit does not see (common/src/case-parts.ts).
 * Record scope is row-level security (migrations/0015, tied to the case's own).
 */
export const repatriationPolicy = definePolicy('repatriation', {
  read: can('cases.read'),
  open: can('cases.read'),
  updateStep: can('cases.read'),
  cancel: can('cases.read'),
});

export function repatriationAbilities(parts: ReadonlySet<CasePart>) {
  const keeps = parts.has('safety');
  return { open: keeps, updateStep: keeps, cancel: keeps };
}
