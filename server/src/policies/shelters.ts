import { hasPermission } from '../../../common/src/roles.js';
import { anyOf, can, definePolicy, hasRole, type Actor } from './policy.js';

/**
 * Shelters and the state assistance centre. The registry (name, region, operating body, capacity,
 * occupancy, services) is read by those who place, refer, coordinate or inspect; a shelter's
 * contacts are sealed and shown only to its own body, the special police unit and the
 * Coordinator's office. A ministry's head sees and inspects the shelters that ministry supervises;
 * the Ombudsman inspects every shelter.
 *
 * Placements belong to a case: record scope is row-level security (migrations/0012), the parts are
 * the case's ('services'; the shelter itself is 'safety'), and only the shelter's own body places
 * people there, transfers and records exits.
 */
export const sheltersPolicy = definePolicy('shelters', {
  list: can('shelters.read'),
  read: can('shelters.read'),
  create: can('shelters.manage'),
  edit: anyOf(can('shelters.manage'), hasRole('shelter_worker', 'ngo_partner')),
  residents: hasRole('shelter_worker', 'ngo_partner'),
  readInspections: anyOf(can('shelters.manage'), can('shelters.inspect'), hasRole('shelter_worker', 'ngo_partner')),
  inspect: can('shelters.inspect'),
  followUp: anyOf(can('shelters.manage'), can('shelters.inspect'), hasRole('shelter_worker', 'ngo_partner')),
  readChecklist: anyOf(can('shelters.manage'), can('shelters.inspect'), hasRole('shelter_worker', 'ngo_partner')),
  manageChecklist: can('shelters.manage'),
  listPlacements: can('cases.read'),
  place: can('cases.read'),
  exit: can('cases.read'),
  transfer: can('cases.read'),
});

/** What the row rules need to know of one shelter. */
export interface ShelterRelation {
  operatorOrgId: string;
  supervisingOrgId: string | null;
  active: boolean;
}

/** The actor's body runs the shelter (its case workers keep the shelter's records). */
export const runsShelter = (actor: Actor, shelter: ShelterRelation) =>
  actor.organisationId === shelter.operatorOrgId && (actor.role === 'shelter_worker' || actor.role === 'ngo_partner');

const isOffice = (actor: Actor) => hasPermission(actor.role, 'shelters.manage');

/** A ministry's head sees only the shelters the ministry supervises; everyone else with the permission sees all. */
export function seesShelter(actor: Actor, shelter: ShelterRelation): boolean {
  if (!hasPermission(actor.role, 'shelters.read')) return false;
  if (actor.role === 'agency_head') return shelter.supervisingOrgId === actor.organisationId;
  return true;
}

/**
 * Contacts of a shelter: its own body, the special police unit (`seesAllCases`: the caller is an
 * officer of the body keeping the unified database) and the Coordinator's office.
 */
export function seesShelterContacts(actor: Actor, shelter: ShelterRelation, seesAllCases: boolean): boolean {
  return actor.organisationId === shelter.operatorOrgId || seesAllCases || isOffice(actor);
}

export function mayInspect(actor: Actor, shelter: ShelterRelation): boolean {
  if (actor.role === 'oversight_reader') return true;
  return actor.role === 'agency_head' && shelter.supervisingOrgId === actor.organisationId;
}

export function seesInspections(actor: Actor, shelter: ShelterRelation): boolean {
  return isOffice(actor) || mayInspect(actor, shelter) || runsShelter(actor, shelter);
}

/** A follow-up action is moved on by the shelter's body, the body that inspected, or the Coordinator's office. */
export function mayFollowUp(actor: Actor, shelter: ShelterRelation, inspectorOrgId: string): boolean {
  return isOffice(actor) || runsShelter(actor, shelter) || ((actor.role === 'oversight_reader' || actor.role === 'agency_head') && actor.organisationId === inspectorOrgId);
}

/** Registry fields only the Coordinator's office changes; the shelter's own body keeps capacity, services and contacts. */
export function mayEditShelter(actor: Actor, shelter: ShelterRelation): { all: boolean; own: boolean } {
  const all = isOffice(actor);
  return { all, own: all || runsShelter(actor, shelter) };
}

export function shelterAbilities(actor: Actor, shelter: ShelterRelation) {
  const edit = mayEditShelter(actor, shelter);
  return {
    edit: edit.own,
    editRegistry: edit.all,
    inspect: mayInspect(actor, shelter),
    readInspections: seesInspections(actor, shelter),
    residents: runsShelter(actor, shelter),
    place: runsShelter(actor, shelter) && shelter.active,
  };
}
