import type { Role } from '../../../common/src/roles.js';
import { createSession } from '../auth/sessions.repository.js';
import { newToken, sessionIdOf } from '../auth/session-cookie.js';
import { hashPassword } from '../auth/passwords.js';
import { inTransaction, type Database } from '../db/database.js';
import { insertOrganisation } from '../organisations/organisations.repository.js';
import { insertUser } from '../users/users.repository.js';
import { randomSuffix } from './test-database.js';

export const TEST_PASSWORD = 'Test-Parol-2026!';
let passwordHash: Promise<string> | undefined;

export async function makeOrganisation(db: Database, overrides: Partial<{ nameAz: string; shortName: string; kind: string; aliases: string[]; active: boolean }> = {}) {
  const suffix = randomSuffix();
  const fields = {
    nameAz: `Sınaq Nazirliyi ${suffix}`,
    shortName: `SN-${suffix}`,
    nameRu: `Министерство проверки ${suffix}`,
    nameEn: `Ministry of Testing ${suffix}`,
    kind: 'ministry',
    aliases: [],
    ...overrides,
  };
  const id = await inTransaction(db, null, (tx) => insertOrganisation(tx, fields));
  return { id, ...fields };
}

export async function makeUser(db: Database, options: { role: Role; organisationId?: string; login?: string; password?: string; mustChangePassword?: boolean; active?: boolean }) {
  const organisationId = options.organisationId ?? (await makeOrganisation(db)).id;
  const login = options.login ?? `${options.role.replaceAll('_', '.')}.${randomSuffix()}`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = options.password ? await hashPassword(options.password) : await passwordHash;
  const id = await inTransaction(db, null, (tx) =>
    insertUser(tx, login, { fullName: `Sınaq ${options.role}`, email: null, organisationId, role: options.role, locale: 'az', active: options.active ?? true }, hash, options.mustChangePassword ?? false),
  );
  return { id, login, organisationId, role: options.role };
}

/** An active session straight in the database, skipping the login steps that other tests cover. */
export async function makeSession(db: Database, userId: string): Promise<string> {
  const token = newToken();
  await inTransaction(db, null, (tx) =>
    createSession(tx, { id: sessionIdOf(token), userId, stage: 'active', expiresAt: new Date(Date.now() + 3_600_000), ip: '127.0.0.1', userAgent: 'test' }),
  );
  return token;
}
