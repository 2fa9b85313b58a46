import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { SERVICE_STARTED, type ServiceStatus } from '../../../common/src/shelters.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import { requirePart, visibleCase } from '../cases/cases.service.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import type { FieldMessageKey } from '../http/field-messages.js';
import { AppError, notFound } from '../http/problem.js';
import { careAbilities } from '../policies/care.js';
import type { Actor } from '../policies/policy.js';
import type { GoalInput, PlanInput, ReviewInput, ServiceRequestInput, ServiceUpdateInput } from './care-input.js';

export interface CareServices {
  vault: IdentityVault;
  today?: string;
}

type FieldError = { path: string; key: FieldMessageKey };

export const careContext = {
  serviceDetails: (id: string) => `service:${id}`,
  serviceOutcome: (id: string) => `service-outcome:${id}`,
  goal: (id: string) => `care-goal:${id}`,
  review: (id: string) => `care-review:${id}`,
};

const iso = (value: Date | string) => new Date(value).toISOString();

/** A visible case whose 'services' part the caller sees (and so keeps). */
async function careCase(tx: Tx, actor: Actor, caseId: string) {
  const visible = await visibleCase(tx, actor, caseId);
  requirePart(visible.parts, 'services');
  return visible;
}

function fail(errors: FieldError[]) {
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
}

function notFuture(errors: FieldError[], path: string, value: string | null, today: string) {
  if (value && value > today) errors.push({ path, key: 'date.in_future' });
}

async function checkBodies(tx: Tx, errors: FieldError[], bodies: { path: string; id: string | null }[]) {
  const wanted = bodies.map((b) => b.id).filter((id): id is string => id !== null);
  if (!wanted.length) return;
  const found = new Set((await tx.selectFrom('organisations').select('id').where('id', 'in', wanted).where('active', '=', true).execute()).map((o) => o.id));
  for (const body of bodies) if (body.id && !found.has(body.id)) errors.push({ path: body.path, key: 'shelter.unknown_body' });
}

/** The case's services and its rehabilitation plan, as the caller sees them. Reading is audited. */
export async function careOf(tx: Tx, services: CareServices, meta: RequestMeta, actor: Actor, caseId: string) {
  const { row, parts } = await careCase(tx, actor, caseId);
  const vault = services.vault;
  const [serviceRows, plan] = await Promise.all([
    tx.selectFrom('case_services')
      .innerJoin('organisations as requester', 'requester.id', 'case_services.requested_by_org_id')
      .leftJoin('organisations as provider', 'provider.id', 'case_services.provider_org_id')
      .select([
        'case_services.id', 'case_services.kind', 'case_services.status', 'case_services.requested_on', 'case_services.details_sealed', 'case_services.provider_org_id',
        'case_services.provider_name', 'case_services.started_on', 'case_services.completed_on', 'case_services.outcome_sealed', 'case_services.revision', 'case_services.updated_at',
        'requester.short_name as requester_short_name', 'provider.short_name as provider_short_name', 'case_services.requested_by_org_id',
      ])
      .where('case_services.case_id', '=', caseId).orderBy('case_services.requested_on').orderBy('case_services.created_at').execute(),
    tx.selectFrom('care_plans').innerJoin('organisations', 'organisations.id', 'care_plans.responsible_org_id')
      .select(['care_plans.id', 'care_plans.status', 'care_plans.started_on', 'care_plans.responsible_org_id', 'care_plans.next_review_on', 'care_plans.revision', 'organisations.short_name as responsible_short_name'])
      .where('care_plans.case_id', '=', caseId).executeTakeFirst(),
  ]);
  const [goals, reviews] = plan
    ? await Promise.all([
        tx.selectFrom('care_plan_goals').leftJoin('organisations', 'organisations.id', 'care_plan_goals.responsible_org_id')
          .select(['care_plan_goals.id', 'care_plan_goals.area', 'care_plan_goals.text_sealed', 'care_plan_goals.responsible_org_id', 'care_plan_goals.target_on',
            'care_plan_goals.status', 'care_plan_goals.revision', 'organisations.short_name as responsible_short_name'])
          .where('plan_id', '=', plan.id).orderBy('care_plan_goals.created_at').execute(),
        tx.selectFrom('care_plan_reviews').innerJoin('users', 'users.id', 'care_plan_reviews.reviewed_by')
          .select(['care_plan_reviews.id', 'care_plan_reviews.held_on', 'care_plan_reviews.summary_sealed', 'care_plan_reviews.next_review_on', 'care_plan_reviews.created_at', 'users.full_name as reviewed_by'])
          .where('plan_id', '=', plan.id).orderBy('held_on', 'desc').execute(),
      ])
    : [[], []];
  const today = services.today ?? bakuToday();
  await recordAudit(tx, meta, { action: 'care.view', resource: 'case', recordId: row.id, details: { services: serviceRows.length, plan: plan?.id ?? null } });
  return {
    services: serviceRows.map((s) => ({
      id: s.id, kind: s.kind, status: s.status, requestedOn: s.requested_on,
      requestedBy: { id: s.requested_by_org_id, shortName: s.requester_short_name },
      details: s.details_sealed ? vault.open(s.details_sealed, careContext.serviceDetails(s.id)) : null,
      provider: s.provider_org_id ? { id: s.provider_org_id, shortName: s.provider_short_name ?? '' } : null,
      providerName: s.provider_name,
      startedOn: s.started_on, completedOn: s.completed_on,
      outcome: s.outcome_sealed ? vault.open(s.outcome_sealed, careContext.serviceOutcome(s.id)) : null,
      revision: s.revision, updatedAt: iso(s.updated_at),
    })),
    plan: plan
      ? {
          id: plan.id, status: plan.status, startedOn: plan.started_on, nextReviewOn: plan.next_review_on, revision: plan.revision,
          responsible: { id: plan.responsible_org_id, shortName: plan.responsible_short_name },
          reviewDue: plan.status === 'active' && plan.next_review_on !== null && plan.next_review_on <= today,
          goals: goals.map((g) => ({
            id: g.id, area: g.area, text: vault.open(g.text_sealed, careContext.goal(g.id)), targetOn: g.target_on, status: g.status, revision: g.revision,
            responsible: g.responsible_org_id ? { id: g.responsible_org_id, shortName: g.responsible_short_name ?? '' } : null,
          })),
          reviews: reviews.map((v) => ({ id: v.id, heldOn: v.held_on, summary: vault.open(v.summary_sealed, careContext.review(v.id)), nextReviewOn: v.next_review_on, reviewedBy: v.reviewed_by, createdAt: iso(v.created_at) })),
        }
      : null,
    abilities: careAbilities(parts),
  };
}

