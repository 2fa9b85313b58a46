import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import type { CasePart } from '../../../common/src/case-parts.js';
import { recordAudit, recordAudits } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import type { IdentityVault } from './crypto/identity-vault.js';
import type { CreateCaseInput, IdentityInput, VictimInput } from './case-input.js';
import { checkCase } from './case-rules.js';
import { accessOf, presentCaseSummary } from './cases.presenter.js';
import { findCase, listCases, personIdsByHashes, replacePersonKeys, type CaseListFilter, type CaseRow } from './cases.repository.js';
import { blockingKeys } from '../../../common/src/names/name-key.js';
import { identityOf, lookupKeys, openIdentity, sealIdentity } from './identity.js';

export interface CaseServices {
  vault: IdentityVault;
  today?: string;
}

/** A visible case and what the caller sees of it; 404 when row-level security hides it. */
export async function visibleCase(tx: Tx, actor: Actor, caseId: string) {
  const row = await findCase(tx, caseId);
  if (!row) throw notFound();
  return { row, ...accessOf(actor, row) };
}

export function requirePart(parts: Set<CasePart>, part: CasePart) {
  if (!parts.has(part)) throw new AppError('CASE_PART_HIDDEN');
}

export function requireAbility(allowed: boolean) {
  if (!allowed) throw new AppError('CASE_PART_HIDDEN');
}

async function writePersonKeys(tx: Tx, vault: IdentityVault, personId: string, person: IdentityInput, birthYear: number | null) {
  await replacePersonKeys(tx, personId, lookupKeys(vault, { ...person, birthYear }));
}

async function writeEvents(tx: Tx, vault: IdentityVault, caseId: string, events: VictimInput['events']) {
  await tx.deleteFrom('trafficking_events').where('case_id', '=', caseId).execute();
  for (const event of events) {
    const id = randomUUID();
    await tx.insertInto('trafficking_events').values({
      id, case_id: caseId, kind: event.kind, country: event.country,
      place_sealed: event.place ? vault.seal(event.place, `event:${id}`) : null, date_from: event.dateFrom, date_to: event.dateTo,
    }).execute();
  }
}

function victimColumns(victim: VictimInput) {
  return {
    trafficking_status: victim.traffickingStatus,
    status_decided_by_org_id: victim.statusDecidedByOrgId,
    status_decided_on: victim.statusDecidedOn,
    exploitation: victim.exploitation,
    forced_labour_industry: victim.forcedLabourIndustry,
    sex_exploitation: victim.sexExploitation,
    recruitment_methods: victim.recruitmentMethods,
    control_methods: victim.controlMethods,
    relationship_to_trafficker: victim.relationshipToTrafficker,
    transnational: victim.transnational,
    exploitation_started_on: victim.exploitationStartedOn,
  };
}

function personColumns(person: IdentityInput, derived: ReturnType<typeof checkCase>) {
  return {
    sex: person.sex,
    birth_year: derived.birthYear,
    estimated_age: person.estimatedAge,
    citizenships: person.citizenships,
    stateless: person.stateless,
    languages: person.languages,
    migration_status: person.migrationStatus,
    disabilities: person.disabilities,
    child_at_identification: derived.childAtIdentification,
    child_at_exploitation: derived.childAtExploitation,
  };
}

async function recordStatus(tx: Tx, actor: Actor, caseId: string, victim: VictimInput) {
  await tx.insertInto('victim_status_history').values({
    case_id: caseId, trafficking_status: victim.traffickingStatus, decided_by_org_id: victim.statusDecidedByOrgId, decided_on: victim.statusDecidedOn, recorded_by: actor.userId,
  }).execute();
}

export async function addNote(tx: Tx, vault: IdentityVault, actor: Actor, caseId: string, part: CasePart, body: string) {
  const id = randomUUID();
  await tx.insertInto('case_notes').values({ id, case_id: caseId, part, body_sealed: vault.seal(body, `note:${id}`), created_by: actor.userId }).execute();
  return id;
}

export async function createCase(tx: Tx, services: CaseServices, meta: RequestMeta, actor: Actor, input: CreateCaseInput) {
  const today = services.today ?? bakuToday();
  const derived = checkCase(today, input.firstContactOn, input.person, input.victim);
  const created = await tx.insertInto('cases').values({
    owner_org_id: actor.organisationId, case_worker_id: actor.userId, identification_channel: input.identificationChannel,
    first_contact_on: input.firstContactOn, created_by: actor.userId,
  }).returning(['id', 'reference']).executeTakeFirstOrThrow();
  const personId = randomUUID();
  await tx.insertInto('persons').values({
    id: personId, case_id: created.id, cluster_id: personId,
    identity_sealed: sealIdentity(services.vault, personId, identityOf(input.person)), ...personColumns(input.person, derived),
  }).execute();
  await writePersonKeys(tx, services.vault, personId, input.person, derived.birthYear);
  await tx.insertInto('victim_contexts').values({ case_id: created.id, ...victimColumns(input.victim) }).execute();
  await recordStatus(tx, actor, created.id, input.victim);
  await writeEvents(tx, services.vault, created.id, input.victim.events);
  for (const consent of input.consents) {
    await tx.insertInto('case_consents').values({ case_id: created.id, purpose: consent.purpose, given: consent.given, recorded_on: consent.recordedOn, recorded_by: actor.userId }).execute();
  }
  if (input.note) await addNote(tx, services.vault, actor, created.id, input.note.part, input.note.body);
  await recordAudit(tx, meta, { action: 'case.create', resource: 'case', recordId: created.id, details: { reference: created.reference, channel: input.identificationChannel } });
  return { ...created, personId };
}

