import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.js';
import { definePolicy, hasRole, isAuthenticated, type Actor } from './policy.js';

/** The Coordinator's office: the National Coordinator and the secretariat. */
export const coordinatorsOffice = hasRole('national_coordinator', 'secretariat');

/**
 * Monitoring and evaluation (server/src/indicators/). The indicator framework, assessments in
 * preparation, recommendations and drafts of the next plan are the Coordinator's office's working
 * material. An assessment cycle, once published, is read by everyone logged in: the grid, its
 * ratings and evidence, and the comparison across published cycles. Unpublished cycles do not
 * exist for anyone else (404, see `visibleCycles`).
 */
export const indicatorsPolicy = definePolicy('indicators', {
  readFramework: coordinatorsOffice,
  editFramework: coordinatorsOffice,
  listCycles: isAuthenticated,
  readCycle: isAuthenticated,
  createCycle: coordinatorsOffice,
  editCycle: coordinatorsOffice,
  rate: coordinatorsOffice,
  publish: coordinatorsOffice,
  compare: isAuthenticated,
  readRecommendations: coordinatorsOffice,
  editRecommendations: coordinatorsOffice,
  readDrafts: coordinatorsOffice,
  editDrafts: coordinatorsOffice,
});

/** The one row rule for assessment cycles: lists, single reads, ratings and the comparison go through it. */
export function visibleCycles(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'assessment_cycles'>): Expression<SqlBool> =>
    coordinatorsOffice(actor) ? sql<SqlBool>`true` : eb('assessment_cycles.status', '=', 'published');
}

/** What this actor may do with one visible cycle: a published cycle is final until it is withdrawn. */
export function cycleAbilities(actor: Actor, cycle: { status: 'draft' | 'published' }) {
  const office = coordinatorsOffice(actor);
  return {
    edit: office && cycle.status === 'draft',
    rate: office && cycle.status === 'draft',
    publish: office && cycle.status === 'draft',
    unpublish: office && cycle.status === 'published',
  };
}
