import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/audit.repository.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import { inTransaction, type Database } from '../db/database.js';
import { contactsContext } from '../shelters/shelters.presenter.js';

/** Invented addresses and numbers for the demonstration: no real shelter is named or located. */
const DEMO_SHELTERS = [
  {
    kind: 'assistance_centre', name: 'İnsan alverinin qurbanları üçün Yardım Mərkəzi', operator: 'assistance_centre', supervisor: 'eesmn', region: 'baku',
    capacity: [30, 10, 10], services: ['medical', 'psychological', 'legal_aid', 'interpreter', 'education', 'vocational_training', 'financial_help', 'family_tracing'],
    contacts: 'Bakı şəhəri (ünvan məxfidir); növbətçi: +994 12 000 00 01',
  },
  {
    kind: 'shelter', name: 'QHT Koalisiyasının qadın və uşaq sığınacağı', operator: 'ngo_coalition', supervisor: 'eesmn', region: 'ganja_dashkasan',
    capacity: [12, 0, 6], services: ['psychological', 'legal_aid', 'education', 'housing'],
    contacts: 'Gəncə şəhəri (ünvan məxfidir); koordinator: +994 22 000 00 02',
  },
  {
    kind: 'shelter', name: 'QHT Koalisiyasının reinteqrasiya evi', operator: 'ngo_coalition', supervisor: 'eesmn', region: 'lankaran_astara',
    capacity: [6, 4, 0], services: ['psychological', 'vocational_training', 'housing', 'financial_help'],
    contacts: 'Lənkəran şəhəri (ünvan məxfidir); koordinator: +994 25 000 00 03',
  },
] as const;

/** On a demonstration database without shelters: the state assistance centre and two NGO shelters. */
export async function seedDemoShelters(db: Database, vault: IdentityVault): Promise<number> {
  return inTransaction(db, null, async (tx) => {
    const existing = await tx.selectFrom('shelters').select('id').limit(1).executeTakeFirst();
    if (existing) return 0;
    const orgs = new Map((await tx.selectFrom('organisations').select(['id', 'key']).where('key', 'is not', null).execute()).map((o) => [o.key!, o.id]));
    let created = 0;
    for (const shelter of DEMO_SHELTERS) {
      const operator = orgs.get(shelter.operator);
      if (!operator) continue;
      const id = randomUUID();
      await tx.insertInto('shelters').values({
        id, kind: shelter.kind, name: shelter.name, operator_org_id: operator, supervising_org_id: orgs.get(shelter.supervisor) ?? null, region: shelter.region,
        capacity_female: shelter.capacity[0], capacity_male: shelter.capacity[1], capacity_children: shelter.capacity[2], services: [...shelter.services],
        contacts_sealed: vault.seal(shelter.contacts, contactsContext(id)),
      }).execute();
      await recordAudit(tx, { actor: null, ip: 'seed', requestId: 'seed' }, { action: 'shelter.create', resource: 'shelter', recordId: id, details: { source: 'demo' } });
      created += 1;
    }
    return created;
  });
}
