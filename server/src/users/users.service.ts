import { recordAudit } from '../audit/audit.repository.js';
import { disableTotp, setPasswordHash } from '../auth/credentials.repository.js';
import { hashPassword, passwordPolicyViolations } from '../auth/passwords.js';
import { deleteUserSessions } from '../auth/sessions.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import {
  activeOrganisationExists,
  findVisibleUser,
  insertUser,
  loginTaken,
  unlockUser,
  updateUser,
  type UserFields,
} from './users.repository.js';

export const LOGIN_PATTERN = /^[A-Za-z0-9._@-]{3,64}$/;

export function assertPasswordAcceptable(password: string, login: string, path = 'password') {
  const problems = passwordPolicyViolations(password, login);
  if (problems.length) throw new AppError('PASSWORD_POLICY', problems.map((p) => ({ path, key: p.key, params: p.params })));
}

async function assertOrganisation(tx: Tx, organisationId: string) {
  if (!(await activeOrganisationExists(tx, organisationId))) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'organisationId', key: 'organisation.unknown' }]);
  }
}

async function visibleOrNotFound(tx: Tx, actor: Actor, id: string) {
  const row = await findVisibleUser(tx, actor, id);
  if (!row) throw notFound();
  return row;
}

export async function createUser(tx: Tx, meta: RequestMeta, actor: Actor, input: UserFields & { login: string; password: string }) {
  if (!LOGIN_PATTERN.test(input.login)) throw new AppError('VALIDATION_FAILED', [{ path: 'login', key: 'login.format' }]);
  assertPasswordAcceptable(input.password, input.login);
  await assertOrganisation(tx, input.organisationId);
  if (await loginTaken(tx, input.login)) throw new AppError('LOGIN_TAKEN', [], {});
  const id = await insertUser(tx, input.login, input, await hashPassword(input.password), true);
  await recordAudit(tx, meta, { action: 'user.create', resource: 'user', recordId: id, details: { login: input.login, role: input.role, organisationId: input.organisationId } });
  return visibleOrNotFound(tx, actor, id);
}

export async function changeUser(tx: Tx, meta: RequestMeta, actor: Actor, id: string, fields: UserFields) {
  const before = await visibleOrNotFound(tx, actor, id);
  if (id === actor.userId && (fields.active === false || fields.role !== before.role)) throw new AppError('SELF_LOCKOUT');
  if (fields.organisationId !== before.organisation_id) await assertOrganisation(tx, fields.organisationId);
  await updateUser(tx, id, fields);
  const deactivated = before.active && fields.active === false;
  const roleChanged = before.role !== fields.role || before.organisation_id !== fields.organisationId;
  // A changed role or organisation changes what the user may see: their sessions start over.
  if (deactivated || roleChanged) await deleteUserSessions(tx, id);
  const changed = [
    before.full_name !== fields.fullName && 'fullName',
    before.email !== fields.email && 'email',
    before.organisation_id !== fields.organisationId && 'organisationId',
    before.role !== fields.role && 'role',
    before.locale !== fields.locale && 'locale',
    fields.active !== undefined && before.active !== fields.active && 'active',
  ].filter(Boolean);
  await recordAudit(tx, meta, {
    action: deactivated ? 'user.deactivate' : 'user.update',
    resource: 'user',
    recordId: id,
    details: { changed, ...(before.role !== fields.role ? { role: { from: before.role, to: fields.role } } : {}) },
  });
  return visibleOrNotFound(tx, actor, id);
}

export async function resetUserPassword(tx: Tx, meta: RequestMeta, actor: Actor, id: string, password: string) {
  const user = await visibleOrNotFound(tx, actor, id);
  assertPasswordAcceptable(password, user.login);
  await setPasswordHash(tx, id, await hashPassword(password), true);
  await deleteUserSessions(tx, id);
  await recordAudit(tx, meta, { action: 'user.password_reset', resource: 'user', recordId: id });
}

export async function unlockAccount(tx: Tx, meta: RequestMeta, actor: Actor, id: string) {
  await visibleOrNotFound(tx, actor, id);
  await unlockUser(tx, id);
  await recordAudit(tx, meta, { action: 'user.unlock', resource: 'user', recordId: id });
}

export async function resetSecondFactor(tx: Tx, meta: RequestMeta, actor: Actor, id: string) {
  await visibleOrNotFound(tx, actor, id);
  await disableTotp(tx, id);
  await deleteUserSessions(tx, id);
  await recordAudit(tx, meta, { action: 'user.totp_reset', resource: 'user', recordId: id });
}