export async function requestService(tx: Tx, services: CareServices, meta: RequestMeta, actor: Actor, caseId: string, input: ServiceRequestInput) {
  const today = services.today ?? bakuToday();
  const { row } = await careCase(tx, actor, caseId);
  const errors: FieldError[] = [];
  notFuture(errors, 'requestedOn', input.requestedOn, today);
  if (input.requestedOn < row.first_contact_on) errors.push({ path: 'requestedOn', key: 'date.before_first_contact' });
  checkService(errors, today, input.requestedOn, input);
  await checkBodies(tx, errors, [{ path: 'providerOrgId', id: input.providerOrgId }]);
  fail(errors);
  const id = randomUUID();
  const vault = services.vault;
  await tx.insertInto('case_services').values({
    id, case_id: caseId, kind: input.kind, status: input.status, requested_on: input.requestedOn, requested_by_org_id: actor.organisationId,
    details_sealed: input.details ? vault.seal(input.details, careContext.serviceDetails(id)) : null,
    provider_org_id: input.providerOrgId, provider_name: input.providerName, started_on: input.startedOn, completed_on: input.completedOn,
    outcome_sealed: input.outcome ? vault.seal(input.outcome, careContext.serviceOutcome(id)) : null,
    created_by: actor.userId, updated_by: actor.userId,
  }).execute();
  await recordAudit(tx, meta, { action: 'service.request', resource: 'case', recordId: caseId, details: { serviceId: id, kind: input.kind, status: input.status } });
  return id;
}

