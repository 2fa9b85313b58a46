import { sql } from 'kysely';
import type { Tx } from '../db/database.js';

/** The columns the login needs; never sent to a client. */
export function findCredentialsByLogin(tx: Tx, login: string) {
  return tx
    .selectFrom('users')
    .select(['id', 'login', 'role', 'organisation_id', 'password_hash', 'totp_secret', 'totp_enabled', 'totp_last_step', 'failed_logins', 'locked_until', 'active'])
    .where(sql`lower(login)`, '=', login.trim().toLowerCase())
    .executeTakeFirst();
}

export function findCredentialsById(tx: Tx, id: string) {
  return tx
    .selectFrom('users')
    .select(['id', 'login', 'role', 'organisation_id', 'password_hash', 'totp_secret', 'totp_enabled', 'totp_last_step', 'failed_logins', 'locked_until', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export type Credentials = NonNullable<Awaited<ReturnType<typeof findCredentialsById>>>;

/** Counts a failed attempt; at the limit the account is locked for a while. Returns the lock end, if any. */
export async function recordFailedAttempt(tx: Tx, userId: string, maxFailures: number, lockMinutes: number): Promise<Date | null> {
  const row = await tx
    .updateTable('users')
    .set((eb) => ({
      failed_logins: eb('failed_logins', '+', 1),
      locked_until: sql<Date | null>`case when failed_logins + 1 >= ${maxFailures} then now() + make_interval(mins => ${lockMinutes}) else locked_until end`,
    }))
    .where('id', '=', userId)
    .returning(['locked_until'])
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

export async function recordSuccessfulLogin(tx: Tx, userId: string, totpStep?: number) {
  await tx
    .updateTable('users')
    .set({
      failed_logins: 0,
      locked_until: null,
      last_login_at: new Date(),
      ...(totpStep === undefined ? {} : { totp_last_step: totpStep }),
    })
    .where('id', '=', userId)
    .execute();
}

export async function enableTotp(tx: Tx, userId: string, sealedSecret: string, step: number) {
  await tx.updateTable('users').set({ totp_secret: sealedSecret, totp_enabled: true, totp_last_step: step, updated_at: new Date() }).where('id', '=', userId).execute();
}

export async function disableTotp(tx: Tx, userId: string) {
  await tx.updateTable('users').set({ totp_secret: null, totp_enabled: false, totp_last_step: null, updated_at: new Date() }).where('id', '=', userId).execute();
}

export async function setPasswordHash(tx: Tx, userId: string, hash: string, mustChange: boolean) {
  await tx
    .updateTable('users')
    .set({ password_hash: hash, must_change_password: mustChange, password_changed_at: new Date(), failed_logins: 0, locked_until: null, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}
