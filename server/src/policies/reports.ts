import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.js';
import { anyOf, can, definePolicy, hasRole, type Actor } from './policy.js';

export const seesAllReports = hasRole('national_coordinator', 'secretariat');
const readsClosedReports = hasRole('oversight_reader');

/**
 * Reporting: each body writes and sees its own entries; the Coordinator and the secretariat see
 * all and review; oversight bodies read what was accepted in closed periods.
 */
export const reportsPolicy = definePolicy('reports', {
  listPeriods: can('reports.read'),
  readPeriod: can('reports.read'),
  openPeriod: can('reports.manage'),
  closePeriod: can('reports.manage'),
  listEntries: can('reports.read'),
  readEntry: can('reports.read'),
  editEntry: can('reports.write'),
  submitEntry: can('reports.submit'),
  reviewEntry: can('reports.review'),
  importReport: can('reports.write'),
  /** The consolidated report holds every body's accepted accounts; see `mayDownloadReport` for the period rule. */
  downloadReport: anyOf(seesAllReports, readsClosedReports),
  viewDashboard: can('reports.review'),
});

/** Oversight bodies may have a period's consolidated report once the period is closed. */
export function mayDownloadReport(actor: Actor, period: { status: string }): boolean {
  return seesAllReports(actor) || (readsClosedReports(actor) && period.status === 'closed');
}

type EntryScope = ExpressionBuilder<DB, 'report_entries' | 'reporting_periods'>;

/** The one row rule for report entries: lists, single reads and writes all go through it. */
export function visibleEntries(actor: Actor) {
  return (eb: EntryScope): Expression<SqlBool> => {
    if (seesAllReports(actor)) return sql<SqlBool>`true`;
    if (readsClosedReports(actor)) return eb.and([eb('report_entries.state', '=', 'accepted'), eb('reporting_periods.status', '=', 'closed')]);
    return eb('report_entries.organisation_id', '=', actor.organisationId);
  };
}

/** What this actor may do with one visible entry, in its current state. */
export function entryAbilities(actor: Actor, entry: { state: string; organisation_id: string; period_status: string }) {
  const own = entry.organisation_id === actor.organisationId;
  const open = entry.period_status === 'open';
  const editable = open && own && (entry.state === 'draft' || entry.state === 'returned');
  return {
    edit: editable && reportsPolicy.actions.editEntry(actor),
    submit: editable && reportsPolicy.actions.submitEntry(actor),
    review: open && entry.state === 'submitted' && reportsPolicy.actions.reviewEntry(actor),
    reopen: open && entry.state === 'accepted' && reportsPolicy.actions.reviewEntry(actor),
  };
}
