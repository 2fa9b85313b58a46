import { z } from 'zod';
import { REPATRIATION_DIRECTIONS, TRAVEL_MEANS } from '../../../common/src/repatriation.js';
import { country, day } from '../cases/case-input.js';
import { text } from '../http/routing.js';

const revision = z.number().int().positive();

export const repatriationInput = z.object({
  direction: z.enum(REPATRIATION_DIRECTIONS),
  /** Returned from (to Azerbaijan) or to (home country): never Azerbaijan itself. */
  country: country.refine((code) => code !== 'AZ', 'repatriation.country_azerbaijan'),
  openedOn: day,
});
export type RepatriationInput = z.output<typeof repatriationInput>;

/** A step planned for a day, or done on one (`doneOn`); what else it records depends on its kind. */
export const stepInput = z.object({
  revision,
  plannedOn: day.nullable().default(null),
  doneOn: day.nullable().default(null),
  /** The consulate or embassy, the receiving body, the organisation handed over to. */
  bodyName: text(300).nullable().default(null),
  /** Number of the return certificate or travel document: sealed. */
  document: text(100).nullable().default(null),
  means: z.enum(TRAVEL_MEANS).nullable().default(null),
  escorted: z.boolean().nullable().default(null),
  /** Sealed. */
  note: text(4000).nullable().default(null),
});
export type StepInput = z.output<typeof stepInput>;

export const cancelInput = z.object({ revision, cancelledOn: day, reason: text(4000) });
export type CancelInput = z.output<typeof cancelInput>;