/** The rules of a service's progress: begun means a provider and a start; provided means a completion too. */
function checkService(errors: FieldError[], today: string, requestedOn: string, input: Omit<ServiceUpdateInput, 'revision'>) {
  const status = input.status as ServiceStatus;
  const started = SERVICE_STARTED.includes(status);
  if (started && !input.providerOrgId && !input.providerName) errors.push({ path: 'providerOrgId', key: 'service.provider_required' });
  if (started && !input.startedOn) errors.push({ path: 'startedOn', key: 'service.start_required' });
  if (status === 'provided' && !input.completedOn) errors.push({ path: 'completedOn', key: 'service.completion_required' });
  notFuture(errors, 'startedOn', input.startedOn, today);
  notFuture(errors, 'completedOn', input.completedOn, today);
  if (input.startedOn && input.startedOn < requestedOn) errors.push({ path: 'startedOn', key: 'service.before_request' });
  if (input.completedOn && !input.startedOn && !errors.some((e) => e.path === 'startedOn')) errors.push({ path: 'startedOn', key: 'service.start_required' });
  if (input.completedOn && input.startedOn && input.completedOn < input.startedOn) errors.push({ path: 'completedOn', key: 'date.before_start' });
}

export async function updateService(tx: Tx, services: CareServices, meta: RequestMeta, actor: Actor, serviceId: string, input: ServiceUpdateInput) {
  const today = services.today ?? bakuToday();
  const found = await tx.selectFrom('case_services').select(['case_id', 'requested_on']).where('id', '=', serviceId).executeTakeFirst();
  if (!found) throw notFound();
  await careCase(tx, actor, found.case_id);
  const errors: FieldError[] = [];
  checkService(errors, today, found.requested_on, input);
  await checkBodies(tx, errors, [{ path: 'providerOrgId', id: input.providerOrgId }]);
  fail(errors);
  const vault = services.vault;
  const result = await tx.updateTable('case_services').set({
    status: input.status,
    details_sealed: input.details ? vault.seal(input.details, careContext.serviceDetails(serviceId)) : null,
    provider_org_id: input.providerOrgId, provider_name: input.providerName,
    started_on: input.startedOn, completed_on: input.completedOn,
    outcome_sealed: input.outcome ? vault.seal(input.outcome, careContext.serviceOutcome(serviceId)) : null,
    revision: sql`revision + 1`, updated_by: actor.userId, updated_at: sql`now()`,
  }).where('id', '=', serviceId).where('revision', '=', input.revision).executeTakeFirst();
  if (!result || result.numUpdatedRows === 0n) throw new AppError('CARE_CONFLICT');
  await recordAudit(tx, meta, { action: 'service.update', resource: 'case', recordId: found.case_id, details: { serviceId, status: input.status } });
}

/** Starts the case's plan, or changes it (against the revision the caller read). */
export async function savePlan(tx: Tx, services: CareServices, meta: RequestMeta, actor: Actor, caseId: string, input: PlanInput) {
  const today = services.today ?? bakuToday();
  const { row } = await careCase(tx, actor, caseId);
  const errors: FieldError[] = [];
  notFuture(errors, 'startedOn', input.startedOn, today);
  if (input.startedOn < row.first_contact_on) errors.push({ path: 'startedOn', key: 'date.before_first_contact' });
  if (input.nextReviewOn && input.nextReviewOn <= input.startedOn) errors.push({ path: 'nextReviewOn', key: 'plan.review_not_after' });
  await checkBodies(tx, errors, [{ path: 'responsibleOrgId', id: input.responsibleOrgId }]);
  fail(errors);
  const columns = { status: input.status, started_on: input.startedOn, responsible_org_id: input.responsibleOrgId, next_review_on: input.nextReviewOn };
  const existing = await tx.selectFrom('care_plans').select(['id', 'revision']).where('case_id', '=', caseId).executeTakeFirst();
  let planId: string;
  if (!existing) {
    if (input.revision !== undefined) throw new AppError('CARE_CONFLICT');
    const created = await tx.insertInto('care_plans').values({ case_id: caseId, ...columns, created_by: actor.userId })
      .onConflict((oc) => oc.column('case_id').doNothing()).returning('id').executeTakeFirst();
    if (!created) throw new AppError('CARE_CONFLICT');
    planId = created.id;
  } else {
    if (input.revision === undefined) throw new AppError('CARE_CONFLICT');
    const result = await tx.updateTable('care_plans').set({ ...columns, revision: sql`revision + 1`, updated_at: sql`now()` })
      .where('id', '=', existing.id).where('revision', '=', input.revision).executeTakeFirst();
    if (!result || result.numUpdatedRows === 0n) throw new AppError('CARE_CONFLICT');
    planId = existing.id;
  }
  await recordAudit(tx, meta, { action: existing ? 'care_plan.update' : 'care_plan.create', resource: 'case', recordId: caseId, details: { planId, status: input.status } });
  return planId;
}

