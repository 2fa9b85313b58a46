import { z } from 'zod';
import { foldForSearch, queryWords } from '../../../common/src/highlight.js';
import type { Tx } from '../db/database.js';
import type { Actor } from '../policies/policy.js';
import { entryAbilities } from '../policies/reports.js';
import { measureSchema, presentMeasures } from '../plans/plans.presenter.js';
import { findMeasureRow, participantsOf, subActionsOf } from '../plans/plans.repository.js';
import { activitySchema, entryContentSchema, figureSchema, needSchema } from './report-content.js';
import { entryContent, eventsOf, type Counts, type EntryRow, type PeriodRow } from './reports.repository.js';
import { attachmentSchema, presentAttachment } from './attachments/attachments.presenter.js';
import { attachmentsOf } from './attachments/attachments.service.js';

const countsSchema = z.object({ total: z.number(), draft: z.number(), submitted: z.number(), accepted: z.number(), returned: z.number(), late: z.number() });
const NO_ENTRIES: Counts = { total: 0, draft: 0, submitted: 0, accepted: 0, returned: 0, late: 0 };

export const periodSchema = z.object({
  id: z.string(),
  plan: z.object({ id: z.string(), title: z.string() }),
  kind: z.enum(['year', 'half_year']),
  year: z.number(),
  half: z.number().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  dueOn: z.string(),
  status: z.enum(['open', 'closed']),
  counts: countsSchema,
});

export function presentPeriod(row: PeriodRow, counts: Counts | undefined): z.infer<typeof periodSchema> {
  return {
    id: row.id,
    plan: { id: row.plan_id, title: row.plan_title },
    kind: row.kind,
    year: row.year,
    half: row.half,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    dueOn: row.due_on,
    status: row.status,
    counts: { ...NO_ENTRIES, ...counts },
  };
}

export const organisationCountsSchema = z.object({ id: z.string(), shortName: z.string(), nameAz: z.string(), counts: countsSchema });

export const entrySummarySchema = z.object({
  id: z.string(),
  periodId: z.string(),
  measure: z.object({ id: z.string(), code: z.string(), text: z.string(), section: z.object({ code: z.string(), title: z.string() }) }),
  organisation: z.object({ id: z.string(), shortName: z.string(), nameAz: z.string() }),
  role: z.enum(['executor', 'involved', 'recommended']),
  state: z.enum(['draft', 'submitted', 'accepted', 'returned']),
  status: z.enum(['not_started', 'in_progress', 'done', 'continuing']),
  late: z.boolean(),
  submittedVersion: z.number(),
  updatedAt: z.string(),
  narrative: z.string(),
  /** With a search: plain text of the narrative around the first match. */
  excerpt: z.string().nullable(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), reopen: z.boolean() }),
});

const EXCERPT_LENGTH = 200;

/** The narrative as plain text: no ** markers, no leading "- ", lines joined by spaces. */
function plainNarrative(narrative: string): string {
  return narrative
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^\s*-(?:\s+|$)/, '').replaceAll('**', '').trim())
    .filter(Boolean)
    .join(' ');
}

/** About EXCERPT_LENGTH characters of the narrative's plain text around the first match of a query word. */
export function excerptOf(narrative: string, q: string | undefined): string | null {
  const words = q ? queryWords(q) : [];
  if (!words.length) return null;
  const text = plainNarrative(narrative);
  const folded = foldForSearch(text);
  const hits = words.map((w) => folded.indexOf(w)).filter((at) => at >= 0);
  const first = hits.length ? Math.min(...hits) : 0;
  if (text.length <= EXCERPT_LENGTH) return text;
  let start = Math.max(0, Math.min(first - EXCERPT_LENGTH / 4, text.length - EXCERPT_LENGTH));
  let end = Math.min(text.length, start + EXCERPT_LENGTH);
  // Cut at word boundaries where one is near.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first && space - start < 20) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first && end - space < 20) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

export const entrySchema = entrySummarySchema.extend({
  measure: measureSchema,
  narrative: z.string(),
  activities: z.array(activitySchema),
  figures: z.array(figureSchema),
  needs: z.array(needSchema),
  revision: z.number(),
  attachments: z.array(attachmentSchema),
  events: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['submitted', 'accepted', 'returned', 'reopened']),
      version: z.number(),
      comment: z.string().nullable(),
      by: z.string().nullable(),
      at: z.string(),
      snapshot: entryContentSchema.nullable(),
    }),
  ),
});

export function presentEntrySummary(row: EntryRow, actor: Actor, q?: string): z.infer<typeof entrySummarySchema> {
  return {
    id: row.id,
    periodId: row.period_id,
    measure: { id: row.measure_id, code: row.measure_code, text: row.measure_text, section: { code: row.section_code, title: row.section_title } },
    organisation: { id: row.organisation_id, shortName: row.organisation_short_name, nameAz: row.organisation_name_az },
    role: row.role,
    state: row.state,
    status: row.status,
    late: row.late,
    submittedVersion: row.submitted_version,
    updatedAt: row.updated_at.toISOString(),
    narrative: row.narrative,
    excerpt: excerptOf(row.narrative, q),
    abilities: entryAbilities(actor, row),
  };
}

/** An entry with its content, its measure and its history; read in the caller's transaction. */
export async function presentEntry(tx: Tx, row: EntryRow, actor: Actor): Promise<z.infer<typeof entrySchema>> {
  const [content, events, measureRow, participants, subActions, attachments] = await Promise.all([
    entryContent(tx, row.id),
    eventsOf(tx, row.id),
    findMeasureRow(tx, row.measure_id),
    participantsOf(tx, [row.measure_id]),
    subActionsOf(tx, [row.measure_id]),
    attachmentsOf(tx, row.id),
  ]);
  const [measure] = presentMeasures([measureRow!], participants, subActions);
  return {
    ...presentEntrySummary(row, actor),
    measure: measure!,
    narrative: content.narrative,
    activities: content.activities as z.infer<typeof activitySchema>[],
    figures: content.figures as z.infer<typeof figureSchema>[],
    needs: content.needs as z.infer<typeof needSchema>[],
    revision: row.revision,
    attachments: attachments.map(presentAttachment),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      version: e.version,
      comment: e.comment,
      by: e.full_name,
      at: e.at.toISOString(),
      snapshot: e.snapshot as z.infer<typeof entryContentSchema> | null,
    })),
  };
}
