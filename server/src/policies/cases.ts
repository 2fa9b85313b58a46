import { CASE_PARTS, casePartsOf, isCasePart, type CasePart } from '../../../common/src/case-parts.js';
import { can, definePolicy, type Actor } from './policy.js';

/**
 * Victims' records. Record scope — which cases a caller sees at all — is enforced by row-level
 * security in the database (migrations/0006_cases.sql): the owner body, the special police unit,
 * and a body with an open referral or a granted access. Lists, single reads and writes all run
 * under it, so there is no second rule to drift. This policy decides which actions a role may
 * attempt and which parts of a visible record it sees (`casePartsFor`).
 */
export const casesPolicy = definePolicy('cases', {
  list: can('cases.read'),
  read: can('cases.read'),
  create: can('cases.create'),
  edit: can('cases.read'),
  refer: can('cases.read'),
  search: can('cases.search'),
  requestAccess: can('cases.search'),
  decideAccess: can('cases.read'),
  emergencyAccess: can('cases.emergency'),
  viewAccessLog: can('cases.read'),
  findDuplicates: can('cases.read'),
  merge: can('cases.read'),
});

/** How the caller reaches one visible case, as read alongside it. */
export interface CaseRelation {
  ownerOrgId: string;
  /** The caller's body keeps the unified database and the caller is one of its officers. */
  seesAllCases: boolean;
  /** Parts named by open referrals to the caller's body. */
  referralParts: string[][];
  /** Open access grants to the caller's body. */
  grants: { emergency: boolean }[];
}

export const isOwnerOf = (actor: Actor, relation: CaseRelation) => relation.ownerOrgId === actor.organisationId;

/** The parts of a visible case this caller sees. */
export function casePartsFor(actor: Actor, relation: CaseRelation): Set<CasePart> {
  const byRole = casePartsOf(actor.role);
  if (relation.grants.some((grant) => grant.emergency)) return new Set(CASE_PARTS);
  if (isOwnerOf(actor, relation) || relation.seesAllCases || relation.grants.length > 0) return new Set(byRole);
  const named = new Set(relation.referralParts.flat().filter(isCasePart));
  return new Set(byRole.filter((part) => named.has(part)));
}

/** What this caller may do with one visible case. */
export function caseAbilities(actor: Actor, relation: CaseRelation, parts: Set<CasePart>) {
  const owner = isOwnerOf(actor, relation);
  const keeper = owner || relation.seesAllCases;
  return {
    editHeader: keeper,
    editIdentity: parts.has('identity') && keeper,
    editVictim: parts.has('victim') && keeper,
    addNote: [...parts].some((part) => part !== 'identity'),
    addAssessment: parts.has('services'),
    editInvestigation: parts.has('investigation') && relation.seesAllCases,
    refer: keeper,
    viewAccessLog: keeper,
    decideAccess: owner,
    findDuplicates: keeper && parts.has('identity'),
  };
}