async function planOf(tx: Tx, caseId: string) {
  const plan = await tx.selectFrom('care_plans').select(['id', 'started_on']).where('case_id', '=', caseId).executeTakeFirst();
  if (!plan) throw notFound();
  return plan;
}

function checkGoal(errors: FieldError[], startedOn: string, input: GoalInput) {
  if (input.targetOn && input.targetOn < startedOn) errors.push({ path: 'targetOn', key: 'date.before_start' });
}

export async function addGoal(tx: Tx, services: CareServices, meta: RequestMeta, actor: Actor, caseId: string, input: GoalInput) {
  await careCase(tx, actor, caseId);
  const plan = await planOf(tx, caseId);
  const errors: FieldError[] = [];
  checkGoal(errors, plan.started_on, input);
  await checkBodies(tx, errors, [{ path: 'responsibleOrgId', id: input.responsibleOrgId }]);
  fail(errors);
  const id = randomUUID();
  await tx.insertInto('care_plan_goals').values({
    id, plan_id: plan.id, case_id: caseId, area: input.area, text_sealed: services.vault.seal(input.text, careContext.goal(id)),
    responsible_org_id: input.responsibleOrgId, target_on: input.targetOn, status: input.status, created_by: actor.userId,
  }).execute();
  await recordAudit(tx, meta, { action: 'care_plan.goal', resource: 'case', recordId: caseId, details: { planId: plan.id, goalId: id, area: input.area } });
  return id;
}

export async function updateGoal(tx: Tx, services: CareServices, meta: RequestMeta, actor: Actor, goalId: string, input: GoalInput & { revision: number }) {
  const found = await tx.selectFrom('care_plan_goals').select(['case_id', 'plan_id']).where('id', '=', goalId).executeTakeFirst();
  if (!found) throw notFound();
  await careCase(tx, actor, found.case_id);
  const plan = await planOf(tx, found.case_id);
  const errors: FieldError[] = [];
  checkGoal(errors, plan.started_on, input);
  await checkBodies(tx, errors, [{ path: 'responsibleOrgId', id: input.responsibleOrgId }]);
  fail(errors);
  const result = await tx.updateTable('care_plan_goals').set({
    area: input.area, text_sealed: services.vault.seal(input.text, careContext.goal(goalId)), responsible_org_id: input.responsibleOrgId,
    target_on: input.targetOn, status: input.status, revision: sql`revision + 1`, updated_at: sql`now()`,
  }).where('id', '=', goalId).where('revision', '=', input.revision).executeTakeFirst();
  if (!result || result.numUpdatedRows === 0n) throw new AppError('CARE_CONFLICT');
  await recordAudit(tx, meta, { action: 'care_plan.goal_update', resource: 'case', recordId: found.case_id, details: { planId: found.plan_id, goalId, status: input.status } });
}

/** A review of the plan: what was found, and when the next one is due (which the alerts watch). */
export async function addReview(tx: Tx, services: CareServices, meta: RequestMeta, actor: Actor, caseId: string, input: ReviewInput) {
  const today = services.today ?? bakuToday();
  await careCase(tx, actor, caseId);
  const plan = await planOf(tx, caseId);
  const errors: FieldError[] = [];
  notFuture(errors, 'heldOn', input.heldOn, today);
  if (input.heldOn < plan.started_on) errors.push({ path: 'heldOn', key: 'date.before_start' });
  if (input.nextReviewOn && input.nextReviewOn <= input.heldOn) errors.push({ path: 'nextReviewOn', key: 'plan.review_not_after' });
  fail(errors);
  const id = randomUUID();
  await tx.insertInto('care_plan_reviews').values({
    id, plan_id: plan.id, case_id: caseId, held_on: input.heldOn, summary_sealed: services.vault.seal(input.summary, careContext.review(id)),
    next_review_on: input.nextReviewOn, reviewed_by: actor.userId,
  }).execute();
  await tx.updateTable('care_plans').set({ next_review_on: input.nextReviewOn, revision: sql`revision + 1`, updated_at: sql`now()` }).where('id', '=', plan.id).execute();
  await recordAudit(tx, meta, { action: 'care_plan.review', resource: 'case', recordId: caseId, details: { planId: plan.id, reviewId: id, nextReviewOn: input.nextReviewOn } });
  return id;
}
