import { sql } from 'kysely';
import { periodText } from '../../../../common/src/plan-format.js';
import type { Tx } from '../../db/database.js';
import { participantsOf } from '../../plans/plans.repository.js';
import { periodOf } from '../../plans/plans.presenter.js';
import { executorsCell, type ExportParticipant } from '../../plans/export/export.repository.js';
import type { Activity, EntryContent, Figure } from '../report-content.js';
import { computeTotals, type Totals } from './totals.js';
import { periodRows } from '../reports.repository.js';

/** How the plans write "on a regular basis". */
const ONGOING = 'mütəmadi';

export interface ConsolidatedEntry {
  organisationName: string;
  organisationShortName: string | null;
  role: 'executor' | 'involved' | 'recommended';
  status: EntryContent['status'];
  narrative: string;
  activities: Activity[];
  figures: Figure[];
}

export interface ConsolidatedMeasure {
  code: string;
  text: string;
  periodText: string;
  /** The executing bodies as the plan writes them. */
  executors: string;
  entries: ConsolidatedEntry[];
}

export interface ConsolidatedReport {
  period: { id: string; kind: 'year' | 'half_year'; year: number; half: number | null; startsOn: string; endsOn: string; status: 'open' | 'closed' };
  plan: { id: string; title: string };
  sections: { code: string; title: string; measures: ConsolidatedMeasure[] }[];
  totals: Totals;
  /** Bodies with tasks in the period none of which was submitted or accepted. */
  unreported: { name: string; shortName: string | null }[];
}

/** The period alone, to decide access before anything is loaded; null when it does not exist. */
export function findPeriodStatus(tx: Tx, periodId: string) {
  return tx.selectFrom('reporting_periods').select(['id', 'status']).where('id', '=', periodId).executeTakeFirst();
}

/** A period's accepted reports in reading order (section, measure, body), their totals and who did not report. */
export async function loadConsolidatedReport(tx: Tx, periodId: string): Promise<ConsolidatedReport | null> {
  const period = await periodRows(tx).where('reporting_periods.id', '=', periodId).executeTakeFirst();
  if (!period) return null;

  const [sections, measures, entries, unreported] = await Promise.all([
    tx.selectFrom('plan_sections').select(['id', 'code', 'title']).where('plan_id', '=', period.plan_id).orderBy('position').execute(),
    tx
      .selectFrom('measures')
      .select(['id', 'section_id', 'code', 'text', 'period_kind', 'period_text', 'period_from', 'period_to'])
      .where('plan_id', '=', period.plan_id)
      .orderBy('position')
      .execute(),
    tx
      .selectFrom('report_entries')
      .innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
      .select([
        'report_entries.measure_id',
        'report_entries.role',
        'report_entries.status',
        'report_entries.narrative',
        'report_entries.activities',
        'report_entries.figures',
        'organisations.name_az',
        'organisations.short_name',
      ])
      .where('report_entries.period_id', '=', periodId)
      .where('report_entries.state', '=', 'accepted')
      .orderBy(sql`az_sort_key(organisations.name_az) collate "C"`)
      .execute(),
    tx
      .selectFrom('report_entries')
      .innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
      .select(['organisations.name_az', 'organisations.short_name'])
      .where('report_entries.period_id', '=', periodId)
      .groupBy(['organisations.id', 'organisations.name_az', 'organisations.short_name'])
      .having(sql<boolean>`bool_and(report_entries.state not in ('submitted', 'accepted'))`)
      .orderBy(sql`az_sort_key(organisations.name_az) collate "C"`)
      .execute(),
  ]);

  const participants = await participantsOf(
    tx,
    measures.map((m) => m.id),
  );
  const participantsByMeasure = groupBy(participants, (p) => p.measure_id);
  const entriesByMeasure = groupBy(
    entries.map((e) => ({
      measureId: e.measure_id,
      organisationName: e.name_az,
      organisationShortName: e.short_name,
      role: e.role,
      status: e.status,
      narrative: e.narrative,
      activities: e.activities as Activity[],
      figures: e.figures as Figure[],
    })),
    (e) => e.measureId,
  );

  return {
    period: { id: period.id, kind: period.kind, year: period.year, half: period.half, startsOn: period.starts_on, endsOn: period.ends_on, status: period.status },
    plan: { id: period.plan_id, title: period.plan_title },
    sections: sections.map((section) => ({
      code: section.code,
      title: section.title,
      measures: measures
        .filter((m) => m.section_id === section.id)
        .map((m) => ({
          code: m.code,
          text: m.text,
          periodText: periodText(periodOf(m), ONGOING),
          executors: executorsCell((participantsByMeasure.get(m.id) ?? []).map((p): ExportParticipant => ({ role: p.role, name: p.name, organisationName: p.name_az, organisationShortName: p.short_name }))),
          entries: (entriesByMeasure.get(m.id) ?? []).map(({ measureId: _, ...entry }) => entry),
        })),
    })),
    totals: computeTotals(entries.map((e) => ({ activities: e.activities as Activity[], figures: e.figures as Figure[] }))),
    unreported: unreported.map((o) => ({ name: o.name_az, shortName: o.short_name })),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
