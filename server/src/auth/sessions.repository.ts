import type { Tx } from '../db/database.js';
import type { SessionsTable } from '../db/schema.js';

export async function createSession(
  tx: Tx,
  session: { id: string; userId: string; stage: SessionsTable['stage']; expiresAt: Date; ip: string; userAgent: string | null; pendingTotpSecret?: string | null },
) {
  await tx
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      stage: session.stage,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent?.slice(0, 300) ?? null,
      pending_totp_secret: session.pendingTotpSecret ?? null,
    })
    .execute();
}

export function findSessionWithUser(tx: Tx, id: string) {
  return tx
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.stage',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.expires_at as expiresAt',
      'sessions.pending_totp_secret as pendingTotpSecret',
      'users.id as userId',
      'users.login',
      'users.full_name as fullName',
      'users.organisation_id as organisationId',
      'users.role',
      'users.active',
      'users.must_change_password as mustChangePassword',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(tx: Tx, id: string, now: Date) {
  await tx.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function promoteSession(tx: Tx, id: string) {
  await tx.updateTable('sessions').set({ stage: 'active', pending_totp_secret: null, last_seen_at: new Date() }).where('id', '=', id).execute();
}

export async function deleteSession(tx: Tx, id: string) {
  await tx.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user (log out everywhere, password reset, deactivation); returns how many. */
export async function deleteUserSessions(tx: Tx, userId: string, exceptId?: string): Promise<number> {
  let query = tx.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(tx: Tx, idleBefore: Date, now: Date) {
  await tx.deleteFrom('sessions').where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('expires_at', '<', now)])).execute();
}

export async function setPendingTotpSecret(tx: Tx, id: string, sealed: string | null) {
  await tx.updateTable('sessions').set({ pending_totp_secret: sealed }).where('id', '=', id).execute();
}

export async function findPendingTotpSecret(tx: Tx, id: string) {
  const row = await tx.selectFrom('sessions').select('pending_totp_secret').where('id', '=', id).executeTakeFirst();
  return row?.pending_totp_secret ?? null;
}
