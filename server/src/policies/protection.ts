import type { CasePart } from '../../../common/src/case-parts.js';
import { can, definePolicy } from './policy.js';

/**
 * Identification and protection of victims. Record scope is row-level security tied to the case's
 * own (migrations/0013_protection.sql). Identification is the 'victim' part of a record: whoever
 * sees that part sees the decisions, and only the special police unit's officers (the body that
 * keeps the unified database) record them. The checklist of indicators is versioned and a new
 * version is published by the unit's supervisor. The reflection period goes with identification:
 * seen with the 'victim' part, started and decided by the unit.
 */
export const protectionPolicy = definePolicy('protection', {
  readIdentification: can('cases.read'),
  decideIdentification: can('cases.read'),
  readChecklist: can('cases.read'),
  publishChecklist: can('cases.emergency'),
  startReflection: can('cases.read'),
  decideReflection: can('cases.read'),
});

export function identificationAbilities(parts: Set<CasePart>, seesAllCases: boolean) {
  return { decide: parts.has('victim') && seesAllCases };
}
