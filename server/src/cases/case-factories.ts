import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { makeOrganisation } from '../test/factories.js';
import type { CreateCaseInput } from './case-input.js';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A valid new case as the API takes it; tests change what they are about. */
export function caseInput(overrides: DeepPartial<CreateCaseInput> = {}): Record<string, unknown> {
  const base = {
    identificationChannel: 'migration',
    firstContactOn: '2026-03-14',
    person: {
      names: ['Məmmədova Aysel Vüqar qızı'],
      latinName: 'Mammadova Aysel',
      sex: 'female',
      birthDate: '1998-05-02',
      citizenships: ['AZ'],
      documents: [{ kind: 'passport', number: 'C 01234567', country: 'AZ' }],
      contacts: [{ kind: 'phone', value: '+994 50 123 45 67' }],
    },
    victim: {
      traffickingStatus: 'presumed',
      exploitation: ['ForcedLabour'],
      forcedLabourIndustry: 'I_AccommodationAndFoodServiceActivities',
      transnational: true,
      events: [{ kind: 'exploitation', country: 'TR', place: 'Antalya', dateFrom: '2025-06-01', dateTo: '2026-02-20' }],
    },
    consents: [{ purpose: 'data_processing', given: true, recordedOn: '2026-03-14' }],
    note: null,
  };
  return {
    ...base,
    ...overrides,
    person: { ...base.person, ...overrides.person },
    victim: { ...base.victim, ...overrides.victim },
  } as Record<string, unknown>;
}

/** The body that keeps the unified database (the special police unit). */
export async function makeUnifiedDatabaseHolder(db: Database) {
  const org = await makeOrganisation(db, { shortName: 'İAMBİ' });
  await sql`update organisations set holds_unified_database = true where id = ${org.id}`.execute(db.owner);
  return org;
}