function conflictUnless(updated: { numUpdatedRows: bigint } | undefined) {
  if (!updated || updated.numUpdatedRows === 0n) throw new AppError('CASE_CONFLICT');
}

export async function updateHeader(tx: Tx, meta: RequestMeta, actor: Actor, caseId: string, input: { revision: number; status: string; closureReason: string | null; identificationChannel: string; firstContactOn: string }) {
  const { abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.editHeader);
  const closing = input.status === 'closed' || input.status === 'closed_referred';
  const result = await tx.updateTable('cases').set({
    status: input.status, closure_reason: closing ? input.closureReason : null, identification_channel: input.identificationChannel,
    first_contact_on: input.firstContactOn, revision: sql`revision + 1`, updated_at: sql`now()`,
  }).where('id', '=', caseId).where('revision', '=', input.revision).executeTakeFirst();
  conflictUnless(result);
  await recordAudit(tx, meta, { action: 'case.update', resource: 'case', recordId: caseId, details: { part: 'header', status: input.status } });
}

/** The stored victim context, in the shape of the input, to check a person's change against it. */
function victimInputOf(row: CaseRow): VictimInput {
  return {
    traffickingStatus: (row.trafficking_status ?? 'potential') as VictimInput['traffickingStatus'],
    statusDecidedByOrgId: row.status_decided_by_org_id, statusDecidedOn: row.status_decided_on, exploitation: [], forcedLabourIndustry: null,
    sexExploitation: [], recruitmentMethods: [], controlMethods: [], relationshipToTrafficker: null, transnational: row.transnational,
    exploitationStartedOn: row.exploitation_started_on, events: [],
  };
}

export async function updateIdentity(tx: Tx, services: CaseServices, meta: RequestMeta, actor: Actor, caseId: string, revision: number, person: IdentityInput) {
  const { row, abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.editIdentity);
  const derived = checkCase(services.today ?? bakuToday(), row.first_contact_on, person, victimInputOf(row));
  const result = await tx.updateTable('persons').set({
    identity_sealed: sealIdentity(services.vault, row.person_id, identityOf(person)), ...personColumns(person, derived), revision: sql`revision + 1`, updated_at: sql`now()`,
  }).where('id', '=', row.person_id).where('revision', '=', revision).executeTakeFirst();
  conflictUnless(result);
  await writePersonKeys(tx, services.vault, row.person_id, person, derived.birthYear);
  await recordAudit(tx, meta, { action: 'case.update', resource: 'case', recordId: caseId, details: { part: 'identity' } });
}

export async function updateVictim(tx: Tx, services: CaseServices, meta: RequestMeta, actor: Actor, caseId: string, revision: number, victim: VictimInput) {
  const { row, abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.editVictim);
  const { birthDate } = openIdentity(services.vault, row.person_id, row.identity_sealed);
  const derived = checkCase(services.today ?? bakuToday(), row.first_contact_on, { birthDate, estimatedAge: row.estimated_age, childAtIdentification: null }, victim);
  const result = await tx.updateTable('victim_contexts').set({ ...victimColumns(victim), revision: sql`revision + 1` })
    .where('case_id', '=', caseId).where('revision', '=', revision).executeTakeFirst();
  conflictUnless(result);
  await tx.updateTable('persons').set({ child_at_identification: derived.childAtIdentification, child_at_exploitation: derived.childAtExploitation }).where('id', '=', row.person_id).execute();
  if (victim.traffickingStatus !== row.trafficking_status || victim.statusDecidedOn !== row.status_decided_on) await recordStatus(tx, actor, caseId, victim);
  await writeEvents(tx, services.vault, caseId, victim.events);
  await recordAudit(tx, meta, { action: 'case.update', resource: 'case', recordId: caseId, details: { part: 'victim', traffickingStatus: victim.traffickingStatus } });
}


/** The list's search box: a case reference ("İA-000123", "123"), or a name in any script looked up by keyed hash. */
export async function caseListLookup(tx: Tx, vault: IdentityVault, q: string | undefined) {
  if (!q) return {};
  const reference = /^(İA|IA)?-?\d+$/i.exec(q) ? q.replace(/^(İA|IA)-?/i, '') : undefined;
  if (reference) return { reference };
  return { personIds: await personIdsByHashes(tx, blockingKeys({ fullName: q }).map((key) => vault.lookupHash('name', key))) };
}

/**
 * A page of the case list. A name in a list is a view of the person too: each name shown goes
 * into that case's access log in this transaction, all of them in one statement.
 */
export async function listCaseSummaries(tx: Tx, vault: IdentityVault, meta: RequestMeta, actor: Actor, query: Omit<CaseListFilter, 'reference' | 'personIds'> & { q?: string }) {
  const { q, ...filter } = query;
  const { items, total } = await listCases(tx, actor.organisationId, { ...filter, ...(await caseListLookup(tx, vault, q)) });
  const summaries = items.map((row) => presentCaseSummary(vault, actor, row));
  await recordAudits(tx, meta, summaries.filter((summary) => summary.name !== null)
    .map((summary) => ({ action: 'case.list_view', resource: 'case', recordId: summary.id, details: { searched: Boolean(q) } })));
  return { items: summaries, total };
}
