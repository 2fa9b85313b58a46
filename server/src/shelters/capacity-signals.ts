import { hasPermission } from '../../../common/src/roles.js';
import { capacityLevel, PLACE_CATEGORIES, type CapacityLevel, type PlaceCategory } from '../../../common/src/shelters.js';
import type { Tx } from '../db/database.js';
import type { Actor } from '../policies/policy.js';
import { capacityOf, occupancyOf, occupancyOn, seesAllCases } from './shelters.repository.js';

export interface ShelterCapacitySignal {
  shelterId: string;
  name: string;
  operatorOrgId: string;
  /** The fullest category's level: 'near' from the shelter's threshold (default 90%), 'full' when every place is taken. */
  level: Exclude<CapacityLevel, 'ok'>;
  categories: { category: PlaceCategory; capacity: number; occupied: number; level: CapacityLevel }[];
}

/**
 * Active shelters near or at capacity on a day, with each category's places. Works in any
 * transaction (a job as the owner, or a request as its caller): occupancy is counted from every
 * placement, and only counts leave this function.
 */
export async function shelterCapacitySignals(tx: Tx, today: string): Promise<ShelterCapacitySignal[]> {
  const [shelters, occupancy] = await Promise.all([
    tx.selectFrom('shelters').select(['id', 'name', 'operator_org_id', 'capacity_female', 'capacity_male', 'capacity_children', 'near_capacity_percent'])
      .where('active', '=', true).orderBy('name').execute(),
    occupancyOn(tx, today),
  ]);
  const signals: ShelterCapacitySignal[] = [];
  for (const shelter of shelters) {
    const capacity = capacityOf(shelter);
    const taken = occupancyOf(occupancy, shelter.id);
    const categories = PLACE_CATEGORIES.filter((c) => capacity[c] > 0 || taken[c] > 0)
      .map((category) => ({ category, capacity: capacity[category], occupied: taken[category], level: capacityLevel(capacity[category], taken[category], shelter.near_capacity_percent) }));
    const level = categories.some((c) => c.level === 'full') ? 'full' : categories.some((c) => c.level === 'near') ? 'near' : null;
    if (level) signals.push({ shelterId: shelter.id, name: shelter.name, operatorOrgId: shelter.operator_org_id, level, categories });
  }
  return signals;
}

/**
 * The signals one user should be shown: the shelters their own body runs, and every shelter for
 * those who place people (the special police unit) or coordinate (the Coordinator's office).
 */
export async function shelterCapacitySignalsFor(tx: Tx, actor: Actor, today: string): Promise<ShelterCapacitySignal[]> {
  if (!hasPermission(actor.role, 'shelters.read')) return [];
  const signals = await shelterCapacitySignals(tx, today);
  if (hasPermission(actor.role, 'shelters.manage') || (await seesAllCases(tx))) return signals;
  const ownBody = actor.role === 'shelter_worker' || actor.role === 'ngo_partner';
  return ownBody ? signals.filter((s) => s.operatorOrgId === actor.organisationId) : [];
}
