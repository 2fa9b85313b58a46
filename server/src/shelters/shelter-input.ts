import { z } from 'zod';
import { EXIT_REASONS, INSPECTION_RESULTS, ACTION_STATUSES, PLACE_CATEGORIES, REGIONS, SERVICE_KINDS, SHELTER_KINDS } from '../../../common/src/shelters.js';
import { day } from '../cases/case-input.js';
import { text } from '../http/routing.js';

const places = z.number().int().min(0).max(10_000);
const uniqueList = <T extends z.ZodType>(item: T, max = 30) => z.array(item).max(max).transform((list) => [...new Set(list)] as z.output<T>[]);

export const shelterInput = z.object({
  kind: z.enum(SHELTER_KINDS),
  name: text(200),
  operatorOrgId: z.uuid(),
  supervisingOrgId: z.uuid().nullable().default(null),
  region: z.enum(REGIONS),
  capacity: z.object({ female: places, male: places, children: places }),
  services: uniqueList(z.enum(SERVICE_KINDS)).default([]),
  /** Address, telephone, person to call: sealed, shown only to those who may see them. */
  contacts: text(2000).nullable().default(null),
  nearCapacityPercent: z.number().int().min(1).max(100).default(90),
  active: z.boolean().default(true),
});
export type ShelterInput = z.output<typeof shelterInput>;

export const shelterUpdateInput = shelterInput.extend({ revision: z.number().int().positive() });

export const shelterListQuery = z.object({
  region: z.enum(REGIONS).optional(),
  kind: z.enum(SHELTER_KINDS).optional(),
  active: z.enum(['true', 'false']).optional(),
});

const overrideInput = z.object({ reason: text(2000) }).nullable().default(null);

export const placementInput = z.object({
  shelterId: z.uuid(),
  enteredOn: day,
  reason: text(2000),
  /** Needed only when the person's sex is not recorded; otherwise derived from sex and age. */
  category: z.enum(PLACE_CATEGORIES).nullable().default(null),
  /** Placing into a full shelter: said explicitly, with the reason. */
  override: overrideInput,
});
export type PlacementInput = z.output<typeof placementInput>;

export const exitInput = z.object({
  exitedOn: day,
  reason: z.enum(EXIT_REASONS).exclude(['transferred']),
  note: text(2000).nullable().default(null),
});
export type ExitInput = z.output<typeof exitInput>;

export const transferInput = z.object({
  shelterId: z.uuid(),
  on: day,
  reason: text(2000),
  override: overrideInput,
});
export type TransferInput = z.output<typeof transferInput>;

export const checklistItemInput = z.object({
  textAz: text(500),
  textRu: text(500, 0).default(''),
  textEn: text(500, 0).default(''),
  active: z.boolean().default(true),
  position: z.number().int().min(1).max(1000).optional(),
});

export const inspectionInput = z.object({
  inspectedOn: day,
  results: z.array(z.object({ itemId: z.uuid(), result: z.enum(INSPECTION_RESULTS), comment: text(1000).nullable().default(null) })).max(200),
  findings: text(10_000, 0).default(''),
  actions: z.array(z.object({ text: text(1000), dueOn: day.nullable().default(null) })).max(50).default([]),
});
export type InspectionInput = z.output<typeof inspectionInput>;

export const actionUpdateInput = z.object({
  revision: z.number().int().positive(),
  status: z.enum(ACTION_STATUSES),
  doneOn: day.nullable().default(null),
  note: text(2000).nullable().default(null),
});
export type ActionUpdateInput = z.output<typeof actionUpdateInput>;
