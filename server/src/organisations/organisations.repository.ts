import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import { containing } from '../db/like.js';

export interface OrganisationFilter {
  q?: string;
  kind?: string;
  active?: boolean;
  page: number;
  pageSize: number;
}

export interface OrganisationFields {
  nameAz: string;
  shortName: string;
  nameRu: string;
  nameEn: string;
  kind: string;
  aliases: string[];
  active?: boolean;
}

const columns = [
  'organisations.id',
  'organisations.key',
  'organisations.name_az',
  'organisations.short_name',
  'organisations.name_ru',
  'organisations.name_en',
  'organisations.kind',
  'organisations.aliases',
  'organisations.active',
] as const;

function withUserCount(tx: Tx) {
  return tx
    .selectFrom('organisations')
    .select(columns)
    .select((eb) =>
      eb.selectFrom('users').whereRef('users.organisation_id', '=', 'organisations.id').select(sql<number>`count(*)::int`.as('n')).as('user_count'),
    );
}

export type OrganisationRow = Awaited<ReturnType<typeof findOrganisation>> & {};

export function findOrganisation(tx: Tx, id: string) {
  return withUserCount(tx).where('organisations.id', '=', id).executeTakeFirst();
}

export async function listOrganisations(tx: Tx, filter: OrganisationFilter) {
  let query = withUserCount(tx);
  if (filter.q) {
    const pattern = containing(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb(sql`az_fold(organisations.name_az)`, 'like', sql`az_fold(${pattern})`),
        eb(sql`az_fold(organisations.short_name)`, 'like', sql`az_fold(${pattern})`),
        eb(sql`az_fold(organisations.name_ru)`, 'like', sql`az_fold(${pattern})`),
        eb(sql`az_fold(organisations.name_en)`, 'like', sql`az_fold(${pattern})`),
        eb(sql`az_fold(array_to_string(organisations.aliases, ' | '))`, 'like', sql`az_fold(${pattern})`),
      ]),
    );
  }
  if (filter.kind) query = query.where('organisations.kind', '=', filter.kind);
  if (filter.active !== undefined) query = query.where('organisations.active', '=', filter.active);
  const [items, total] = await Promise.all([
    query
      .orderBy(sql`az_sort_key(organisations.name_az) collate "C"`)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

export async function insertOrganisation(tx: Tx, fields: OrganisationFields, key: string | null = null) {
  const row = await tx
    .insertInto('organisations')
    .values({
      key,
      name_az: fields.nameAz,
      short_name: fields.shortName,
      name_ru: fields.nameRu,
      name_en: fields.nameEn,
      kind: fields.kind,
      aliases: fields.aliases,
      active: fields.active ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateOrganisation(tx: Tx, id: string, fields: OrganisationFields) {
  await tx
    .updateTable('organisations')
    .set({
      name_az: fields.nameAz,
      short_name: fields.shortName,
      name_ru: fields.nameRu,
      name_en: fields.nameEn,
      kind: fields.kind,
      aliases: fields.aliases,
      ...(fields.active === undefined ? {} : { active: fields.active }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteOrganisation(tx: Tx, id: string) {
  await tx.deleteFrom('organisations').where('id', '=', id).execute();
}

export async function organisationNameTaken(tx: Tx, nameAz: string, exceptId?: string) {
  let query = tx.selectFrom('organisations').select('id').where(sql`lower(name_az)`, '=', nameAz.toLowerCase());
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function findActiveOrganisationIdsByKey(tx: Tx) {
  const rows = await tx.selectFrom('organisations').select(['id', 'key']).where('key', 'is not', null).execute();
  return new Map(rows.map((row) => [row.key!, row.id]));
}
