import { requiresSecondFactor, type Role } from '../../../common/src/roles.js';
import { recordAudit } from '../audit/audit.repository.js';
import { disableTotp, enableTotp, findCredentialsById, setPasswordHash } from '../auth/credentials.repository.js';
import { enrolmentFor } from '../auth/login.service.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { deleteUserSessions, findPendingTotpSecret, setPendingTotpSecret } from '../auth/sessions.repository.js';
import { generateTotpSecret, verifyTotp } from '../auth/totp.js';
import type { Tx } from '../db/database.js';
import type { AppContext, RequestMeta } from '../http/context.js';
import { AppError } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { setUserLocale } from '../users/users.repository.js';
import { assertPasswordAcceptable } from '../users/users.service.js';

async function ownCredentials(tx: Tx, actor: Actor) {
  const user = await findCredentialsById(tx, actor.userId);
  if (!user) throw new AppError('AUTH_REQUIRED');
  return user;
}

/** Changing one's password ends one's other sessions: whoever knew the old one is logged out. */
export async function changeOwnPassword(tx: Tx, meta: RequestMeta, actor: Actor, currentPassword: string, newPassword: string) {
  const user = await ownCredentials(tx, actor);
  if (!(await verifyPassword(user.password_hash, currentPassword))) {
    throw new AppError('PASSWORD_POLICY', [{ path: 'currentPassword', key: 'password.wrong_current' }]);
  }
  if (currentPassword === newPassword) throw new AppError('PASSWORD_POLICY', [{ path: 'newPassword', key: 'password.same_as_current' }]);
  assertPasswordAcceptable(newPassword, user.login, 'newPassword');
  await setPasswordHash(tx, user.id, await hashPassword(newPassword), false);
  const ended = await deleteUserSessions(tx, user.id, actor.sessionId);
  await recordAudit(tx, meta, { action: 'account.password_change', resource: 'user', recordId: user.id, details: { otherSessionsEnded: ended } });
}

export async function changeOwnLocale(tx: Tx, meta: RequestMeta, actor: Actor, locale: string) {
  await setUserLocale(tx, actor.userId, locale);
  await recordAudit(tx, meta, { action: 'account.locale_change', resource: 'user', recordId: actor.userId, details: { locale } });
}

export async function startSecondFactorSetup(ctx: AppContext, tx: Tx, actor: Actor) {
  const secret = generateTotpSecret();
  await setPendingTotpSecret(tx, actor.sessionId, ctx.secrets.seal(secret));
  return enrolmentFor(secret, actor.login);
}

export async function confirmSecondFactorSetup(ctx: AppContext, tx: Tx, meta: RequestMeta, actor: Actor, code: string) {
  const sealed = await findPendingTotpSecret(tx, actor.sessionId);
  if (!sealed) throw new AppError('AUTH_TOTP_INVALID');
  const secret = ctx.secrets.open(sealed);
  const step = verifyTotp(secret, code, null);
  if (step === null) throw new AppError('AUTH_TOTP_INVALID', [{ path: 'code', key: 'totp.invalid' }]);
  await enableTotp(tx, actor.userId, sealed, step);
  await setPendingTotpSecret(tx, actor.sessionId, null);
  await recordAudit(tx, meta, { action: 'user.totp_enabled', resource: 'user', recordId: actor.userId });
}

export async function turnOffSecondFactor(tx: Tx, meta: RequestMeta, actor: Actor, password: string) {
  if (requiresSecondFactor(actor.role as Role)) throw new AppError('TOTP_REQUIRED_FOR_ROLE');
  const user = await ownCredentials(tx, actor);
  if (!(await verifyPassword(user.password_hash, password))) {
    throw new AppError('PASSWORD_POLICY', [{ path: 'password', key: 'password.wrong_current' }]);
  }
  await disableTotp(tx, actor.userId);
  await recordAudit(tx, meta, { action: 'user.totp_disabled', resource: 'user', recordId: actor.userId });
}
