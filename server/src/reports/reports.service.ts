import { recordAudit } from '../audit/audit.repository.js';
import { bakuToday } from '../../../common/src/dates.js';
import { notifyReportWriters } from '../notifications/notifications.repository.js';
import { checkEventLinks } from '../events/event-links.js';
import { registerReportedEvents } from '../events/event-sync.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, forbidden, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { entryAbilities } from '../policies/reports.js';
import type { EntryContent } from './report-content.js';
import { createTasks, entryContent, findEntry, insertEvent, insertPeriod, saveContent, setEntryState, type EntryRow } from './reports.repository.js';

export interface PeriodRequest {
  planId: string;
  kind: 'year' | 'half_year';
  year: number;
  half?: 1 | 2 | undefined;
  dueOn: string;
}

function spanOf(request: PeriodRequest) {
  if (request.kind === 'year') return { startsOn: `${request.year}-01-01`, endsOn: `${request.year}-12-31`, half: null };
  if (!request.half) throw new AppError('VALIDATION_FAILED', [{ path: 'half', key: 'period.half_required' }]);
  return request.half === 1
    ? { startsOn: `${request.year}-01-01`, endsOn: `${request.year}-06-30`, half: 1 }
    : { startsOn: `${request.year}-07-01`, endsOn: `${request.year}-12-31`, half: 2 };
}

export async function openPeriod(tx: Tx, meta: RequestMeta, actor: Actor, request: PeriodRequest) {
  const plan = await tx.selectFrom('plans').select('id').where('id', '=', request.planId).executeTakeFirst();
  if (!plan) throw new AppError('VALIDATION_FAILED', [{ path: 'planId', key: 'organisation.unknown' }]);
  const span = spanOf(request);
  const exists = await tx
    .selectFrom('reporting_periods')
    .select('id')
    .where('plan_id', '=', request.planId)
    .where('year', '=', request.year)
    .where((eb) => (span.half === null ? eb('half', 'is', null) : eb('half', '=', span.half)))
    .executeTakeFirst();
  if (exists) throw new AppError('REPORT_PERIOD_EXISTS');
  const id = await insertPeriod(tx, { ...request, ...span, createdBy: actor.userId });
  const tasks = await createTasks(tx, id);
  await recordAudit(tx, meta, { action: 'report_period.create', resource: 'report_period', recordId: id, details: { planId: request.planId, year: request.year, half: span.half, tasks } });
  return id;
}

export async function closePeriod(tx: Tx, meta: RequestMeta, id: string) {
  const result = await tx.updateTable('reporting_periods').set({ status: 'closed', closed_at: new Date() }).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  if (!Number(result.numUpdatedRows)) {
    if (!(await tx.selectFrom('reporting_periods').select('id').where('id', '=', id).executeTakeFirst())) throw notFound();
    throw new AppError('REPORT_PERIOD_CLOSED');
  }
  await recordAudit(tx, meta, { action: 'report_period.close', resource: 'report_period', recordId: id });
}

async function visibleEntry(tx: Tx, actor: Actor, id: string): Promise<EntryRow> {
  const entry = await findEntry(tx, actor, id);
  if (!entry) throw notFound();
  return entry;
}

function whyNot(entry: EntryRow, actor: Actor): AppError {
  if (entry.period_status !== 'open') return new AppError('REPORT_PERIOD_CLOSED');
  if (entry.organisation_id !== actor.organisationId) return forbidden();
  return new AppError('REPORT_LOCKED');
}

/** Thrown with the version now stored, so the writer sees both and nothing is overwritten. */
export class EntryConflict extends AppError {
  constructor(readonly entryId: string) {
    super('REPORT_CONFLICT');
  }
}

export async function saveEntry(tx: Tx, meta: RequestMeta, actor: Actor, id: string, revision: number, content: EntryContent) {
  const entry = await visibleEntry(tx, actor, id);
  if (!entryAbilities(actor, entry).edit) throw whyNot(entry, actor);
  await checkEventLinks(tx, { id, organisationId: entry.organisation_id }, content.activities);
  if (!(await saveContent(tx, id, revision, content, actor.userId))) throw new EntryConflict(id);
  await recordAudit(tx, meta, { action: 'report_entry.update', resource: 'report_entry', recordId: id, details: { revision: revision + 1 } });
}

/** "Late" is judged by the Baku calendar day of the due date. */
const isLate = (dueOn: string) => bakuToday() > dueOn;

export async function submitEntry(tx: Tx, meta: RequestMeta, actor: Actor, id: string) {
  const entry = await visibleEntry(tx, actor, id);
  if (!entryAbilities(actor, entry).submit) throw whyNot(entry, actor);
  const late = isLate(entry.due_on);
  await setEntryState(tx, id, 'submitted', { submitted: { late } });
  await insertEvent(tx, id, 'submitted', entry.submitted_version + 1, actor.userId, await entryContent(tx, id), null);
  await recordAudit(tx, meta, { action: 'report_entry.submit', resource: 'report_entry', recordId: id, details: { version: entry.submitted_version + 1, late } });
}

export async function reviewEntry(tx: Tx, meta: RequestMeta, actor: Actor, id: string, decision: 'accept' | 'return', comment: string | null) {
  const entry = await visibleEntry(tx, actor, id);
  if (!entryAbilities(actor, entry).review) throw entry.period_status === 'open' ? new AppError('CONFLICT') : new AppError('REPORT_PERIOD_CLOSED');
  if (decision === 'return' && !comment) throw new AppError('VALIDATION_FAILED', [{ path: 'comment', key: 'review.comment_required' }]);
  const state = decision === 'accept' ? 'accepted' : 'returned';
  await setEntryState(tx, id, state);
  await insertEvent(tx, id, state, entry.submitted_version, actor.userId, null, comment);
  if (decision === 'accept') await registerReportedEvents(tx, meta, id);
  if (decision === 'return') await notifyReportWriters(tx, entry.organisation_id, 'entry_returned', { entryId: id, measure: entry.measure_code, periodId: entry.period_id });
  await recordAudit(tx, meta, { action: `report_entry.${decision}`, resource: 'report_entry', recordId: id, details: { version: entry.submitted_version } });
}

export async function reopenEntry(tx: Tx, meta: RequestMeta, actor: Actor, id: string, comment: string) {
  const entry = await visibleEntry(tx, actor, id);
  if (!entryAbilities(actor, entry).reopen) throw entry.period_status === 'open' ? new AppError('CONFLICT') : new AppError('REPORT_PERIOD_CLOSED');
  await setEntryState(tx, id, 'returned');
  await insertEvent(tx, id, 'reopened', entry.submitted_version, actor.userId, null, comment);
  await recordAudit(tx, meta, { action: 'report_entry.reopen', resource: 'report_entry', recordId: id, details: { version: entry.submitted_version } });
}
