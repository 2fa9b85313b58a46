import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import type { PlaceCategory } from '../../../common/src/shelters.js';
import { recordAudit } from '../audit/audit.repository.js';
import { estimatedAgeOn } from '../cases/case-rules.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import type { CaseRow } from '../cases/cases.repository.js';
import { requirePart, visibleCase } from '../cases/cases.service.js';
import { openIdentity } from '../cases/identity.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import type { FieldMessageKey } from '../http/field-messages.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { runsShelter } from '../policies/shelters.js';
import type { ExitInput, PlacementInput, TransferInput } from './shelter-input.js';
import { relationOfShelter } from './shelters.presenter.js';
import { capacityOf, findShelterRow, lockAndCountTaken, occupancyOf, occupancyOn } from './shelters.repository.js';

export interface PlacementServices {
  vault: IdentityVault;
  today?: string;
}

type FieldError = { path: string; key: FieldMessageKey };

export const placementContext = {
  reason: (id: string) => `placement:${id}`,
  override: (id: string) => `placement-override:${id}`,
  exit: (id: string) => `placement-exit:${id}`,
};

/** The places a person takes: children's under 18 (from the birth date, an estimated age or the child flag), otherwise by sex. */
export function derivedCategory(vault: IdentityVault, row: CaseRow, on: string): PlaceCategory | null {
  const { birthDate } = openIdentity(vault, row.person_id, row.identity_sealed);
  const age = estimatedAgeOn({ birthDate, estimatedAge: row.estimated_age }, row.first_contact_on, on);
  const child = age !== null ? age < 18 : row.child_at_identification === true;
  if (child) return 'children';
  if (row.sex === 'female') return 'female';
  if (row.sex === 'male') return 'male';
  return null;
}

/** A case that placements may be written to: the caller sees where the person stays and the services. */
async function placeableCase(tx: Tx, actor: Actor, caseId: string) {
  const visible = await visibleCase(tx, actor, caseId);
  requirePart(visible.parts, 'services');
  requirePart(visible.parts, 'safety');
  // One change to a person's placements at a time: two bodies cannot put the same person in two places.
  await sql`select id from cases where id = ${caseId} for update`.execute(tx);
  return visible.row;
}

/** A shelter of the registry, named by the request. */
async function namedShelter(tx: Tx, shelterId: string) {
  const shelter = await findShelterRow(tx, shelterId);
  if (!shelter) throw new AppError('VALIDATION_FAILED', [{ path: 'shelterId', key: 'placement.unknown_shelter' }]);
  return shelter;
}

/** The shelter's body may take the person only when it owns the case or accepted a referral of it. */
async function referredTo(tx: Tx, row: CaseRow, organisationId: string): Promise<boolean> {
  const result = await sql<{ ok: boolean }>`select case_accepted_by(${row.id}::uuid, ${organisationId}::uuid) as ok`.execute(tx);
  return result.rows[0]?.ok === true;
}

/**
 * The capacity rule: when every place of the category is taken on the entry day or today, the
 * placement needs an explicit override with a reason. The shelter's row stays locked until the
 * transaction ends, so two placements cannot both take the last place.
 */
async function checkCapacity(tx: Tx, shelter: NonNullable<Awaited<ReturnType<typeof findShelterRow>>>, category: PlaceCategory, enteredOn: string, today: string, override: { reason: string } | null) {
  const taken = await lockAndCountTaken(tx, shelter.id, category, [enteredOn, today > enteredOn ? today : enteredOn]);
  const capacity = capacityOf(shelter)[category];
  if (taken < capacity) return { overCapacity: false, capacity, taken };
  if (!override) throw new AppError('SHELTER_FULL', [], { category, capacity, occupied: taken });
  return { overCapacity: true, capacity, taken };
}

function checkDay(errors: FieldError[], path: string, value: string, today: string, notBefore: { day: string; key: FieldMessageKey }) {
  if (value > today) errors.push({ path, key: 'date.in_future' });
  else if (value < notBefore.day) errors.push({ path, key: notBefore.key });
}

async function insertPlacement(tx: Tx, vault: IdentityVault, actor: Actor, values: { caseId: string; shelterId: string; category: PlaceCategory; enteredOn: string; reason: string; override: { reason: string } | null; overCapacity: boolean; transferredFrom: string | null }) {
  const id = randomUUID();
  await tx.insertInto('shelter_placements').values({
    id, case_id: values.caseId, shelter_id: values.shelterId, category: values.category, entered_on: values.enteredOn,
    reason_sealed: vault.seal(values.reason, placementContext.reason(id)),
    over_capacity: values.overCapacity,
    override_reason_sealed: values.overCapacity && values.override ? vault.seal(values.override.reason, placementContext.override(id)) : null,
    transferred_from: values.transferredFrom, created_by: actor.userId,
  }).execute();
  return id;
}

