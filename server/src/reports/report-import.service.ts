import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { entryAbilities } from '../policies/reports.js';
import type { Activity, EntryContent, Figure } from './report-content.js';
import { entryContent, findEntry, saveContent } from './reports.repository.js';
import { attach } from './attachments/attachments.service.js';
import { ReportSplitError, splitReport, type SplitActivity, type SplitEntry } from './split/split-report.js';

function asActivity(found: SplitActivity): Activity {
  return {
    kind: found.kind ?? 'other',
    title: found.title,
    dateFrom: found.dateFrom,
    dateTo: found.dateTo,
    place: found.place,
    participants: found.participants,
    women: found.participantsBySex?.women ?? null,
    men: found.participantsBySex?.men ?? null,
    partners: [],
  };
}

/** Reports list items with "·" or "•"; the narrative markup writes them "- ". */
const asNarrative = (text: string) => text.replace(/^[ \t]*[·•▪◦●*–][ \t]+/gm, '- ');

const asFigures = (entry: SplitEntry): Figure[] => entry.figures.map(({ label, value, unit }) => ({ label, value, unit }));

/** This body's entries of the period, by measure code. */
async function ownEntriesByCode(tx: Tx, actor: Actor, periodId: string) {
  const rows = await tx
    .selectFrom('report_entries')
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .select(['report_entries.id', 'measures.code'])
    .where('report_entries.period_id', '=', periodId)
    .where('report_entries.organisation_id', '=', actor.organisationId)
    .execute();
  return new Map(rows.map((row) => [row.code.replace(/\.+$/, ''), row.id]));
}

async function openPeriod(tx: Tx, periodId: string) {
  const period = await tx.selectFrom('reporting_periods').select(['id', 'status']).where('id', '=', periodId).executeTakeFirst();
  if (!period) throw notFound();
  if (period.status !== 'open') throw new AppError('REPORT_PERIOD_CLOSED');
  return period;
}

/** Splits an uploaded report and matches its parts to the body's entries; writes nothing. */
export async function previewReportImport(tx: Tx, actor: Actor, periodId: string, bytes: Uint8Array, fileName: string) {
  await openPeriod(tx, periodId);
  let split;
  try {
    split = await splitReport({ bytes, fileName });
  } catch (error) {
    if (error instanceof ReportSplitError) throw new AppError(error.code);
    throw error;
  }
  const entries = await ownEntriesByCode(tx, actor, periodId);
  const items = split.entries.map((entry) => ({
    measures: entry.measures,
    heading: entry.heading,
    text: asNarrative(entry.text),
    activities: entry.activities.map(asActivity),
    figures: asFigures(entry),
    entryIds: entry.measures.map((code) => entries.get(code)).filter((id): id is string => Boolean(id)),
  }));
  return {
    items: items.filter((item) => item.entryIds.length > 0),
    unmatched: items.filter((item) => item.entryIds.length === 0).map(({ measures, heading }) => ({ measures, heading })),
    warnings: split.warnings.map(({ code, message, entry }) => ({ code, message, ...(entry === undefined ? {} : { entry }) })),
  };
}

export interface ImportedPart {
  entryId: string;
  narrative: string;
  activities: Activity[];
  figures: Figure[];
}

/** Adds the confirmed parts to the body's drafts: text appended, activities and figures added. */
export async function applyReportImport(tx: Tx, meta: RequestMeta, actor: Actor, parts: ImportedPart[]) {
  for (const part of parts) {
    const entry = await findEntry(tx, actor, part.entryId);
    if (!entry) throw notFound();
    if (!entryAbilities(actor, entry).edit) throw new AppError(entry.period_status === 'open' ? 'REPORT_LOCKED' : 'REPORT_PERIOD_CLOSED');
    const current = await entryContent(tx, part.entryId);
    const merged: EntryContent = {
      status: current.status,
      narrative: [current.narrative.trim(), part.narrative.trim()].filter(Boolean).join('\n\n'),
      activities: [...(current.activities as Activity[]), ...part.activities],
      figures: [...(current.figures as Figure[]), ...part.figures],
      needs: current.needs as EntryContent['needs'],
    };
    await saveContent(tx, part.entryId, entry.revision, merged, actor.userId);
    await recordAudit(tx, meta, { action: 'report_entry.update', resource: 'report_entry', recordId: part.entryId, details: { source: 'import' } });
  }
  await recordAudit(tx, meta, { action: 'report_import.apply', resource: 'report_period', details: { entries: parts.length } });
  return parts.length;
}

/**
 * A report with nothing to split it by is kept whole: attached to the one entry of this body in
 * the open period that the person chose, with the attachments' own checks (type by content, size,
 * an editable entry) and its audit entry.
 */
export async function attachWholeReport(tx: Tx, meta: RequestMeta, actor: Actor, input: { periodId: string; entryId: string; fileName: string; bytes: Buffer }) {
  await openPeriod(tx, input.periodId);
  const entry = await findEntry(tx, actor, input.entryId);
  if (!entry || entry.period_id !== input.periodId || entry.organisation_id !== actor.organisationId) throw notFound();
  return attach(tx, meta, actor, entry.id, input.fileName, input.bytes);
}
