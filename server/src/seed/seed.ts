import { randomBytes } from 'node:crypto';
import type { Role } from '../../../common/src/roles.js';
import { hashPassword } from '../auth/passwords.js';
import { inTransaction, type Database } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { findActiveOrganisationIdsByKey, insertOrganisation } from '../organisations/organisations.repository.js';
import { ORGANISATION_SEEDS } from '../organisations/seed-data.js';
import { insertUser } from '../users/users.repository.js';

const SYSTEM: RequestMeta = { actor: null, ip: 'system', requestId: 'seed' };

/** The demo accounts: one per role, each in an organisation where that role belongs. */
export const DEMO_PASSWORD = 'Demo-Parol-2026!';
export const DEMO_USERS: readonly { login: string; fullName: string; role: Role; organisationKey: string }[] = [
  { login: 'koordinator', fullName: 'Aydın Məmmədov', role: 'national_coordinator', organisationKey: 'national_coordinator' },
  { login: 'katiblik', fullName: 'Səbinə Əliyeva', role: 'secretariat', organisationKey: 'national_coordinator' },
  { login: 'dmx.fokus', fullName: 'Rəşad Quliyev', role: 'agency_focal_point', organisationKey: 'dmx' },
  { login: 'dmx.rehber', fullName: 'Elçin Hüseynov', role: 'agency_head', organisationKey: 'dmx' },
  { login: 'dmx.mutexessis', fullName: 'Kamran Səfərov', role: 'frontline_officer', organisationKey: 'dmx' },
  { login: 'polis.mustentiq', fullName: 'Tural İsmayılov', role: 'police_investigator', organisationKey: 'iamb' },
  { login: 'polis.rehber', fullName: 'Vüqar Nəsirov', role: 'police_supervisor', organisationKey: 'iamb' },
  { login: 'siginacaq', fullName: 'Günel Rzayeva', role: 'shelter_worker', organisationKey: 'assistance_centre' },
  { login: 'qaynar.xett', fullName: 'Nərgiz Abbasova', role: 'hotline_operator', organisationKey: 'hotline_ngo' },
  { login: 'qht.terefdas', fullName: 'Leyla Kərimova', role: 'ngo_partner', organisationKey: 'ngo_coalition' },
  { login: 'ombudsman', fullName: 'Şahin Babayev', role: 'oversight_reader', organisationKey: 'ombudsman' },
  { login: 'admin', fullName: 'Sistem inzibatçısı', role: 'admin', organisationKey: 'national_coordinator' },
];

export const UNIFIED_DATABASE_ORG_KEY = 'iamb';

/** Adds the dictionary's organisations that are not there yet; never overwrites an administrator's edits. */
export async function seedOrganisations(db: Database): Promise<number> {
  return inTransaction(db, null, async (tx) => {
    const existing = await findActiveOrganisationIdsByKey(tx);
    let added = 0;
    for (const seed of ORGANISATION_SEEDS) {
      if (existing.has(seed.key)) continue;
      const id = await insertOrganisation(tx, seed, seed.key);
      await recordAudit(tx, SYSTEM, { action: 'organisation.create', resource: 'organisation', recordId: id, details: { key: seed.key, source: 'dictionary' } });
      added += 1;
    }
    // The special police unit keeps the unified database, unless an earlier start already chose a body.
    const holder = await tx.selectFrom('organisations').select('id').where('holds_unified_database', '=', true).executeTakeFirst();
    if (!holder) await tx.updateTable('organisations').set({ holds_unified_database: true }).where('key', '=', UNIFIED_DATABASE_ORG_KEY).execute();
    return added;
  });
}

export type FirstUsers = { kind: 'demo'; password: string; logins: string[] } | { kind: 'admin'; login: string; password: string } | { kind: 'none' };

/**
 * On a database without users: the demo accounts, or (DEMO_DATA=false) one administrator with a
 * one-time password that must be changed at first login.
 */
export async function seedFirstUsers(db: Database, demo: boolean): Promise<FirstUsers> {
  return inTransaction(db, null, async (tx) => {
    const any = await tx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (any) return { kind: 'none' };
    const orgs = await findActiveOrganisationIdsByKey(tx);
    const users = demo ? DEMO_USERS : DEMO_USERS.filter((u) => u.role === 'admin');
    const password = demo ? DEMO_PASSWORD : `${randomBytes(12).toString('base64url')}-Aa1`;
    const hash = await hashPassword(password);
    for (const user of users) {
      const organisationId = orgs.get(user.organisationKey);
      if (!organisationId) throw new Error(`Seed organisation ${user.organisationKey} is missing`);
      const id = await insertUser(tx, user.login, { fullName: user.fullName, email: null, organisationId, role: user.role, locale: 'az' }, hash, !demo);
      await recordAudit(tx, SYSTEM, { action: 'user.create', resource: 'user', recordId: id, details: { login: user.login, role: user.role, source: demo ? 'demo' : 'first_start' } });
    }
    return demo ? { kind: 'demo', password, logins: users.map((u) => u.login) } : { kind: 'admin', login: 'admin', password };
  });
}
