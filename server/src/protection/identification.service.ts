import { randomUUID } from 'node:crypto';
import { bakuToday } from '../../../common/src/dates.js';
import { recordAudit } from '../audit/audit.repository.js';
import { ageOn, estimatedAgeOn } from '../cases/case-rules.js';
import type { CaseRow } from '../cases/cases.repository.js';
import { requirePart, updateVictim, visibleCase, type CaseServices } from '../cases/cases.service.js';
import { openIdentity } from '../cases/identity.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import type { FieldMessageKey } from '../http/field-messages.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { identificationAbilities } from '../policies/protection.js';
import type { ChecklistInput, IdentificationInput } from './protection-input.js';
import { presentReflection, reflectionRow } from './reflection.service.js';

export interface ProtectionServices {
  vault: IdentityVault;
  /** The configured length of a reflection period (REFLECTION_DAYS), offered when one is started. */
  reflectionDays?: number;
  today?: string;
}

type FieldError = { path: string; key: FieldMessageKey };

export const protectionContext = {
  identificationNotes: (id: string) => `identification:${id}`,
};

const iso = (value: Date | string) => new Date(value).toISOString();

/** Whether the person is a child today: from the birth date, the age estimated at first contact, or the flag recorded at identification. */
export function isChildNow(vault: IdentityVault, row: CaseRow, today: string): boolean {
  const { birthDate } = openIdentity(vault, row.person_id, row.identity_sealed);
  const age = birthDate ? ageOn(birthDate, today) : estimatedAgeOn({ birthDate: null, estimatedAge: row.estimated_age }, row.first_contact_on, today);
  if (age !== null) return age < 18;
  return row.child_at_identification === true;
}

/** The checklist in force: the highest version. */
export async function currentChecklist(tx: Tx) {
  const checklist = await tx.selectFrom('identification_checklists').selectAll().orderBy('version', 'desc').executeTakeFirstOrThrow();
  return { ...checklist, indicators: await indicatorsOf(tx, checklist.id) };
}

async function indicatorsOf(tx: Tx, checklistId: string) {
  return tx.selectFrom('identification_indicators').select(['code', 'audience', 'position', 'text_az', 'text_ru', 'text_en'])
    .where('checklist_id', '=', checklistId).orderBy('position').execute();
}

function presentChecklist(checklist: Awaited<ReturnType<typeof currentChecklist>>, child: boolean) {
  return {
    id: checklist.id, version: checklist.version, title: checklist.title, publishedOn: checklist.published_on,
    indicators: checklist.indicators.filter((i) => child || i.audience === 'general')
      .map((i) => ({ code: i.code, audience: i.audience, text: { az: i.text_az, ru: i.text_ru, en: i.text_en } })),
  };
}

/** The case's identification: the checklist to assess against and the decisions so far, each with the version it was made against. */
export async function identificationOf(tx: Tx, services: ProtectionServices, meta: RequestMeta, actor: Actor, caseId: string) {
  const { row, parts, relation } = await visibleCase(tx, actor, caseId);
  requirePart(parts, 'victim');
  const today = services.today ?? bakuToday();
  const child = isChildNow(services.vault, row, today);
  const [checklist, reflection, decisions] = await Promise.all([
    currentChecklist(tx),
    reflectionRow(tx, caseId),
    tx.selectFrom('case_identifications')
      .innerJoin('identification_checklists', 'identification_checklists.id', 'case_identifications.checklist_id')
      .innerJoin('users', 'users.id', 'case_identifications.officer_id')
      .innerJoin('organisations', 'organisations.id', 'case_identifications.decided_by_org_id')
      .select([
        'case_identifications.id', 'case_identifications.decision', 'case_identifications.decided_on', 'case_identifications.indicators_met',
        'case_identifications.child_path', 'case_identifications.notes_sealed', 'case_identifications.created_at', 'case_identifications.checklist_id',
        'identification_checklists.version', 'users.full_name as officer_name', 'organisations.short_name as org_short_name',
      ])
      .where('case_identifications.case_id', '=', caseId).orderBy('case_identifications.decided_on', 'desc').orderBy('case_identifications.created_at', 'desc').execute(),
  ]);
  await recordAudit(tx, meta, { action: 'identification.view', resource: 'case', recordId: caseId, details: { decisions: decisions.length } });
  return {
    child,
    checklist: presentChecklist(checklist, child),
    decisions: decisions.map((d) => ({
      id: d.id, decision: d.decision, decidedOn: d.decided_on, indicatorsMet: d.indicators_met, childPath: d.child_path,
      checklist: { id: d.checklist_id, version: d.version },
      officer: d.officer_name, organisation: d.org_short_name,
      notes: d.notes_sealed ? services.vault.open(d.notes_sealed, protectionContext.identificationNotes(d.id)) : null,
      createdAt: iso(d.created_at),
    })),
    reflection: presentReflection(reflection, today),
    reflectionDays: services.reflectionDays ?? null,
    abilities: identificationAbilities(parts, relation.seesAllCases),
  };
}

/**
 * Records a decision of the special police unit against the checklist in force. 'identified' sets
 * the victim context's status through the case service, so its status history keeps the decision.
 */
