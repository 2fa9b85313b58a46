import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { after } from 'node:test';
import type { Role } from '../../../common/src/roles.js';
import { buildApp, type RegisteredRoute } from '../app.js';
import { createSecretBox } from '../auth/secret-box.js';
import { openVault } from '../cases/crypto/identity-vault.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../auth/session-cookie.js';
import { loadConfig } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { makeSession, makeUser } from './factories.js';
import { createTestDatabase } from './test-database.js';

const TEST_KEY = 'a'.repeat(64);

export interface Client {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  /** Cookies the server set so far (a browser's cookie jar in miniature). */
  cookies: Map<string, string>;
}

export interface TestApp {
  app: FastifyInstance;
  routes: RegisteredRoute[];
  db: Database;
  ctx: AppContext;
  /** A client without a session. */
  anonymous(): Client;
  /** A client logged in as a new user of that role (in `organisationId`, or a new organisation). */
  as(role: Role, organisationId?: string): Promise<Client & { user: Awaited<ReturnType<typeof makeUser>> }>;
}

function clientFor(app: FastifyInstance, initial: Record<string, string> = {}): Client {
  const cookies = new Map(Object.entries({ [CSRF_COOKIE]: 'test-csrf-token', ...initial }));
  const request = async (options: InjectOptions) => {
    const response = await app.inject({
      ...options,
      headers: {
        [CSRF_HEADER]: cookies.get(CSRF_COOKIE) ?? '',
        ...options.headers,
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const cleared = cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (cleared) cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value);
    }
    return response;
  };
  return {
    cookies,
    request,
    get: (url, headers) => request({ method: 'GET', url, headers }),
    post: (url, payload, headers) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'], headers }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
    delete: (url, payload) => request({ method: 'DELETE', url, payload: payload as InjectOptions['payload'] }),
  };
}

/** A fresh database and application for one test file; closed when the file's tests end. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const opened = await openTestApp(env);
  after(opened.close);
  return opened;
}

/** A fresh database and application; the caller closes it (benchmarks, scripts). */
export async function openTestApp(env: Record<string, string> = {}): Promise<TestApp & { close: () => Promise<void> }> {
  const { db, drop } = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent', SECRET_KEY: TEST_KEY, ...env });
  const secrets = createSecretBox(TEST_KEY);
  const ctx: AppContext = { config, db, secrets, vault: await openVault(db.owner, secrets) };
  const { app, routes } = await buildApp(ctx);
  await app.ready();
  return {
    close: async () => {
      await app.close();
      await drop();
    },
    app,
    routes,
    db,
    ctx,
    anonymous: () => clientFor(app),
    async as(role, organisationId) {
      const user = await makeUser(db, { role, organisationId });
      const token = await makeSession(db, user.id);
      return Object.assign(clientFor(app, { [SESSION_COOKIE]: token }), { user });
    },
  };
}

export const TEST_SECRET_KEY = TEST_KEY;
export { SESSION_COOKIE };
