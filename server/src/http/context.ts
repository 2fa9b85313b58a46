import type { FastifyRequest } from 'fastify';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { SecretBox } from '../auth/secret-box.js';
import type { ReloadableVault } from '../cases/crypto/identity-vault.js';
import type { Actor, RouteAccess } from '../policies/policy.js';

/** What every route and service can reach. */
export interface AppContext {
  config: Config;
  db: Database;
  secrets: SecretBox;
  /** Seals victims' identifying fields and makes keyed look-up hashes. */
  vault: ReloadableVault;
}

/** A session that passed the password but still owes the second factor (or its enrolment). */
export interface PendingSession {
  sessionId: string;
  userId: string;
  stage: 'second_factor' | 'enrolment';
  /** Sealed; present during enrolment only. */
  pendingTotpSecret: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    pendingSession: PendingSession | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

/** Who did it, from where: what the audit trail records with every entry. */
export interface RequestMeta {
  actor: Actor | null;
  ip: string;
  requestId: string;
}

export function requestMeta(request: FastifyRequest): RequestMeta {
  return { actor: request.actor, ip: request.ip, requestId: request.id };
}

/** The actor of a route that the authorization hook has already required. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('Route reached without an authenticated actor');
  return request.actor;
}