export async function recordIdentification(tx: Tx, services: ProtectionServices & CaseServices, meta: RequestMeta, actor: Actor, caseId: string, input: IdentificationInput) {
  const { row, parts, relation } = await visibleCase(tx, actor, caseId);
  if (!identificationAbilities(parts, relation.seesAllCases).decide) throw new AppError('CASE_PART_HIDDEN');
  const today = services.today ?? bakuToday();
  const child = isChildNow(services.vault, row, today);
  const checklist = await currentChecklist(tx);
  const errors: FieldError[] = [];
  if (input.checklistId !== checklist.id) errors.push({ path: 'checklistId', key: 'identification.checklist_replaced' });
  if (input.decidedOn > today) errors.push({ path: 'decidedOn', key: 'date.in_future' });
  if (input.decidedOn < row.first_contact_on) errors.push({ path: 'decidedOn', key: 'identification.before_first_contact' });
  const known = new Set(checklist.indicators.filter((i) => child || i.audience === 'general').map((i) => i.code));
  input.indicatorsMet.forEach((code, index) => {
    if (!known.has(code)) errors.push({ path: `indicatorsMet.${index}`, key: 'identification.unknown_indicator' });
  });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);

  const id = randomUUID();
  await tx.insertInto('case_identifications').values({
    id, case_id: caseId, checklist_id: checklist.id, decision: input.decision, decided_on: input.decidedOn, officer_id: actor.userId,
    decided_by_org_id: actor.organisationId, indicators_met: input.indicatorsMet, child_path: child,
    notes_sealed: input.notes ? services.vault.seal(input.notes, protectionContext.identificationNotes(id)) : null,
  }).execute();
  if (input.decision === 'identified' && row.trafficking_status !== 'identified') {
    const events = await tx.selectFrom('trafficking_events').select(['id', 'kind', 'country', 'place_sealed', 'date_from', 'date_to']).where('case_id', '=', caseId).orderBy('date_from').execute();
    await updateVictim(tx, services, meta, actor, caseId, row.victim_revision ?? 1, {
      traffickingStatus: 'identified', statusDecidedByOrgId: actor.organisationId, statusDecidedOn: input.decidedOn,
      exploitation: (row.exploitation ?? []) as never, forcedLabourIndustry: row.forced_labour_industry as never, sexExploitation: (row.sex_exploitation ?? []) as never,
      recruitmentMethods: (row.recruitment_methods ?? []) as never, controlMethods: (row.control_methods ?? []) as never,
      relationshipToTrafficker: row.relationship_to_trafficker as never, transnational: row.transnational, exploitationStartedOn: row.exploitation_started_on,
      events: events.map((e) => ({ kind: e.kind, country: e.country, place: e.place_sealed ? services.vault.open(e.place_sealed, `event:${e.id}`) : null, dateFrom: e.date_from, dateTo: e.date_to })) as never,
    });
  }
  await recordAudit(tx, meta, { action: 'identification.decide', resource: 'case', recordId: caseId, details: { identificationId: id, decision: input.decision, checklistVersion: checklist.version } });
  return id;
}

/** Publishes a new version of the checklist; decisions already made keep theirs. */
export async function publishChecklist(tx: Tx, meta: RequestMeta, actor: Actor, input: ChecklistInput) {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  input.indicators.forEach((indicator, index) => {
    if (seen.has(indicator.code)) errors.push({ path: `indicators.${index}.code`, key: 'identification.duplicate_code' });
    seen.add(indicator.code);
  });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const latest = await tx.selectFrom('identification_checklists').select(['version']).orderBy('version', 'desc').executeTakeFirst();
  const version = (latest?.version ?? 0) + 1;
  const checklist = await tx.insertInto('identification_checklists')
    .values({ version, title: input.title, published_on: input.publishedOn, created_by: actor.userId }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('identification_indicators').values(input.indicators.map((i, index) => ({
    checklist_id: checklist.id, code: i.code, audience: i.audience, position: index + 1, text_az: i.text.az, text_ru: i.text.ru, text_en: i.text.en,
  }))).execute();
  await recordAudit(tx, meta, { action: 'identification_checklist.publish', resource: 'identification_checklist', recordId: checklist.id, details: { version } });
  return { id: checklist.id, version };
}

/** Every version of the checklist, newest first; the first is the one in force. */
export async function checklistVersions(tx: Tx) {
  const rows = await tx.selectFrom('identification_checklists').leftJoin('users', 'users.id', 'identification_checklists.created_by')
    .select((eb) => [
      'identification_checklists.id', 'identification_checklists.version', 'identification_checklists.title', 'identification_checklists.published_on',
      'users.full_name as published_by',
      eb.selectFrom('identification_indicators').select((sub) => sub.fn.countAll<number>().as('n')).whereRef('identification_indicators.checklist_id', '=', 'identification_checklists.id').as('indicators'),
    ])
    .orderBy('identification_checklists.version', 'desc').execute();
  return rows.map((row, index) => ({
    id: row.id, version: row.version, title: row.title, publishedOn: row.published_on, publishedBy: row.published_by, indicators: Number(row.indicators ?? 0), current: index === 0,
  }));
}

export async function checklistById(tx: Tx, id: string) {
  const checklist = await tx.selectFrom('identification_checklists').selectAll().where('id', '=', id).executeTakeFirst();
  if (!checklist) throw notFound();
  return presentChecklist({ ...checklist, indicators: await indicatorsOf(tx, checklist.id) }, true);
}
