import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.js';
import { coordinatorOffice } from './events.js';
import { can, definePolicy, type Actor } from './policy.js';

/**
 * Donors, their support and the needs the bodies state: the Coordinator's office sees and manages
 * all; a body that reports sees the supports that concern it (and their donors), and its own needs
 * with what they were matched to. Anything else does not exist for it (404).
 */
export const donorsPolicy = definePolicy('donors', {
  list: can('reports.read'),
  read: can('reports.read'),
  manage: coordinatorOffice,
  viewResources: can('reports.read'),
  match: coordinatorOffice,
});

/** Whether the actor sees every donor, support and need. */
export const seesAllResources = coordinatorOffice;

/** The row rule for supports: lists, single reads and the resources view go through it. */
export function visibleSupports(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'supports'>): Expression<SqlBool> => {
    if (seesAllResources(actor)) return sql<SqlBool>`true`;
    return eb.exists(
      eb
        .selectFrom('support_organisations')
        .select('support_organisations.support_id')
        .whereRef('support_organisations.support_id', '=', 'supports.id')
        .where('support_organisations.organisation_id', '=', actor.organisationId),
    );
  };
}

/** The row rule for donors: a body sees a donor only through a support that concerns it. */
export function visibleDonors(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'donors'>): Expression<SqlBool> => {
    if (seesAllResources(actor)) return sql<SqlBool>`true`;
    return eb.exists(
      eb
        .selectFrom('supports')
        .innerJoin('support_organisations', 'support_organisations.support_id', 'supports.id')
        .select('supports.id')
        .whereRef('supports.donor_id', '=', 'donors.id')
        .where('support_organisations.organisation_id', '=', actor.organisationId),
    );
  };
}

export function donorAbilities(actor: Actor) {
  const manage = donorsPolicy.actions.manage(actor);
  return { edit: manage, delete: manage, addSupport: manage };
}
