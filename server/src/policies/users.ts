import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { can, definePolicy, hasRole, type Actor } from './policy.js';

export const usersPolicy = definePolicy('users', {
  list: can('users.read'),
  read: can('users.read'),
  create: can('users.manage'),
  update: can('users.manage'),
  resetCredentials: can('users.manage'),
});

/** Who sees the whole directory of accounts; everyone else with users.read sees their own organisation. */
const seesAllUsers = hasRole('admin', 'national_coordinator', 'secretariat');

/** The one row rule for users, used by single reads and lists alike. Everyone sees themselves. */
export function visibleUsers(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'users'>): Expression<SqlBool> =>
    seesAllUsers(actor)
      ? sql<SqlBool>`true`
      : eb.or([eb('users.organisation_id', '=', actor.organisationId), eb('users.id', '=', actor.userId)]);
}
