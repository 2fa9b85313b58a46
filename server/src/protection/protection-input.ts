import { z } from 'zod';
import { day } from '../cases/case-input.js';

export const IDENTIFICATION_DECISIONS = ['identified', 'not_identified', 'more_information'] as const;

export const identificationInput = z.object({
  checklistId: z.uuid(),
  decision: z.enum(IDENTIFICATION_DECISIONS),
  decidedOn: day,
  indicatorsMet: z.array(z.string().min(1).max(20)).max(100).default([]).refine((codes) => new Set(codes).size === codes.length),
  notes: z.string().trim().max(4000).nullable().default(null),
});
export type IdentificationInput = z.output<typeof identificationInput>;

const text = z.string().trim().min(1).max(500);
export const checklistInput = z.object({
  title: z.string().trim().min(1).max(300),
  publishedOn: day,
  indicators: z.array(z.object({ code: z.string().trim().min(1).max(20), audience: z.enum(['general', 'child']), text: z.object({ az: text, ru: text, en: text }) }))
    // Repeated codes are refused by the service, at the repeated indicator, in the reader's language.
    .min(1).max(100),
});
export type ChecklistInput = z.output<typeof checklistInput>;

export const REFLECTION_DECISIONS = ['assistance_continues', 'cooperates_with_proceedings', 'returns_home', 'declined_assistance'] as const;
export const reflectionStartInput = z.object({ startedOn: day, days: z.number().int().min(1).max(365).nullable().default(null) });
export type ReflectionStartInput = z.output<typeof reflectionStartInput>;
export const reflectionDecisionInput = z.object({ decision: z.enum(REFLECTION_DECISIONS), decidedOn: day });
export type ReflectionDecisionInput = z.output<typeof reflectionDecisionInput>;
