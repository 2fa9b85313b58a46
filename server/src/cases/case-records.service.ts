import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { CasePart } from '../../../common/src/case-parts.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import type { IdentityVault } from './crypto/identity-vault.js';
import type { assessmentInput, consentInput, perpetratorInput, proceedingInput } from './case-input.js';
import { addNote, requireAbility, requirePart, visibleCase } from './cases.service.js';

/** The smaller records of a case: notes, consents, assessments, the investigation, referrals. */

export async function addCaseNote(tx: Tx, vault: IdentityVault, meta: RequestMeta, actor: Actor, caseId: string, part: CasePart, body: string) {
  const { parts } = await visibleCase(tx, actor, caseId);
  requirePart(parts, part);
  const id = await addNote(tx, vault, actor, caseId, part, body);
  await recordAudit(tx, meta, { action: 'case.note', resource: 'case', recordId: caseId, details: { part, noteId: id } });
  return id;
}

export async function addConsent(tx: Tx, meta: RequestMeta, actor: Actor, caseId: string, input: z.output<typeof consentInput>) {
  const { abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.editHeader);
  await tx.insertInto('case_consents').values({ case_id: caseId, purpose: input.purpose, given: input.given, recorded_on: input.recordedOn, recorded_by: actor.userId }).execute();
  await recordAudit(tx, meta, { action: 'case.consent', resource: 'case', recordId: caseId, details: { purpose: input.purpose, given: input.given } });
}

export async function addAssessment(tx: Tx, vault: IdentityVault, meta: RequestMeta, actor: Actor, caseId: string, input: z.output<typeof assessmentInput>) {
  const { parts } = await visibleCase(tx, actor, caseId);
  requirePart(parts, 'services');
  const id = randomUUID();
  await tx.insertInto('case_assessments').values({ id, case_id: caseId, kind: input.kind, assessed_on: input.assessedOn, level: input.level, body_sealed: vault.seal(input.body, `assessment:${id}`), recorded_by: actor.userId }).execute();
  await recordAudit(tx, meta, { action: 'case.assessment', resource: 'case', recordId: caseId, details: { kind: input.kind, level: input.level } });
}

export async function addPerpetrator(tx: Tx, vault: IdentityVault, meta: RequestMeta, actor: Actor, caseId: string, input: z.output<typeof perpetratorInput>) {
  const { abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.editInvestigation);
  const id = randomUUID();
  await tx.insertInto('perpetrators').values({ id, case_id: caseId, roles: input.roles, sex: input.sex, citizenship: input.citizenship, identity_sealed: input.name ? vault.seal(input.name, `perpetrator:${id}`) : null }).execute();
  await recordAudit(tx, meta, { action: 'case.perpetrator', resource: 'case', recordId: caseId, details: { perpetratorId: id } });
}

function proceedingColumns(input: z.output<typeof proceedingInput>) {
  return {
    number: input.number, article: input.article, stage: input.stage, opened_on: input.openedOn, defendants: JSON.stringify(input.defendants),
    proceeds_traced: input.proceedsTraced, proceeds_confiscated: input.proceedsConfiscated, compensation_ordered: input.compensationOrdered, currency: input.currency,
  };
}

export async function saveProceeding(tx: Tx, meta: RequestMeta, actor: Actor, caseId: string, input: z.output<typeof proceedingInput>, existing?: { id: string; revision: number }) {
  const { abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.editInvestigation);
  if (existing) {
    const result = await tx.updateTable('proceedings').set({ ...proceedingColumns(input), revision: sql`revision + 1` })
      .where('id', '=', existing.id).where('case_id', '=', caseId).where('revision', '=', existing.revision).executeTakeFirst();
    if (!result || result.numUpdatedRows === 0n) throw new AppError('CASE_CONFLICT');
  } else {
    await tx.insertInto('proceedings').values({ case_id: caseId, ...proceedingColumns(input) }).execute();
  }
  await recordAudit(tx, meta, { action: 'case.proceeding', resource: 'case', recordId: caseId, details: { stage: input.stage, proceedingId: existing?.id ?? null } });
}

// Referrals moved to server/src/referrals/; kept here for callers that refer a case from within the server.
export { referCase } from '../referrals/referrals.service.js';
