import { z } from 'zod';
import { calendarDay } from '../http/routing.js';

const day = calendarDay.nullable();
const count = z.number().int().min(0).max(10_000_000).nullable();

export const activitySchema = z.object({
  /** The activity's event in the register (given when the entry is accepted; see events/event-sync.ts). */
  id: z.uuid().optional(),
  /**
   * An event of the register this activity reports without being its own (a training another body
   * organised with this one, or one the Coordinator recorded): the entry links to it, no copy is
   * made (see events/event-links.ts).
   */
  eventId: z.uuid().optional(),
  kind: z.enum(['training', 'awareness', 'meeting', 'legal_draft', 'inspection', 'research', 'international', 'assistance', 'other']),
  title: z.string().trim().min(1).max(1000),
  dateFrom: day,
  dateTo: day,
  place: z.string().trim().max(300).nullable(),
  participants: count,
  women: count,
  men: count,
  partners: z.array(z.string().trim().min(1).max(300)).max(50),
});

export const figureSchema = z.object({
  label: z.string().trim().min(1).max(500),
  value: z.number().finite(),
  unit: z.string().trim().max(50).nullable(),
});

export const needSchema = z.object({
  kind: z.enum(['funding', 'equipment', 'training', 'legal_change', 'other']),
  description: z.string().trim().min(1).max(4000),
  amount: z.number().finite().min(0).nullable(),
  currency: z.string().trim().max(10).nullable(),
});

export const entryStatusSchema = z.enum(['not_started', 'in_progress', 'done', 'continuing']);

/** What a body writes for one measure; the narrative is a small markup, never HTML. */
export const entryContentSchema = z.object({
  status: entryStatusSchema,
  narrative: z.string().max(100_000),
  activities: z.array(activitySchema).max(500),
  figures: z.array(figureSchema).max(500),
  needs: z.array(needSchema).max(100),
});

export type EntryContent = z.infer<typeof entryContentSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Figure = z.infer<typeof figureSchema>;
