import { sql } from 'kysely';
import type { PlaceCategory, PlaceCounts } from '../../../common/src/shelters.js';
import type { Tx } from '../db/database.js';

/** The registry's rows with their bodies; contacts stay sealed until the presenter decides. */
function shelterRows(tx: Tx) {
  return tx
    .selectFrom('shelters')
    .innerJoin('organisations as operator', 'operator.id', 'shelters.operator_org_id')
    .leftJoin('organisations as supervisor', 'supervisor.id', 'shelters.supervising_org_id')
    .select([
      'shelters.id', 'shelters.kind', 'shelters.name', 'shelters.operator_org_id', 'shelters.supervising_org_id', 'shelters.region',
      'shelters.capacity_female', 'shelters.capacity_male', 'shelters.capacity_children', 'shelters.services', 'shelters.contacts_sealed',
      'shelters.near_capacity_percent', 'shelters.active', 'shelters.revision', 'shelters.updated_at',
      'operator.short_name as operator_short_name', 'operator.name_az as operator_name_az',
      'supervisor.short_name as supervisor_short_name', 'supervisor.name_az as supervisor_name_az',
      sql<number>`(select count(*) from shelter_inspection_actions a where a.shelter_id = shelters.id and a.status <> 'done')::int`.as('open_actions'),
      sql<string | null>`(select max(i.inspected_on)::text from shelter_inspections i where i.shelter_id = shelters.id)`.as('last_inspected_on'),
    ]);
}

export type ShelterRow = Awaited<ReturnType<ReturnType<typeof shelterRows>['executeTakeFirstOrThrow']>>;

export interface ShelterFilter {
  region?: string;
  kind?: string;
  active?: boolean;
}

export function listShelterRows(tx: Tx, filter: ShelterFilter) {
  let query = shelterRows(tx);
  if (filter.region) query = query.where('shelters.region', '=', filter.region);
  if (filter.kind) query = query.where('shelters.kind', '=', filter.kind);
  if (filter.active !== undefined) query = query.where('shelters.active', '=', filter.active);
  return query.orderBy('shelters.kind').orderBy(sql`az_sort_key(shelters.name) collate "C"`).execute();
}

export function findShelterRow(tx: Tx, id: string) {
  return shelterRows(tx).where('shelters.id', '=', id).executeTakeFirst();
}

/** Whether the caller is an officer of the body that keeps the unified database (the special police unit). */
export async function seesAllCases(tx: Tx): Promise<boolean> {
  const row = await sql<{ all: boolean }>`select coalesce(app_sees_all_cases(), false) as all`.execute(tx);
  return row.rows[0]?.all ?? false;
}

const EMPTY: PlaceCounts = { female: 0, male: 0, children: 0 };

/** Occupancy of every shelter on a day, counted from placements (never stored). */
export async function occupancyOn(tx: Tx, on: string): Promise<Map<string, PlaceCounts>> {
  const rows = await sql<{ shelter_id: string } & PlaceCounts>`select shelter_id, female, male, children from shelter_occupancy(${on}::date)`.execute(tx);
  return new Map(rows.rows.map((r) => [r.shelter_id, { female: r.female, male: r.male, children: r.children }]));
}

export const occupancyOf = (occupancy: Map<string, PlaceCounts>, shelterId: string): PlaceCounts => occupancy.get(shelterId) ?? EMPTY;

export const capacityOf = (row: { capacity_female: number; capacity_male: number; capacity_children: number }): PlaceCounts => ({
  female: row.capacity_female, male: row.capacity_male, children: row.capacity_children,
});

/**
 * Locks the shelter's row until the transaction ends and counts the places of a category taken on
 * each day: the largest count decides, so a place free today but taken on the entry day is taken.
 */
export async function lockAndCountTaken(tx: Tx, shelterId: string, category: PlaceCategory, days: string[]): Promise<number> {
  const rows = await sql<{ day: string } & PlaceCounts>`select day::text as day, female, male, children from shelter_lock_and_count(${shelterId}::uuid, ${[...new Set(days)]}::date[])`.execute(tx);
  return Math.max(0, ...rows.rows.map((r) => r[category]));
}
