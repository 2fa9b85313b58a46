import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { CaseRow } from '../cases/cases.repository.js';
import { requirePart, visibleCase } from '../cases/cases.service.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import type { FieldMessageKey } from '../http/field-messages.js';
import { AppError } from '../http/problem.js';
import { childrenAbilities } from '../policies/children.js';
import type { Actor } from '../policies/policy.js';
import { isChildNow } from '../protection/identification.service.js';
import type { BestInterestsInput, ChildProtectionInput } from './children-input.js';

export interface ChildrenServices {
  vault: IdentityVault;
  today?: string;
}

type FieldError = { path: string; key: FieldMessageKey };

/** How each sealed value is bound to its row (cases/crypto/key-rotation.ts re-seals them). */
export const childrenContext = {
  guardianName: (id: string) => `child-guardian:${id}`,
  guardianContact: (id: string) => `child-guardian-contact:${id}`,
  summary: (id: string) => `best-interests:${id}`,
};

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * Whether the case takes the child path: the person is under 18 today, or was at identification
 * (a child identified as a victim keeps the protection decided for them until it is reviewed).
 */
export function onChildPath(vault: IdentityVault, row: CaseRow, today: string): boolean {
  return isChildNow(vault, row, today) || row.child_at_identification === true;
}

/** A visible case whose 'services' part the caller keeps, and whether its person is a child. */
async function childCase(tx: Tx, services: ChildrenServices, actor: Actor, caseId: string) {
  const visible = await visibleCase(tx, actor, caseId);
  requirePart(visible.parts, 'services');
  const today = services.today ?? bakuToday();
  return { ...visible, today, child: onChildPath(services.vault, visible.row, today) };
}

function fail(errors: FieldError[]) {
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
}

/** The case's guardian, child-protection body and best-interests assessments, newest first. Reading is audited. */
export async function childProtectionOf(tx: Tx, services: ChildrenServices, meta: RequestMeta, actor: Actor, caseId: string) {
  const { parts, child, today } = await childCase(tx, services, actor, caseId);
  const vault = services.vault;
  const [record, assessments] = await Promise.all([
    tx.selectFrom('case_child_protection').leftJoin('organisations', 'organisations.id', 'case_child_protection.protection_org_id')
      .select([
        'case_child_protection.id', 'case_child_protection.guardian_name_sealed', 'case_child_protection.guardian_relation', 'case_child_protection.guardian_contact_sealed',
        'case_child_protection.guardian_appointed_on', 'case_child_protection.guardian_appointed_by', 'case_child_protection.protection_org_id',
        'case_child_protection.protection_body_name', 'case_child_protection.revision', 'case_child_protection.updated_at', 'organisations.short_name as protection_short_name',
      ])
      .where('case_child_protection.case_id', '=', caseId).executeTakeFirst(),
    tx.selectFrom('case_best_interests_assessments').innerJoin('users', 'users.id', 'case_best_interests_assessments.recorded_by')
      .select([
        'case_best_interests_assessments.id', 'case_best_interests_assessments.assessed_on', 'case_best_interests_assessments.assessed_by',
        'case_best_interests_assessments.summary_sealed', 'case_best_interests_assessments.recommendation', 'case_best_interests_assessments.review_on',
        'case_best_interests_assessments.created_at', 'users.full_name as recorded_by',
      ])
      .where('case_best_interests_assessments.case_id', '=', caseId)
      .orderBy('case_best_interests_assessments.assessed_on', 'desc').orderBy('case_best_interests_assessments.created_at', 'desc').execute(),
  ]);
  await recordAudit(tx, meta, { action: 'child_protection.view', resource: 'case', recordId: caseId, details: { record: record?.id ?? null, assessments: assessments.length } });
  const latest = assessments[0];
  return {
    child,
    record: record
      ? {
          id: record.id, revision: record.revision, updatedAt: iso(record.updated_at),
          guardian: record.guardian_name_sealed
            ? {
                name: vault.open(record.guardian_name_sealed, childrenContext.guardianName(record.id)),
                relation: record.guardian_relation,
                contact: record.guardian_contact_sealed ? vault.open(record.guardian_contact_sealed, childrenContext.guardianContact(record.id)) : null,
                appointedOn: record.guardian_appointed_on, appointedBy: record.guardian_appointed_by,
              }
            : null,
          protectionBody: record.protection_org_id ? { id: record.protection_org_id, shortName: record.protection_short_name ?? '' } : null,
          protectionBodyName: record.protection_body_name,
        }
      : null,
    assessments: assessments.map((a) => ({
      id: a.id, assessedOn: a.assessed_on, assessedBy: a.assessed_by, summary: vault.open(a.summary_sealed, childrenContext.summary(a.id)),
      recommendation: a.recommendation, reviewOn: a.review_on, recordedBy: a.recorded_by, createdAt: iso(a.created_at),
    })),
    /** The latest assessment's review, once its day has come. */
    reviewDue: latest?.review_on ? latest.review_on <= today : false,
    abilities: childrenAbilities(parts, child),
  };
}

