import { shelterLevel, type PlaceCounts } from '../../../common/src/shelters.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import type { Actor } from '../policies/policy.js';
import { seesShelterContacts, shelterAbilities, type ShelterRelation } from '../policies/shelters.js';
import { capacityOf, type ShelterRow } from './shelters.repository.js';

export const contactsContext = (shelterId: string) => `shelter-contacts:${shelterId}`;

export function relationOfShelter(row: Pick<ShelterRow, 'operator_org_id' | 'supervising_org_id' | 'active'>): ShelterRelation {
  return { operatorOrgId: row.operator_org_id, supervisingOrgId: row.supervising_org_id, active: row.active };
}

/** One shelter of the registry as this caller may see it: contacts only where allowed. */
export function presentShelter(vault: IdentityVault, actor: Actor, row: ShelterRow, occupancy: PlaceCounts, seesAll: boolean) {
  const relation = relationOfShelter(row);
  const capacity = capacityOf(row);
  const showContacts = seesShelterContacts(actor, relation, seesAll);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    region: row.region,
    operator: { id: row.operator_org_id, shortName: row.operator_short_name, nameAz: row.operator_name_az },
    supervisingBody: row.supervising_org_id ? { id: row.supervising_org_id, shortName: row.supervisor_short_name ?? '', nameAz: row.supervisor_name_az ?? '' } : null,
    capacity,
    occupancy,
    level: shelterLevel(capacity, occupancy, row.near_capacity_percent),
    nearCapacityPercent: row.near_capacity_percent,
    services: row.services,
    contactsShown: showContacts,
    contacts: showContacts && row.contacts_sealed ? vault.open(row.contacts_sealed, contactsContext(row.id)) : null,
    active: row.active,
    revision: row.revision,
    openActions: row.open_actions,
    lastInspectedOn: row.last_inspected_on,
    abilities: shelterAbilities(actor, relation),
  };
}

export type PresentedShelter = ReturnType<typeof presentShelter>;
