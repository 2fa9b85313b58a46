import { z } from 'zod';
import { BEST_INTERESTS_RECOMMENDATIONS, GUARDIAN_RELATIONS } from '../../../common/src/children.js';
import { day } from '../cases/case-input.js';
import { text } from '../http/routing.js';

/** The guardian and the body responsible for the child; changed against the revision read. */
export const childProtectionInput = z.object({
  /** Absent when the record is first saved; the stored revision when it is changed. */
  revision: z.number().int().positive().optional(),
  /** Sealed. */
  guardianName: text(300).nullable().default(null),
  guardianRelation: z.enum(GUARDIAN_RELATIONS).nullable().default(null),
  /** Sealed: a telephone, an address. */
  guardianContact: text(500).nullable().default(null),
  guardianAppointedOn: day.nullable().default(null),
  /** The body that appointed the guardian, as written. */
  guardianAppointedBy: text(300).nullable().default(null),
  protectionOrgId: z.uuid().nullable().default(null),
  /** The child-protection body when it is not a registered organisation, as written. */
  protectionBodyName: text(300).nullable().default(null),
});
export type ChildProtectionInput = z.output<typeof childProtectionInput>;

export const bestInterestsInput = z.object({
  assessedOn: day,
  assessedBy: text(300),
  /** Sealed. */
  summary: text(10_000),
  recommendation: z.enum(BEST_INTERESTS_RECOMMENDATIONS),
  reviewOn: day.nullable().default(null),
});
export type BestInterestsInput = z.output<typeof bestInterestsInput>;