async function checkBody(tx: Tx, errors: FieldError[], path: string, id: string | null) {
  if (!id) return;
  const found = await tx.selectFrom('organisations').select('id').where('id', '=', id).where('active', '=', true).executeTakeFirst();
  if (!found) errors.push({ path, key: 'shelter.unknown_body' });
}

/** Records or changes the guardian and the child-protection body (against the revision the caller read). */
export async function saveChildProtection(tx: Tx, services: ChildrenServices, meta: RequestMeta, actor: Actor, caseId: string, input: ChildProtectionInput) {
  const { child, today } = await childCase(tx, services, actor, caseId);
  if (!child) throw new AppError('CHILD_PATH_ADULT');
  const errors: FieldError[] = [];
  const guardianDetails = input.guardianRelation || input.guardianContact || input.guardianAppointedOn || input.guardianAppointedBy;
  if (guardianDetails && !input.guardianName) errors.push({ path: 'guardianName', key: 'child.guardian_name_required' });
  if (input.guardianAppointedOn && input.guardianAppointedOn > today) errors.push({ path: 'guardianAppointedOn', key: 'date.in_future' });
  await checkBody(tx, errors, 'protectionOrgId', input.protectionOrgId);
  fail(errors);

  const existing = await tx.selectFrom('case_child_protection').select(['id']).where('case_id', '=', caseId).executeTakeFirst();
  const id = existing?.id ?? randomUUID();
  const vault = services.vault;
  const columns = {
    guardian_name_sealed: input.guardianName ? vault.seal(input.guardianName, childrenContext.guardianName(id)) : null,
    guardian_relation: input.guardianName ? input.guardianRelation : null,
    guardian_contact_sealed: input.guardianName && input.guardianContact ? vault.seal(input.guardianContact, childrenContext.guardianContact(id)) : null,
    guardian_appointed_on: input.guardianName ? input.guardianAppointedOn : null,
    guardian_appointed_by: input.guardianName ? input.guardianAppointedBy : null,
    protection_org_id: input.protectionOrgId,
    protection_body_name: input.protectionBodyName,
    updated_by: actor.userId,
  };
  if (!existing) {
    if (input.revision !== undefined) throw new AppError('CARE_CONFLICT');
    const created = await tx.insertInto('case_child_protection').values({ id, case_id: caseId, ...columns, created_by: actor.userId })
      .onConflict((oc) => oc.column('case_id').doNothing()).returning('id').executeTakeFirst();
    if (!created) throw new AppError('CARE_CONFLICT');
  } else {
    if (input.revision === undefined) throw new AppError('CARE_CONFLICT');
    const result = await tx.updateTable('case_child_protection').set({ ...columns, revision: sql`revision + 1`, updated_at: sql`now()` })
      .where('id', '=', id).where('revision', '=', input.revision).executeTakeFirst();
    if (!result || result.numUpdatedRows === 0n) throw new AppError('CARE_CONFLICT');
  }
  await recordAudit(tx, meta, {
    action: existing ? 'child_protection.update' : 'child_protection.create', resource: 'case', recordId: caseId,
    details: { recordId: id, guardian: Boolean(input.guardianName), protectionOrgId: input.protectionOrgId },
  });
  return id;
}

/** A best-interests assessment: what it recommends and when it is to be reviewed (which the tasks watch). */
export async function addBestInterestsAssessment(tx: Tx, services: ChildrenServices, meta: RequestMeta, actor: Actor, caseId: string, input: BestInterestsInput) {
  const { row, child, today } = await childCase(tx, services, actor, caseId);
  if (!child) throw new AppError('CHILD_PATH_ADULT');
  const errors: FieldError[] = [];
  if (input.assessedOn > today) errors.push({ path: 'assessedOn', key: 'date.in_future' });
  if (input.assessedOn < row.first_contact_on) errors.push({ path: 'assessedOn', key: 'date.before_first_contact' });
  if (input.reviewOn && input.reviewOn <= input.assessedOn) errors.push({ path: 'reviewOn', key: 'child.review_not_after' });
  fail(errors);
  const id = randomUUID();
  await tx.insertInto('case_best_interests_assessments').values({
    id, case_id: caseId, assessed_on: input.assessedOn, assessed_by: input.assessedBy,
    summary_sealed: services.vault.seal(input.summary, childrenContext.summary(id)),
    recommendation: input.recommendation, review_on: input.reviewOn, recorded_by: actor.userId,
  }).execute();
  await recordAudit(tx, meta, { action: 'best_interests.assess', resource: 'case', recordId: caseId, details: { assessmentId: id, recommendation: input.recommendation, reviewOn: input.reviewOn } });
  return id;
}
