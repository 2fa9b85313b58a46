import { z } from 'zod';
import { calendarDay, text } from '../http/routing.js';

export const MEETING_KINDS = ['commission', 'working_group', 'ad_hoc'] as const;
export const STANDINGS = ['member', 'observer'] as const;
export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
/** Statuses an action item still waits in: past its due date, it is overdue. */
export const PENDING_STATUSES = ['open', 'in_progress'] as const;

/** A calendar day, YYYY-MM-DD, that exists. */
export const day = calendarDay;
/** Baku wall-clock time, HH:MM. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((value) => value || null);

export const meetingDetailsInput = z.object({
  kind: z.enum(MEETING_KINDS),
  title: text(300),
  heldOn: day,
  startsAt: clockTime.nullable().optional().transform((value) => value ?? null),
  place: optionalText(300),
  /** Only web addresses: the link is shown to people as something to click. */
  onlineUrl: z
    .union([z.url({ protocol: /^https?$/ }).max(500), z.literal('')])
    .nullable()
    .optional()
    .transform((value) => value || null),
});
export type MeetingDetails = z.infer<typeof meetingDetailsInput>;

export const participantsInput = z.object({
  bodies: z
    .array(z.object({ organisationId: z.uuid(), standing: z.enum(STANDINGS), present: z.boolean().default(false) }))
    .max(200)
    // Each body once.
    .refine((bodies) => new Set(bodies.map((b) => b.organisationId)).size === bodies.length),
  persons: z.array(z.object({ name: text(200), organisationId: z.uuid().nullable().default(null), present: z.boolean().default(false) })).max(500),
});
export type Participants = z.infer<typeof participantsInput>;

export const agendaInput = z.object({
  items: z
    .array(
      z.object({
        /** An item already on the agenda keeps its id (decisions point at it); a new one has none. */
        id: z.uuid().optional(),
        title: text(1000),
        measureIds: z.array(z.uuid()).max(50).default([]),
      }),
    )
    .max(100),
});
export type Agenda = z.infer<typeof agendaInput>['items'];

export const decisionInput = z.object({
  text: text(8000),
  agendaItemId: z.uuid().nullable().default(null),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export const actionItemInput = z.object({
  organisationId: z.uuid(),
  task: z.string().trim().max(2000).default(''),
  dueOn: day,
});
export type ActionItemInput = z.infer<typeof actionItemInput>;

export const progressInput = z.object({
  revision: z.number().int().min(0),
  status: z.enum(ACTION_ITEM_STATUSES),
  note: z.string().trim().max(2000).default(''),
});
export type ProgressInput = z.infer<typeof progressInput>;

/** The office's correction of an action item: everything, on top of the revision it saw. */
export const actionItemEditInput = actionItemInput.extend(progressInput.shape);
export type ActionItemEdit = z.infer<typeof actionItemEditInput>;
