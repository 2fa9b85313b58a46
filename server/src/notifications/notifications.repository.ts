import type { Tx } from '../db/database.js';
import type { NotificationsTable } from '../db/schema.js';

export type NotificationKind = NotificationsTable['kind'];
export type NotificationParams = Record<string, string | number>;

/** The people of a body who write and submit its reports. */
const REPORT_WRITERS = ['agency_focal_point', 'agency_head', 'ngo_partner'];

export interface Recipient {
  userId: string;
  email: string | null;
  locale: string;
}

/** Notifies the body's report writers; returns them, for e-mail after the transaction commits. */
export async function notifyReportWriters(tx: Tx, organisationId: string, kind: NotificationKind, params: NotificationParams): Promise<Recipient[]> {
  const users = await tx
    .selectFrom('users')
    .select(['id', 'email', 'locale'])
    .where('organisation_id', '=', organisationId)
    .where('role', 'in', REPORT_WRITERS)
    .where('active', '=', true)
    .execute();
  if (users.length) {
    await tx
      .insertInto('notifications')
      .values(users.map((user) => ({ user_id: user.id, kind, params: JSON.stringify(params) })))
      .execute();
  }
  return users.map((user) => ({ userId: user.id, email: user.email, locale: user.locale }));
}

/** Notifies these users; returns them, for e-mail after the transaction commits. */
export async function notifyUsers(tx: Tx, users: { id: string; email: string | null; locale: string }[], kind: NotificationKind, params: NotificationParams): Promise<Recipient[]> {
  const unique = [...new Map(users.map((user) => [user.id, user])).values()];
  if (unique.length) {
    await tx.insertInto('notifications').values(unique.map((user) => ({ user_id: user.id, kind, params: JSON.stringify(params) }))).execute();
  }
  return unique.map((user) => ({ userId: user.id, email: user.email, locale: user.locale }));
}

export function notificationsOf(tx: Tx, userId: string, limit = 50) {
  return tx.selectFrom('notifications').select(['id', 'kind', 'params', 'created_at', 'read_at']).where('user_id', '=', userId).orderBy('created_at', 'desc').limit(limit).execute();
}

export async function unreadCount(tx: Tx, userId: string) {
  const row = await tx.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the user's own notifications read: the listed ones, or all. */
export async function markRead(tx: Tx, userId: string, ids: string[] | undefined) {
  let query = tx.updateTable('notifications').set({ read_at: new Date() }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (ids) query = query.where('id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
