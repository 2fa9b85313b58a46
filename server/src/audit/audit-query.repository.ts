import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Tx } from '../db/database.js';
import { escapeLike } from '../db/like.js';
import type { DB } from '../db/schema.js';

export interface AuditFilter {
  from?: string;
  to?: string;
  userId?: string;
  organisationId?: string;
  action?: string;
  resource?: string;
  recordId?: string;
  page: number;
  pageSize: number;
}

export async function listAuditEntries(tx: Tx, filter: AuditFilter) {
  let query = tx
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .leftJoin('organisations', 'organisations.id', 'audit_log.organisation_id');
  // Dates are calendar days in Baku, where the users are.
  if (filter.from) query = query.where('audit_log.at', '>=', sql<Date>`(${filter.from}::date)::timestamp at time zone 'Asia/Baku'`);
  if (filter.to) query = query.where('audit_log.at', '<', sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Asia/Baku'`);
  if (filter.userId) query = query.where('audit_log.user_id', '=', filter.userId);
  if (filter.organisationId) query = query.where('audit_log.organisation_id', '=', filter.organisationId);
  if (filter.action) query = query.where('audit_log.action', 'like', `${escapeLike(filter.action)}%`);
  if (filter.resource) query = query.where('audit_log.resource', '=', filter.resource);
  if (filter.recordId) query = query.where('audit_log.record_id', '=', filter.recordId);
  const [items, total] = await Promise.all([
    query
      .select([
        'audit_log.seq',
        'audit_log.at',
        'audit_log.user_id',
        'users.login as user_login',
        'users.full_name as user_full_name',
        'audit_log.organisation_id',
        'organisations.short_name as organisation_short_name',
        'audit_log.role',
        'audit_log.action',
        'audit_log.resource',
        'audit_log.record_id',
        'audit_log.ip',
        'audit_log.request_id',
        'audit_log.details',
      ])
      .orderBy('audit_log.seq', 'desc')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

export interface ChainRow {
  seq: number;
  prev_hash: string;
  hash: string;
  expected: string;
}

/** Reads the chain in order, with each entry's hash recomputed by the database's own function. */
export async function* readChain(owner: Kysely<DB>, batch = 5000): AsyncGenerator<ChainRow[]> {
  let after = 0;
  for (;;) {
    const rows = await sql<ChainRow>`
      select seq, prev_hash, hash, audit_entry_hash(prev_hash, a) as expected
      from audit_log a where seq > ${after} order by seq limit ${batch}`.execute(owner);
    if (rows.rows.length === 0) return;
    yield rows.rows;
    after = rows.rows[rows.rows.length - 1]!.seq;
  }
}

export async function readHead(owner: Kysely<DB>) {
  const result = await sql<{ seq: number; hash: string }>`select seq, hash from audit_head where id = 1`.execute(owner);
  return result.rows[0] ?? { seq: 0, hash: '0'.repeat(64) };
}
