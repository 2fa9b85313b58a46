/**
 * Codes of shelters, placements, inspections, services and rehabilitation plans, shared by the
 * server (validation) and the client (labels). See docs/architecture.md, "Shelters and services".
 */

export const SHELTER_KINDS = ['assistance_centre', 'shelter'] as const;
export type ShelterKind = (typeof SHELTER_KINDS)[number];

/** The economic regions of Azerbaijan (2021). */
export const REGIONS = [
  'baku', 'absheron_khizi', 'mountainous_shirvan', 'ganja_dashkasan', 'karabakh', 'gazakh_tovuz', 'guba_khachmaz',
  'lankaran_astara', 'central_aran', 'mil_mughan', 'sheki_zagatala', 'shirvan_salyan', 'east_zangezur', 'nakhchivan',
] as const;
export type Region = (typeof REGIONS)[number];

/** Places are counted separately for women, men and children. */
export const PLACE_CATEGORIES = ['female', 'male', 'children'] as const;
export type PlaceCategory = (typeof PLACE_CATEGORIES)[number];

export const EXIT_REASONS = ['returned_home', 'independent_living', 'repatriated', 'transferred', 'left_voluntarily', 'other'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

/** Kinds of assistance: what a shelter offers, what a case's services are, what a plan's goals are about. */
export const SERVICE_KINDS = [
  'medical', 'psychological', 'legal_aid', 'interpreter', 'education', 'vocational_training', 'financial_help', 'housing', 'family_tracing',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const SERVICE_STATUSES = ['requested', 'in_progress', 'provided', 'declined', 'unavailable', 'cancelled'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
/** A service that has begun names who provides it and since when. */
export const SERVICE_STARTED: readonly ServiceStatus[] = ['in_progress', 'provided'];

export const PLAN_STATUSES = ['draft', 'active', 'completed', 'discontinued'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const GOAL_AREAS = [...SERVICE_KINDS, 'safety', 'family', 'other'] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];
export const GOAL_STATUSES = ['planned', 'in_progress', 'achieved', 'not_achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const INSPECTION_RESULTS = ['met', 'partly_met', 'not_met', 'not_applicable'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];
export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface PlaceCounts {
  female: number;
  male: number;
  children: number;
}

export type CapacityLevel = 'ok' | 'near' | 'full';

/**
 * How full one category of places is: full when every place is taken (or there are none), near
 * when the share taken reaches the shelter's threshold (percent).
 */
export function capacityLevel(capacity: number, occupied: number, nearPercent: number): CapacityLevel {
  if (occupied >= capacity) return 'full';
  return occupied * 100 >= capacity * nearPercent ? 'near' : 'ok';
}

/** The fullest category of a shelter, for a single signal per shelter. */
export function shelterLevel(capacity: PlaceCounts, occupancy: PlaceCounts, nearPercent: number): CapacityLevel {
  const levels = PLACE_CATEGORIES.filter((c) => capacity[c] > 0 || occupancy[c] > 0).map((c) => capacityLevel(capacity[c], occupancy[c], nearPercent));
  return levels.includes('full') ? 'full' : levels.includes('near') ? 'near' : 'ok';
}
