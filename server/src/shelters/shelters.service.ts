import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import { accessOf } from '../cases/cases.presenter.js';
import { findCase } from '../cases/cases.repository.js';
import { openIdentity } from '../cases/identity.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import type { FieldMessageKey } from '../http/field-messages.js';
import { AppError, forbidden, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { mayEditShelter, runsShelter, seesShelter } from '../policies/shelters.js';
import type { ShelterInput } from './shelter-input.js';
import { contactsContext, presentShelter, relationOfShelter } from './shelters.presenter.js';
import { findShelterRow, listShelterRows, occupancyOf, occupancyOn, seesAllCases, type ShelterFilter } from './shelters.repository.js';

/** The registry as this caller may see it, each shelter with its occupancy today. Reading it is audited. */
export async function listShelters(tx: Tx, vault: IdentityVault, meta: RequestMeta, actor: Actor, filter: ShelterFilter, today = bakuToday()) {
  const [rows, occupancy, seesAll] = await Promise.all([listShelterRows(tx, filter), occupancyOn(tx, today), seesAllCases(tx)]);
  const items = rows.filter((row) => seesShelter(actor, relationOfShelter(row))).map((row) => presentShelter(vault, actor, row, occupancyOf(occupancy, row.id), seesAll));
  await recordAudit(tx, meta, { action: 'shelter.list', resource: 'shelter', details: { count: items.length, contacts: items.filter((i) => i.contacts !== null).map((i) => i.id) } });
  return items;
}

/** One shelter the caller may see; 404 otherwise. */
export async function visibleShelter(tx: Tx, actor: Actor, id: string) {
  const row = await findShelterRow(tx, id);
  if (!row || !seesShelter(actor, relationOfShelter(row))) throw notFound();
  return row;
}

export async function readShelter(tx: Tx, vault: IdentityVault, meta: RequestMeta, actor: Actor, id: string, today = bakuToday()) {
  const row = await visibleShelter(tx, actor, id);
  const [occupancy, seesAll] = await Promise.all([occupancyOn(tx, today), seesAllCases(tx)]);
  const shelter = presentShelter(vault, actor, row, occupancyOf(occupancy, row.id), seesAll);
  await recordAudit(tx, meta, { action: 'shelter.view', resource: 'shelter', recordId: id, details: { contacts: shelter.contacts !== null } });
  return shelter;
}

async function checkBodies(tx: Tx, input: Pick<ShelterInput, 'operatorOrgId' | 'supervisingOrgId'>) {
  const wanted = [input.operatorOrgId, input.supervisingOrgId].filter((id): id is string => id !== null);
  const found = new Set((await tx.selectFrom('organisations').select('id').where('id', 'in', wanted).where('active', '=', true).execute()).map((o) => o.id));
  const errors: { path: string; key: FieldMessageKey }[] = [];
  if (!found.has(input.operatorOrgId)) errors.push({ path: 'operatorOrgId', key: 'shelter.unknown_body' });
  if (input.supervisingOrgId && !found.has(input.supervisingOrgId)) errors.push({ path: 'supervisingOrgId', key: 'shelter.unknown_body' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
}

async function nameTaken(tx: Tx, name: string, except?: string) {
  // Case and Azerbaijani letters folded: "QADIN" and "qadın" are the same name.
  let query = tx.selectFrom('shelters').select('id').where(sql`az_fold(name)`, '=', sql`az_fold(${name})`);
  if (except) query = query.where('id', '<>', except);
  return (await query.executeTakeFirst()) !== undefined;
}

function columnsOf(vault: IdentityVault, id: string, input: ShelterInput) {
  return {
    kind: input.kind,
    name: input.name,
    operator_org_id: input.operatorOrgId,
    supervising_org_id: input.supervisingOrgId,
    region: input.region,
    capacity_female: input.capacity.female,
    capacity_male: input.capacity.male,
    capacity_children: input.capacity.children,
    services: input.services,
    contacts_sealed: input.contacts ? vault.seal(input.contacts, contactsContext(id)) : null,
    near_capacity_percent: input.nearCapacityPercent,
    active: input.active,
  };
}

export async function createShelter(tx: Tx, vault: IdentityVault, meta: RequestMeta, actor: Actor, input: ShelterInput) {
  await checkBodies(tx, input);
  if (await nameTaken(tx, input.name)) throw new AppError('SHELTER_NAME_TAKEN');
  const id = randomUUID();
  await tx.insertInto('shelters').values({ id, ...columnsOf(vault, id, input), created_by: actor.userId }).execute();
  await recordAudit(tx, meta, { action: 'shelter.create', resource: 'shelter', recordId: id, details: { kind: input.kind, operatorOrgId: input.operatorOrgId, capacity: input.capacity } });
  return id;
}

/** Fields only the Coordinator's office changes; the shelter's own body keeps the rest. */
const REGISTRY_FIELDS = ['kind', 'name', 'operatorOrgId', 'supervisingOrgId', 'region'] as const;

export async function updateShelter(tx: Tx, vault: IdentityVault, meta: RequestMeta, actor: Actor, id: string, revision: number, input: ShelterInput) {
  const row = await visibleShelter(tx, actor, id);
  const may = mayEditShelter(actor, relationOfShelter(row));
  if (!may.own) throw forbidden();
  const current = { kind: row.kind, name: row.name, operatorOrgId: row.operator_org_id, supervisingOrgId: row.supervising_org_id, region: row.region };
  if (!may.all) {
    const changed = REGISTRY_FIELDS.filter((field) => input[field] !== current[field]);
    if (changed.length) throw new AppError('VALIDATION_FAILED', changed.map((path) => ({ path, key: 'shelter.registry_only' as const })));
  }
  await checkBodies(tx, input);
  if (await nameTaken(tx, input.name, id)) throw new AppError('SHELTER_NAME_TAKEN');
  const result = await tx.updateTable('shelters').set({ ...columnsOf(vault, id, input), revision: sql`revision + 1`, updated_at: sql`now()` })
    .where('id', '=', id).where('revision', '=', revision).executeTakeFirst();
  if (!result || result.numUpdatedRows === 0n) throw new AppError('SHELTER_CONFLICT');
  const changed = Object.entries({ ...current, capacity: [row.capacity_female, row.capacity_male, row.capacity_children].join('/'), services: row.services.join(','), active: row.active, nearCapacityPercent: row.near_capacity_percent })
    .filter(([key, value]) => {
      const next = key === 'capacity' ? [input.capacity.female, input.capacity.male, input.capacity.children].join('/') : key === 'services' ? input.services.join(',') : input[key as keyof ShelterInput];
      return next !== value;
    })
    .map(([key]) => key);
  await recordAudit(tx, meta, { action: 'shelter.update', resource: 'shelter', recordId: id, details: { changed, contacts: true } });
}

/**
 * Who is in the shelter today, for the body that runs it: a name only where the body sees that
 * case's identity; each name shown is recorded in the case's access log. People whose records the
 * body no longer sees are counted, not named.
 */
export async function shelterResidents(tx: Tx, vault: IdentityVault, meta: RequestMeta, actor: Actor, id: string, today = bakuToday()) {
  const row = await visibleShelter(tx, actor, id);
  if (!runsShelter(actor, relationOfShelter(row))) throw forbidden();
  const placements = await tx.selectFrom('shelter_placements').select(['id', 'case_id', 'category', 'entered_on', 'over_capacity'])
    .where('shelter_id', '=', id).where('entered_on', '<=', today).where((eb) => eb.or([eb('exited_on', 'is', null), eb('exited_on', '>', today)]))
    .orderBy('entered_on').execute();
  const residents = [];
  for (const placement of placements) {
    const caseRow = await findCase(tx, placement.case_id);
    if (!caseRow) continue;
    const { parts } = accessOf(actor, caseRow);
    if (!parts.has('services')) continue;
    const name = parts.has('identity') ? openIdentity(vault, caseRow.person_id, caseRow.identity_sealed).names[0] ?? null : null;
    if (name !== null) await recordAudit(tx, meta, { action: 'case.list_view', resource: 'case', recordId: caseRow.id, details: { from: 'shelter_residents', shelterId: id } });
    residents.push({ placementId: placement.id, caseId: caseRow.id, reference: caseRow.reference, name, category: placement.category, enteredOn: placement.entered_on, overCapacity: placement.over_capacity });
  }
  const total = (await occupancyOn(tx, today)).get(id);
  const counted = total ? total.female + total.male + total.children : 0;
  await recordAudit(tx, meta, { action: 'shelter.residents', resource: 'shelter', recordId: id, details: { shown: residents.length } });
  return { items: residents, notShown: Math.max(0, counted - residents.length) };
}
