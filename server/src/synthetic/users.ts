/**
 * Users for every body, several roles each: the report writers and heads of every organisation,
 * the Coordinator's office, the special police unit's investigators and supervisors, shelter
 * workers, hotline operators, NGO partners, frontline officers of the migration and border
 * services, oversight readers. The roster is a pure function of the seed and the organisations,
 * so later stages know every user without reading them back.
 */
import type { Role } from '../../../common/src/roles.js';
import { ORIGINS } from '../../../common/src/names/synthetic-names.js';
import { femaleSurname } from '../../../common/src/names/synthetic-render.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { idFor, rngFor } from './random.js';

export interface Organisation {
  id: string;
  key: string;
}

export interface SyntheticUser {
  id: string;
  login: string;
  fullName: string;
  role: Role;
  organisationId: string;
  organisationKey: string;
}

/** Login words per role, as the demo accounts have them. */
const ROLE_WORDS: Record<Role, string> = {
  national_coordinator: 'koordinator', secretariat: 'katiblik', agency_focal_point: 'fokus', agency_head: 'rehber', frontline_officer: 'mutexessis',
  police_investigator: 'mustentiq', police_supervisor: 'nezaretci', shelter_worker: 'sosial', hotline_operator: 'operator', ngo_partner: 'terefdas',
  oversight_reader: 'nezaret', admin: 'inzibatci',
};

/** Roles beyond the report writers, per organisation key. */
const SPECIAL: Readonly<Record<string, readonly [Role, number][]>> = {
  national_coordinator: [['national_coordinator', 1], ['secretariat', 4], ['admin', 1]],
  iamb: [['police_investigator', 12], ['police_supervisor', 3]],
  assistance_centre: [['shelter_worker', 6]],
  hotline_ngo: [['hotline_operator', 5]],
  ngo_coalition: [['ngo_partner', 4]],
  dmx: [['frontline_officer', 4]],
  dsx: [['frontline_officer', 4]],
  ombudsman: [['oversight_reader', 2]],
};

/** The roles that keep victims' records, and the channel through which each body meets people. */
export const CASE_ROLES: readonly Role[] = ['police_investigator', 'police_supervisor', 'shelter_worker', 'hotline_operator', 'ngo_partner', 'frontline_officer'];

const az = ORIGINS.find((o) => o.origin === 'az')!;

export function buildRoster(seed: number, organisations: readonly Organisation[]): SyntheticUser[] {
  const users: SyntheticUser[] = [];
  for (const org of [...organisations].sort((a, b) => a.key.localeCompare(b.key))) {
    // The Coordinator's office executes measures too: its own report writer, and the Coordinator submits.
    const roles: [Role, number][] = org.key === 'national_coordinator' ? [['agency_focal_point', 1]] : [['agency_focal_point', 2], ['agency_head', 1]];
    roles.push(...(SPECIAL[org.key] ?? []));
    for (const [role, count] of roles) {
      for (let n = 1; n <= count; n += 1) {
        const login = `${org.key.replaceAll('_', '-')}.${ROLE_WORDS[role]}${String(n).padStart(2, '0')}`;
        const rng = rngFor(seed, 'user', login);
        const female = rng.chance(0.55);
        const surname = rng.pickFrequent(az.surnames).latin;
        const given = rng.pickFrequent(female ? az.female : az.male).latin;
        users.push({
          id: idFor(seed, 'user', login),
          login,
          fullName: `${given} ${female ? femaleSurname(surname) : surname}`,
          role,
          organisationId: org.id,
          organisationKey: org.key,
        });
      }
    }
  }
  return users;
}

export async function loadOrganisations(tx: Kysely<DB>): Promise<Organisation[]> {
  const rows = await tx.selectFrom('organisations').select(['id', 'key']).where('key', 'is not', null).where('active', '=', true).orderBy('key').execute();
  return rows.map((r) => ({ id: r.id, key: r.key! }));
}

/** Who does what: users by organisation key and role. */
export class Roster {
  private readonly byKeyRole = new Map<string, SyntheticUser[]>();
  readonly organisations: Map<string, Organisation>;
  constructor(readonly users: readonly SyntheticUser[], organisations: readonly Organisation[]) {
    this.organisations = new Map(organisations.map((o) => [o.key, o]));
    for (const user of users) {
      const key = `${user.organisationKey}/${user.role}`;
      const list = this.byKeyRole.get(key) ?? [];
      list.push(user);
      this.byKeyRole.set(key, list);
    }
  }
  of(organisationKey: string, role: Role): SyntheticUser[] {
    return this.byKeyRole.get(`${organisationKey}/${role}`) ?? [];
  }
  /** Report writers of an organisation (focal points first). */
  writers(organisationId: string): SyntheticUser[] {
    return this.users.filter((u) => u.organisationId === organisationId && (u.role === 'agency_focal_point' || u.role === 'agency_head' || u.role === 'ngo_partner'));
  }
  org(key: string): Organisation {
    const org = this.organisations.get(key);
    if (!org) throw new Error(`Organisation ${key} is missing`);
    return org;
  }
}
