import type { CasePart } from '../../../common/src/case-parts.js';
import { can, definePolicy } from './policy.js';

/**
 * Compensation claims of a victim and the payments made on them. They are kept by those who
 * accompany the person through a claim — the case's 'services' part (legal aid, the state
 * Assistance Fund) — and by those who see the proceedings the claims are made in, the
 * 'investigation' part. Which proceeding a claim names is shown, and may be set, only with the
 * 'investigation' part. Record scope is row-level security (migrations/0015).
 */
export const compensationPolicy = definePolicy('compensation', {
  read: can('cases.read'),
  claim: can('cases.read'),
  decide: can('cases.read'),
  pay: can('cases.read'),
});

export const COMPENSATION_PARTS: readonly CasePart[] = ['services', 'investigation'];

export function compensationAbilities(parts: ReadonlySet<CasePart>) {
  const keeps = COMPENSATION_PARTS.some((part) => parts.has(part));
  return { claim: keeps, decide: keeps, pay: keeps, linkProceeding: parts.has('investigation') };
}
