import { z } from 'zod';
import { GOAL_AREAS, GOAL_STATUSES, PLAN_STATUSES, SERVICE_KINDS, SERVICE_STATUSES } from '../../../common/src/shelters.js';
import { day } from '../cases/case-input.js';
import { text } from '../http/routing.js';

const revision = z.number().int().positive();

/** The progress of a service: who provides it, when it began and ended, what came of it. */
const serviceProgress = {
  status: z.enum(SERVICE_STATUSES).default('requested'),
  /** What is asked for: sealed. */
  details: text(4000).nullable().default(null),
  providerOrgId: z.uuid().nullable().default(null),
  /** A provider outside the registry of bodies (a clinic, a school), named as written. */
  providerName: text(300).nullable().default(null),
  startedOn: day.nullable().default(null),
  completedOn: day.nullable().default(null),
  /** What came of it: sealed. */
  outcome: text(4000).nullable().default(null),
};

/** A service asked for; recorded at once with its progress when it was already given. */
export const serviceRequestInput = z.object({ kind: z.enum(SERVICE_KINDS), requestedOn: day, ...serviceProgress });
export type ServiceRequestInput = z.output<typeof serviceRequestInput>;

export const serviceUpdateInput = z.object({ revision, ...serviceProgress });
export type ServiceUpdateInput = z.output<typeof serviceUpdateInput>;

export const planInput = z.object({
  /** Absent when the plan is started; the stored revision when it is changed. */
  revision: revision.optional(),
  status: z.enum(PLAN_STATUSES),
  startedOn: day,
  responsibleOrgId: z.uuid(),
  nextReviewOn: day.nullable().default(null),
});
export type PlanInput = z.output<typeof planInput>;

export const goalInput = z.object({
  area: z.enum(GOAL_AREAS),
  /** The goal in words: sealed. */
  text: text(4000),
  responsibleOrgId: z.uuid().nullable().default(null),
  targetOn: day.nullable().default(null),
  status: z.enum(GOAL_STATUSES).default('planned'),
});
export type GoalInput = z.output<typeof goalInput>;

export const goalUpdateInput = goalInput.extend({ revision });

export const reviewInput = z.object({
  heldOn: day,
  summary: text(10_000),
  nextReviewOn: day.nullable().default(null),
});
export type ReviewInput = z.output<typeof reviewInput>;
