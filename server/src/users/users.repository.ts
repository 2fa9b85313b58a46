import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import { containing } from '../db/like.js';
import { visibleUsers } from '../policies/users.js';
import type { Actor } from '../policies/policy.js';

export interface UserFilter {
  q?: string;
  organisationId?: string;
  role?: string;
  active?: boolean;
  page: number;
  pageSize: number;
}

export interface UserFields {
  fullName: string;
  email: string | null;
  organisationId: string;
  role: string;
  locale: string;
  active?: boolean;
}

/** Every read of users goes through the users policy's row rule, lists and single reads alike. */
function visibleTo(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .where(visibleUsers(actor))
    .select([
      'users.id',
      'users.login',
      'users.full_name',
      'users.email',
      'users.role',
      'users.locale',
      'users.active',
      'users.totp_enabled',
      'users.locked_until',
      'users.last_login_at',
      'users.must_change_password',
      'users.organisation_id',
      'organisations.short_name as organisation_short_name',
      'organisations.name_az as organisation_name_az',
      'organisations.name_ru as organisation_name_ru',
      'organisations.name_en as organisation_name_en',
    ]);
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findVisibleUser>>>;

export function findVisibleUser(tx: Tx, actor: Actor, id: string) {
  return visibleTo(tx, actor).where('users.id', '=', id).executeTakeFirst();
}

export async function listVisibleUsers(tx: Tx, actor: Actor, filter: UserFilter) {
  let query = visibleTo(tx, actor);
  if (filter.q) {
    const pattern = containing(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb(sql`az_fold(users.full_name)`, 'like', sql`az_fold(${pattern})`),
        eb(sql`az_fold(users.login)`, 'like', sql`az_fold(${pattern})`),
        eb(sql`az_fold(coalesce(users.email, ''))`, 'like', sql`az_fold(${pattern})`),
      ]),
    );
  }
  if (filter.organisationId) query = query.where('users.organisation_id', '=', filter.organisationId);
  if (filter.role) query = query.where('users.role', '=', filter.role);
  if (filter.active !== undefined) query = query.where('users.active', '=', filter.active);
  const [items, total] = await Promise.all([
    query
      .orderBy(sql`az_sort_key(users.full_name) collate "C"`)
      .orderBy('users.login')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

export async function loginTaken(tx: Tx, login: string) {
  return (await tx.selectFrom('users').select('id').where(sql`lower(login)`, '=', login.toLowerCase()).executeTakeFirst()) !== undefined;
}

export async function activeOrganisationExists(tx: Tx, id: string) {
  return (await tx.selectFrom('organisations').select('id').where('id', '=', id).where('active', '=', true).executeTakeFirst()) !== undefined;
}

export async function insertUser(tx: Tx, login: string, fields: UserFields, passwordHash: string, mustChangePassword: boolean) {
  const row = await tx
    .insertInto('users')
    .values({
      login,
      full_name: fields.fullName,
      email: fields.email,
      organisation_id: fields.organisationId,
      role: fields.role,
      locale: fields.locale,
      password_hash: passwordHash,
      must_change_password: mustChangePassword,
      active: fields.active ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUser(tx: Tx, id: string, fields: UserFields) {
  await tx
    .updateTable('users')
    .set({
      full_name: fields.fullName,
      email: fields.email,
      organisation_id: fields.organisationId,
      role: fields.role,
      locale: fields.locale,
      ...(fields.active === undefined ? {} : { active: fields.active }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function setUserLocale(tx: Tx, id: string, locale: string) {
  await tx.updateTable('users').set({ locale, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function unlockUser(tx: Tx, id: string) {
  await tx.updateTable('users').set({ failed_logins: 0, locked_until: null, updated_at: new Date() }).where('id', '=', id).execute();
}
