import { sql } from 'kysely';
import { inTransaction, type Database } from '../db/database.js';
import type { Actor } from '../policies/policy.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import { createCaseInput, type CreateCaseInput } from '../cases/case-input.js';
import { createCase } from '../cases/cases.service.js';
import { refreshCandidates } from '../cases/duplicates/duplicates.service.js';
import { referCase, saveProceeding } from '../cases/case-records.service.js';
import { proceedingInput } from '../cases/case-input.js';

/** Invented persons for the demonstration: nobody real. The same woman is recorded twice, in two scripts. */
const DEMO_CASES: { login: string; input: Record<string, unknown> }[] = [
  {
    login: 'dmx.mutexessis',
    input: {
      identificationChannel: 'migration', firstContactOn: '2026-02-11',
      person: { names: ['Nuriyeva Lamiyə Rauf qızı'], latinName: 'Nuriyeva Lamiya', sex: 'female', birthDate: '1999-08-17', citizenships: ['AZ'], languages: ['az', 'ru'] },
      victim: { traffickingStatus: 'presumed', exploitation: ['ForcedLabour'], forcedLabourIndustry: 'I_AccommodationAndFoodServiceActivities', transnational: true, recruitmentMethods: ['ThroughOnlineSocialNetworks'], controlMethods: ['WithholdsDocuments', 'TakesEarnings'], events: [{ kind: 'exploitation', country: 'TR', place: 'Antalya', dateFrom: '2025-05-01', dateTo: '2026-01-20' }] },
      consents: [{ purpose: 'data_processing', given: true, recordedOn: '2026-02-11' }],
    },
  },
  {
    login: 'qaynar.xett',
    input: {
      identificationChannel: 'hotline', firstContactOn: '2026-02-14',
      person: { names: ['Нуриева Ламия'], sex: 'female', estimatedAge: 26, citizenships: ['AZ'], languages: ['ru'] },
      victim: { traffickingStatus: 'potential', exploitation: ['ForcedLabour'], transnational: true },
      note: { part: 'hotline', body: 'Zəng edən qohumudur; qadın Türkiyədə işləyib, sənədləri alınıb.' },
    },
  },
  {
    login: 'polis.mustentiq',
    input: {
      identificationChannel: 'police', firstContactOn: '2026-01-09',
      person: { names: ['Karimov Javid'], sex: 'male', birthDate: '2009-03-30', citizenships: ['AZ'] },
      victim: { traffickingStatus: 'identified', statusDecidedOn: '2026-01-15', exploitation: ['ForcedBegging'], transnational: false, relationshipToTrafficker: 'acquainted', events: [{ kind: 'exploitation', country: 'AZ', place: 'Bakı', dateFrom: '2025-09-01', dateTo: '2026-01-08' }] },
    },
  },
  {
    login: 'qht.terefdas',
    input: {
      identificationChannel: 'ngo', firstContactOn: '2026-03-02',
      person: { names: ['Tashkentova Dilnoza'], sex: 'female', estimatedAge: 31, citizenships: ['UZ'], migrationStatus: 'irregular', languages: ['uz', 'ru'] },
      victim: { traffickingStatus: 'presumed', exploitation: ['SexualExploitation'], sexExploitation: ['Prostitution'], transnational: true, events: [{ kind: 'recruitment', country: 'UZ', place: null, dateFrom: '2025-10-01', dateTo: null }] },
    },
  },
];

/** On a demonstration database without cases: a few invented cases from several bodies. */
export async function seedDemoCases(db: Database, vault: IdentityVault): Promise<number> {
  const existing = await sql<{ n: number }>`select count(*)::int as n from cases`.execute(db.owner);
  if (existing.rows[0]!.n > 0) return 0;
  const meta = { actor: null, ip: 'seed', requestId: 'seed' };
  let created = 0;
  for (const { login, input } of DEMO_CASES) {
    const user = await db.owner.selectFrom('users').select(['id', 'login', 'full_name', 'organisation_id', 'role']).where('login', '=', login).executeTakeFirst();
    if (!user) continue;
    const actor = { userId: user.id, login: user.login, fullName: user.full_name, organisationId: user.organisation_id, role: user.role, mustChangePassword: false, sessionId: 'seed' } as Actor;
    await inTransaction(db, actor, async (tx) => {
      const parsed: CreateCaseInput = createCaseInput.parse(input);
      const { id, personId } = await createCase(tx, { vault }, { ...meta, actor }, actor, parsed);
      await refreshCandidates(tx, vault, personId);
      if (parsed.victim.traffickingStatus === 'identified') {
        await saveProceeding(tx, { ...meta, actor }, actor, id, proceedingInput.parse({ number: '260100123', article: '144-1.2.1', stage: 'preliminary_investigation', openedOn: '2026-01-15', defendants: [{ sex: 'male', citizenship: 'AZ' }] }));
        const shelter = await tx.selectFrom('organisations').select('id').where('key', '=', 'assistance_centre').executeTakeFirst();
        if (shelter) await referCase(tx, { ...meta, actor }, actor, id, { toOrgId: shelter.id, parts: ['identity', 'services', 'safety'], reason: 'Yetkinlik yaşına çatmayan qurbanın yerləşdirilməsi', urgency: 'urgent', services: ['shelter', 'psychological', 'education'], sharingBasis: 'child_protection', legalGround: 'İnsan alverinə qarşı mübarizə haqqında Qanun, maddə 17 (uşaq qurbanların müdafiəsi)' });
      }
    });
    created += 1;
  }
  return created;
}