/** Places the case's person in a shelter the caller's body runs. */
export async function placeCase(tx: Tx, services: PlacementServices, meta: RequestMeta, actor: Actor, caseId: string, input: PlacementInput) {
  const today = services.today ?? bakuToday();
  const row = await placeableCase(tx, actor, caseId);
  const shelter = await namedShelter(tx, input.shelterId);
  if (!runsShelter(actor, relationOfShelter(shelter))) throw new AppError('PLACEMENT_NOT_OPERATOR');

  const errors: FieldError[] = [];
  checkDay(errors, 'enteredOn', input.enteredOn, today, { day: row.first_contact_on, key: 'date.before_first_contact' });
  const derived = derivedCategory(services.vault, row, input.enteredOn);
  if (!derived && !input.category) errors.push({ path: 'category', key: 'placement.category_required' });
  if (derived && input.category && input.category !== derived) errors.push({ path: 'category', key: 'placement.category_contradicts' });
  if (!derived && input.category === 'children') errors.push({ path: 'category', key: 'placement.category_contradicts' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const category = (derived ?? input.category)!;

  if (!shelter.active) throw new AppError('SHELTER_INACTIVE');
  if (!(await referredTo(tx, row, shelter.operator_org_id))) throw new AppError('PLACEMENT_NOT_REFERRED');
  const overlapping = await tx.selectFrom('shelter_placements').select('id').where('case_id', '=', caseId)
    .where((eb) => eb.or([eb('exited_on', 'is', null), eb('exited_on', '>', input.enteredOn)])).executeTakeFirst();
  if (overlapping) throw new AppError('PLACEMENT_OVERLAP');

  const capacity = await checkCapacity(tx, shelter, category, input.enteredOn, today, input.override);
  const id = await insertPlacement(tx, services.vault, actor, { caseId, shelterId: shelter.id, category, enteredOn: input.enteredOn, reason: input.reason, override: input.override, overCapacity: capacity.overCapacity, transferredFrom: null });
  await recordAudit(tx, meta, {
    action: 'placement.create', resource: 'case', recordId: caseId,
    details: { placementId: id, shelterId: shelter.id, category, overCapacity: capacity.overCapacity, capacity: capacity.capacity, occupied: capacity.taken },
  });
  return id;
}

/** An open placement in a shelter the caller's body runs, with its case locked. */
async function openPlacement(tx: Tx, actor: Actor, placementId: string) {
  const found = await tx.selectFrom('shelter_placements').select('case_id').where('id', '=', placementId).executeTakeFirst();
  if (!found) throw notFound();
  const row = await placeableCase(tx, actor, found.case_id);
  const placement = await tx.selectFrom('shelter_placements').selectAll().where('id', '=', placementId).executeTakeFirstOrThrow();
  const shelter = (await findShelterRow(tx, placement.shelter_id))!;
  if (!runsShelter(actor, relationOfShelter(shelter))) throw new AppError('PLACEMENT_NOT_OPERATOR');
  if (placement.exited_on !== null) throw new AppError('PLACEMENT_ENDED');
  return { row, placement, shelter };
}

export async function exitPlacement(tx: Tx, services: PlacementServices, meta: RequestMeta, actor: Actor, placementId: string, input: ExitInput) {
  const today = services.today ?? bakuToday();
  const { row, placement } = await openPlacement(tx, actor, placementId);
  const errors: FieldError[] = [];
  checkDay(errors, 'exitedOn', input.exitedOn, today, { day: placement.entered_on, key: 'placement.exit_before_entry' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  await tx.updateTable('shelter_placements').set({
    exited_on: input.exitedOn, exit_reason: input.reason, exited_by: actor.userId,
    exit_note_sealed: input.note ? services.vault.seal(input.note, placementContext.exit(placementId)) : null,
  }).where('id', '=', placementId).execute();
  await recordAudit(tx, meta, { action: 'placement.exit', resource: 'case', recordId: row.id, details: { placementId, shelterId: placement.shelter_id, reason: input.reason } });
}

/**
 * Moves the person to another shelter on a day: this placement ends as "transferred" and a new one
 * begins in the other shelter, whose body must own the case or have accepted a referral of it.
 */
export async function transferPlacement(tx: Tx, services: PlacementServices, meta: RequestMeta, actor: Actor, placementId: string, input: TransferInput) {
  const today = services.today ?? bakuToday();
  const { row, placement } = await openPlacement(tx, actor, placementId);
  const errors: FieldError[] = [];
  checkDay(errors, 'on', input.on, today, { day: placement.entered_on, key: 'placement.exit_before_entry' });
  if (input.shelterId === placement.shelter_id) errors.push({ path: 'shelterId', key: 'placement.same_shelter' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const target = await namedShelter(tx, input.shelterId);
  if (!target.active) throw new AppError('SHELTER_INACTIVE');
  if (!(await referredTo(tx, row, target.operator_org_id))) throw new AppError('PLACEMENT_NOT_REFERRED');
  const category = placement.category as PlaceCategory;
  const capacity = await checkCapacity(tx, target, category, input.on, today, input.override);
  await tx.updateTable('shelter_placements').set({ exited_on: input.on, exit_reason: 'transferred', exited_by: actor.userId }).where('id', '=', placementId).execute();
  const id = await insertPlacement(tx, services.vault, actor, { caseId: row.id, shelterId: target.id, category, enteredOn: input.on, reason: input.reason, override: input.override, overCapacity: capacity.overCapacity, transferredFrom: placementId });
  await recordAudit(tx, meta, {
    action: 'placement.transfer', resource: 'case', recordId: row.id,
    details: { placementId: id, fromPlacementId: placementId, fromShelterId: placement.shelter_id, shelterId: target.id, category, overCapacity: capacity.overCapacity },
  });
  return id;
}

/**
 * A case's placements as the caller sees them: dates and the kind of stay with the 'services'
 * part; which shelter (and so where the person is) only with 'safety' too. Reading is audited.
 */
export async function casePlacements(tx: Tx, services: PlacementServices, meta: RequestMeta, actor: Actor, caseId: string) {
  const today = services.today ?? bakuToday();
  const { row, parts } = await visibleCase(tx, actor, caseId);
  requirePart(parts, 'services');
  const showShelter = parts.has('safety');
  const rows = await tx.selectFrom('shelter_placements')
    .innerJoin('shelters', 'shelters.id', 'shelter_placements.shelter_id')
    .innerJoin('users as placed_by', 'placed_by.id', 'shelter_placements.created_by')
    .select([
      'shelter_placements.id', 'shelter_placements.shelter_id', 'shelter_placements.category', 'shelter_placements.entered_on', 'shelter_placements.reason_sealed',
      'shelter_placements.over_capacity', 'shelter_placements.override_reason_sealed', 'shelter_placements.transferred_from', 'shelter_placements.exited_on',
      'shelter_placements.exit_reason', 'shelter_placements.exit_note_sealed', 'shelter_placements.created_at',
      'shelters.name as shelter_name', 'shelters.region as shelter_region', 'shelters.operator_org_id', 'shelters.supervising_org_id', 'shelters.active as shelter_active',
      'placed_by.full_name as placed_by',
    ])
    .where('shelter_placements.case_id', '=', caseId)
    .orderBy('shelter_placements.entered_on').orderBy('shelter_placements.created_at')
    .execute();
  const vault = services.vault;
  const items = rows.map((p) => {
    const relation = { operatorOrgId: p.operator_org_id, supervisingOrgId: p.supervising_org_id, active: p.shelter_active };
    const open = p.exited_on === null;
    const mine = showShelter && runsShelter(actor, relation);
    return {
      id: p.id,
      shelter: showShelter ? { id: p.shelter_id, name: p.shelter_name, region: p.shelter_region } : null,
      category: p.category,
      enteredOn: p.entered_on,
      reason: vault.open(p.reason_sealed, placementContext.reason(p.id)),
      overCapacity: p.over_capacity,
      overrideReason: p.override_reason_sealed ? vault.open(p.override_reason_sealed, placementContext.override(p.id)) : null,
      transferredFrom: p.transferred_from,
      exitedOn: p.exited_on,
      exitReason: p.exit_reason,
      exitNote: p.exit_note_sealed ? vault.open(p.exit_note_sealed, placementContext.exit(p.id)) : null,
      placedBy: p.placed_by,
      current: open && p.entered_on <= today,
      abilities: { exit: open && mine, transfer: open && mine },
    };
  });
  // The shelters this caller's body runs, for placing and transferring, each with today's places.
  const own = showShelter
    ? await tx.selectFrom('shelters').select(['id', 'name', 'region', 'capacity_female', 'capacity_male', 'capacity_children', 'near_capacity_percent', 'operator_org_id', 'supervising_org_id', 'active'])
        .where('operator_org_id', '=', actor.organisationId).where('active', '=', true).orderBy('name').execute()
    : [];
  const runs = own.filter((s) => runsShelter(actor, relationOfShelter(s)));
  const occupancy = runs.length ? await occupancyOn(tx, today) : new Map();
  const hasOpen = items.some((p) => p.exitedOn === null);
  await recordAudit(tx, meta, { action: 'placement.view', resource: 'case', recordId: row.id, details: { placements: items.length, shelterShown: showShelter } });
  return {
    items,
    shelters: runs.map((s) => ({ id: s.id, name: s.name, region: s.region, capacity: capacityOf(s), occupancy: occupancyOf(occupancy, s.id), nearCapacityPercent: s.near_capacity_percent })),
    derivedCategory: derivedCategory(vault, row, today),
    abilities: { place: runs.length > 0 && !hasOpen },
  };
}
