import QRCode from 'qrcode';
import { requiresSecondFactor, type Role } from '../../../common/src/roles.js';
import type { Tx } from '../db/database.js';
import type { AppContext, RequestMeta } from '../http/context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { burnPasswordCheck, verifyPassword } from './passwords.js';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp.js';
import {
  enableTotp,
  findCredentialsById,
  findCredentialsByLogin,
  recordFailedAttempt,
  recordSuccessfulLogin,
  type Credentials,
} from './credentials.repository.js';
import { createSession, deleteSession } from './sessions.repository.js';
import { newToken, sessionIdOf } from './session-cookie.js';

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

export type LoginOutcome =
  | { kind: 'active' | 'second_factor'; token: string }
  | { kind: 'enrolment'; token: string; enrolment: Enrolment }
  | { kind: 'invalid' }
  | { kind: 'locked'; until: Date };

export async function enrolmentFor(secret: string, login: string): Promise<Enrolment> {
  const uri = otpauthUri(secret, login);
  return { secret, otpauthUri: uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
}

async function openSession(ctx: AppContext, tx: Tx, meta: RequestMeta, userAgent: string | null, userId: string, stage: 'active' | 'second_factor' | 'enrolment', pendingTotpSecret?: string) {
  const token = newToken();
  await createSession(tx, {
    id: sessionIdOf(token),
    userId,
    stage,
    expiresAt: new Date(Date.now() + ctx.config.SESSION_MAX_HOURS * 3_600_000),
    ip: meta.ip,
    userAgent,
    pendingTotpSecret: pendingTotpSecret ? ctx.secrets.seal(pendingTotpSecret) : null,
  });
  return token;
}

const subjectOf = (user: Credentials) => ({ userId: user.id, organisationId: user.organisation_id, role: user.role });

async function failAttempt(ctx: AppContext, tx: Tx, meta: RequestMeta, user: Credentials, reason: string): Promise<LoginOutcome> {
  const lockedUntil = await recordFailedAttempt(tx, user.id, ctx.config.LOGIN_MAX_FAILURES, ctx.config.LOGIN_LOCK_MINUTES);
  await recordAudit(tx, meta, { action: 'session.login_failed', resource: 'user', recordId: user.id, subject: subjectOf(user), details: { reason } });
  if (lockedUntil && lockedUntil > new Date()) {
    await recordAudit(tx, meta, { action: 'user.locked', resource: 'user', recordId: user.id, subject: subjectOf(user), details: { until: lockedUntil.toISOString() } });
    return { kind: 'locked', until: lockedUntil };
  }
  return { kind: 'invalid' };
}

/** The password step. What comes next depends on the account: a session, or the second factor. */
export async function loginWithPassword(ctx: AppContext, tx: Tx, meta: RequestMeta, login: string, password: string, userAgent: string | null): Promise<LoginOutcome> {
  const user = await findCredentialsByLogin(tx, login);
  if (!user || !user.active) {
    await burnPasswordCheck(password);
    await recordAudit(tx, meta, { action: 'session.login_failed', resource: 'user', details: { reason: user ? 'inactive' : 'unknown_login', login: login.slice(0, 64) } });
    return { kind: 'invalid' };
  }
  if (user.locked_until && user.locked_until > new Date()) {
    await burnPasswordCheck(password);
    await recordAudit(tx, meta, { action: 'session.login_blocked', resource: 'user', recordId: user.id, subject: subjectOf(user), details: {} });
    return { kind: 'locked', until: user.locked_until };
  }
  if (!(await verifyPassword(user.password_hash, password))) return failAttempt(ctx, tx, meta, user, 'password');

  if (user.totp_enabled && user.totp_secret) {
    return { kind: 'second_factor', token: await openSession(ctx, tx, meta, userAgent, user.id, 'second_factor') };
  }
  if (requiresSecondFactor(user.role as Role)) {
    const secret = generateTotpSecret();
    const token = await openSession(ctx, tx, meta, userAgent, user.id, 'enrolment', secret);
    return { kind: 'enrolment', token, enrolment: await enrolmentFor(secret, user.login) };
  }
  await recordSuccessfulLogin(tx, user.id);
  await recordAudit(tx, meta, { action: 'session.login', resource: 'user', recordId: user.id, subject: subjectOf(user), details: { secondFactor: false } });
  return { kind: 'active', token: await openSession(ctx, tx, meta, userAgent, user.id, 'active') };
}

/**
 * The second step: a code from the enrolled authenticator, or — during enrolment — from the
 * authenticator just set up. On success the pending session is replaced by a fresh one.
 */
export async function completeSecondFactor(
  ctx: AppContext,
  tx: Tx,
  meta: RequestMeta,
  pending: { sessionId: string; userId: string; stage: 'second_factor' | 'enrolment'; pendingTotpSecret: string | null },
  code: string,
  userAgent: string | null,
): Promise<LoginOutcome> {
  const user = await findCredentialsById(tx, pending.userId);
  if (!user || !user.active) return { kind: 'invalid' };
  if (user.locked_until && user.locked_until > new Date()) return { kind: 'locked', until: user.locked_until };
  const enrolling = pending.stage === 'enrolment';
  const sealed = enrolling ? pending.pendingTotpSecret : user.totp_secret;
  if (!sealed) return { kind: 'invalid' };
  const secret = ctx.secrets.open(sealed);
  const step = verifyTotp(secret, code, enrolling ? null : (user.totp_last_step ?? null));
  if (step === null) return failAttempt(ctx, tx, meta, user, 'second_factor');

  if (enrolling) {
    await enableTotp(tx, user.id, ctx.secrets.seal(secret), step);
    await recordAudit(tx, meta, { action: 'user.totp_enabled', resource: 'user', recordId: user.id, subject: subjectOf(user), details: {} });
  }
  await recordSuccessfulLogin(tx, user.id, step);
  await deleteSession(tx, pending.sessionId);
  await recordAudit(tx, meta, { action: 'session.login', resource: 'user', recordId: user.id, subject: subjectOf(user), details: { secondFactor: true } });
  return { kind: 'active', token: await openSession(ctx, tx, meta, userAgent, user.id, 'active') };
}
