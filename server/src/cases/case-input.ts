import { z } from 'zod';
import {
  CASE_PARTS, CASE_STATUSES, CONSENT_PURPOSES, CONTROL_METHODS, DOCUMENT_KINDS, EXPLOITATION_FORMS, IDENTIFICATION_CHANNELS,
  LABOUR_INDUSTRIES, MIGRATION_STATUSES, PERPETRATOR_ROLES, PROCEEDING_STAGES, RECRUITMENT_METHODS, SEXES,
  SEX_EXPLOITATION_TYPES, TRAFFICKING_STATUSES,
} from '../../../common/src/case-parts.js';
import { isCountryCode } from '../../../common/src/countries.js';
import { calendarDay, text } from '../http/routing.js';

export const NOTE_MAX_CHARS = 10_000;

export const day = calendarDay;
export const country = z.string().trim().toUpperCase().refine(isCountryCode, 'country.unknown');
const uniqueList = <T extends z.ZodType>(item: T, max = 30) => z.array(item).max(max).transform((list) => [...new Set(list)] as z.output<T>[]);

export const identityInput = z.object({
  /** Names as written, in any script; the first is the main one. */
  names: z.array(text(200)).min(1).max(10),
  latinName: text(200).nullable().default(null),
  sex: z.enum(SEXES),
  birthDate: day.nullable().default(null),
  estimatedAge: z.number().int().min(0).max(120).nullable().default(null),
  /** Only where no birth date or age is known; otherwise derived and checked. */
  childAtIdentification: z.boolean().nullable().default(null),
  citizenships: uniqueList(country, 5).default([]),
  stateless: z.boolean().default(false),
  languages: uniqueList(z.string().regex(/^[a-z]{2,3}$/), 10).default([]),
  migrationStatus: z.enum(MIGRATION_STATUSES).nullable().default(null),
  disabilities: uniqueList(text(100), 10).default([]),
  documents: z.array(z.object({ kind: z.enum(DOCUMENT_KINDS), number: text(50), country: country.nullable().default(null) })).max(10).default([]),
  contacts: z.array(z.object({ kind: z.enum(['phone', 'email', 'messenger', 'other']), value: text(200) })).max(10).default([]),
  address: text(500).nullable().default(null),
});
export type IdentityInput = z.output<typeof identityInput>;

export const traffickingEventInput = z.object({
  kind: z.enum(['recruitment', 'transit', 'exploitation']),
  country,
  place: text(200).nullable().default(null),
  dateFrom: day.nullable().default(null),
  dateTo: day.nullable().default(null),
});

export const victimInput = z.object({
  traffickingStatus: z.enum(TRAFFICKING_STATUSES),
  statusDecidedByOrgId: z.uuid().nullable().default(null),
  statusDecidedOn: day.nullable().default(null),
  exploitation: uniqueList(z.enum(EXPLOITATION_FORMS)).default([]),
  forcedLabourIndustry: z.enum(LABOUR_INDUSTRIES).nullable().default(null),
  sexExploitation: uniqueList(z.enum(SEX_EXPLOITATION_TYPES)).default([]),
  recruitmentMethods: uniqueList(z.enum(RECRUITMENT_METHODS)).default([]),
  controlMethods: uniqueList(z.enum(CONTROL_METHODS)).default([]),
  relationshipToTrafficker: z.enum(['familial', 'acquainted', 'unacquainted']).nullable().default(null),
  transnational: z.boolean().nullable().default(null),
  exploitationStartedOn: day.nullable().default(null),
  events: z.array(traffickingEventInput).max(30).default([]),
});
export type VictimInput = z.output<typeof victimInput>;

export const consentInput = z.object({ purpose: z.enum(CONSENT_PURPOSES), given: z.boolean(), recordedOn: day });

export const noteInput = z.object({ part: z.enum(CASE_PARTS).exclude(['identity']), body: text(NOTE_MAX_CHARS) });

export const createCaseInput = z.object({
  identificationChannel: z.enum(IDENTIFICATION_CHANNELS),
  firstContactOn: day,
  person: identityInput,
  victim: victimInput,
  consents: z.array(consentInput).max(10).default([]),
  note: noteInput.nullable().default(null),
});
export type CreateCaseInput = z.output<typeof createCaseInput>;

export const headerInput = z.object({
  revision: z.number().int().positive(),
  status: z.enum(CASE_STATUSES),
  closureReason: text(2000).nullable().default(null),
  identificationChannel: z.enum(IDENTIFICATION_CHANNELS),
  firstContactOn: day,
});

export const assessmentInput = z.object({ kind: z.enum(['risk', 'needs']), assessedOn: day, level: z.enum(['low', 'medium', 'high']), body: text(NOTE_MAX_CHARS) });

export const perpetratorInput = z.object({
  roles: uniqueList(z.enum(PERPETRATOR_ROLES)).default([]),
  sex: z.enum(SEXES).nullable().default(null),
  citizenship: country.nullable().default(null),
  name: text(200).nullable().default(null),
});

const amount = z.number().min(0).max(1e12).nullable().default(null);
export const proceedingInput = z.object({
  number: text(50),
  article: text(50),
  stage: z.enum(PROCEEDING_STAGES),
  openedOn: day.nullable().default(null),
  defendants: z.array(z.object({ sex: z.enum(SEXES), citizenship: country.nullable().default(null), convicted: z.boolean().default(false), sentenceMonths: z.number().int().min(0).max(1200).nullable().default(null) })).max(50).default([]),
  proceedsTraced: amount,
  proceedsConfiscated: amount,
  compensationOrdered: amount,
  currency: z.string().regex(/^[A-Z]{3}$/).default('AZN'),
});
