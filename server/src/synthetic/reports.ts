/**
 * Ten years of reporting: for every year a half-year and a yearly period of the plan then in
 * force, each with the task list the application makes (`createTasks`), and each entry's history —
 * saves, submission (late or not), the secretariat's acceptance or return, resubmission — with its
 * content (narrative, activities, figures, needs) and the events and snapshots the workflow keeps.
 * Periods whose due date is well past are closed; the current ones are open, their entries still
 * being written.
 */
import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import { createTasks } from '../reports/reports.repository.js';
import { entryContentSchema, type EntryContent } from '../reports/report-content.js';
import { auditOf, type PendingAudit } from './audit.js';
import type { PlanSpan } from './base.js';
import { activity, figure, narrative, need } from './content.js';
import { addDays, idFor, minDay, rngFor, workingMoment, type Rng } from './random.js';
import type { Roster, SyntheticUser } from './users.js';

export interface Period {
  year: number;
  kind: 'year' | 'half_year';
  half: 1 | null;
  startsOn: string;
  endsOn: string;
  dueOn: string;
  closed: boolean;
}

/** Every year of the ten: the first half (due 31 July) and the whole year (due 31 January after). */
export function reportingPeriods(years: readonly number[], today: string): Period[] {
  const periods: Period[] = [];
  for (const year of years) {
    for (const half of [1, null] as const) {
      const endsOn = half ? `${year}-06-30` : `${year}-12-31`;
      const dueOn = half ? `${year}-07-31` : `${year + 1}-01-31`;
      // A period is closed some three months after its due date.
      periods.push({ year, kind: half ? 'half_year' : 'year', half, startsOn: `${year}-01-01`, endsOn, dueOn, closed: addDays(dueOn, 90) < today });
    }
  }
  return periods;
}

/** The day a period is opened: two months before it ends (never after today). */
const openedOn = (period: Period, today: string) => minDay(addDays(period.endsOn, -60), addDays(today, -7));

interface EntryPlan {
  id: string;
  state: 'draft' | 'submitted' | 'accepted' | 'returned';
  content: EntryContent;
  revision: number;
  submittedVersion: number;
  submittedAt: Date | null;
  late: boolean;
  updatedBy: string | null;
  updatedAt: Date;
  events: { kind: 'submitted' | 'accepted' | 'returned'; version: number; snapshot: EntryContent | null; comment: string | null; by: string; at: Date }[];
  audit: PendingAudit[];
}

const bakuDay = (at: Date) => new Date(at.getTime() + 4 * 3_600_000).toISOString().slice(0, 10);

function content(rng: Rng, period: Period, finished: boolean): EntryContent {
  const status = finished ? rng.weighted({ done: 0.55, in_progress: 0.2, continuing: 0.2, not_started: 0.05 }) : rng.weighted({ not_started: 0.4, in_progress: 0.6 });
  if (status === 'not_started') return { status, narrative: '', activities: [], figures: [], needs: [] };
  const activities = Array.from({ length: rng.int(finished ? 6 : 3) }, () => activity(rng, period.startsOn, period.endsOn));
  return entryContentSchema.parse({
    status,
    narrative: narrative(rng),
    activities,
    figures: Array.from({ length: rng.int(4) }, () => figure(rng)),
    needs: rng.chance(0.3) ? Array.from({ length: 1 + rng.int(2) }, () => need(rng)) : [],
  });
}

/** One entry's history, from the first save to the last review, never beyond today. */
function planEntry(rng: Rng, entryId: string, period: Period, today: string, writers: SyntheticUser[], head: SyntheticUser | undefined, reviewers: SyntheticUser[]): EntryPlan {
  const writer = writers.length ? rng.pick(writers) : null;
  const submitter = head ?? writer;
  const reviewer = rng.pick(reviewers);
  const cap = (day: string) => minDay(day, today);
  const plan: EntryPlan = { id: entryId, state: 'draft', content: { status: 'not_started', narrative: '', activities: [], figures: [], needs: [] }, revision: 0, submittedVersion: 0, submittedAt: null, late: false, updatedBy: null, updatedAt: workingMoment(rng, openedOn(period, today)), events: [], audit: [] };
  const outcome = period.closed
    ? rng.weighted({ never: 0.05, accepted: 0.8, returned_then_accepted: 0.1, returned: 0.03, submitted: 0.02 })
    : rng.weighted({ never: 0.55, drafting: 0.12, submitted: 0.2, accepted: 0.08, returned: 0.05 });
  if (!writer || !submitter) return plan;
  let day = cap(addDays(period.endsOn, -20 + rng.int(30)));
  const save = (finished: boolean) => {
    plan.content = content(rng, period, finished);
    plan.revision += 1;
    plan.updatedBy = writer.id;
    plan.updatedAt = workingMoment(rng, day);
    plan.audit.push(auditOf(rng, writer, plan.updatedAt, 'report_entry.update', 'report_entry', entryId, { revision: plan.revision }));
    day = cap(addDays(day, rng.int(4)));
  };
  const submit = () => {
    day = cap(addDays(period.dueOn, rng.chance(0.15) ? 1 + rng.int(40) : -rng.int(20)));
    const at = workingMoment(rng, day);
    plan.state = 'submitted';
    plan.submittedVersion += 1;
    plan.revision += 1;
    plan.submittedAt = at;
    plan.late = bakuDay(at) > period.dueOn;
    plan.updatedAt = at;
    plan.events.push({ kind: 'submitted', version: plan.submittedVersion, snapshot: plan.content, comment: null, by: submitter.id, at });
    plan.audit.push(auditOf(rng, submitter, at, 'report_entry.submit', 'report_entry', entryId, { version: plan.submittedVersion, late: plan.late }));
  };
  const review = (decision: 'accept' | 'return') => {
    day = cap(addDays(day, 3 + rng.int(25)));
    const at = workingMoment(rng, day);
    plan.state = decision === 'accept' ? 'accepted' : 'returned';
    plan.revision += 1;
    plan.updatedAt = at;
    const comment = decision === 'return' ? 'Görülmüş işlər barədə rəqəmlər əlavə edilsin.' : null;
    plan.events.push({ kind: decision === 'accept' ? 'accepted' : 'returned', version: plan.submittedVersion, snapshot: null, comment, by: reviewer.id, at });
    plan.audit.push(auditOf(rng, reviewer, at, `report_entry.${decision}`, 'report_entry', entryId, { version: plan.submittedVersion }));
    // Accepted activities become events of the register here once that register is filled by the generator.
  };
  if (outcome === 'never') return plan;
  const saves = 1 + rng.int(3);
  for (let i = 0; i < saves; i += 1) save(outcome !== 'drafting' && i === saves - 1);
  if (outcome === 'drafting') return plan;
  submit();
  if (outcome === 'submitted') return plan;
  if (outcome === 'accepted') return review('accept'), plan;
  review('return');
  if (outcome === 'returned') return plan;
  save(true);
  submit();
  review('accept');
  return plan;
}

/** Writes one period with its entries; returns the rows written and the audit entries they leave. */
export async function writePeriod(tx: Tx, seed: number, today: string, period: Period, plans: readonly PlanSpan[], roster: Roster): Promise<{ rows: number; audit: PendingAudit[] }> {
  const plan = plans.find((p) => p.from <= period.year && period.year <= p.to);
  if (!plan) throw new Error(`No plan covers ${period.year}`);
  const rng = rngFor(seed, 'period', period.year, period.kind);
  const secretariat = roster.of('national_coordinator', 'secretariat');
  const opener = rng.pick(secretariat);
  const periodId = idFor(seed, 'period', period.year, period.kind);
  const createdAt = workingMoment(rng, openedOn(period, today));
  const closedAt = period.closed ? workingMoment(rng, addDays(period.dueOn, 90)) : null;
  await tx.insertInto('reporting_periods').values({
    id: periodId, plan_id: plan.id, kind: period.kind, year: period.year, half: period.half, starts_on: period.startsOn, ends_on: period.endsOn, due_on: period.dueOn,
    status: period.closed ? 'closed' : 'open', created_by: opener.id, created_at: createdAt, closed_at: closedAt,
  }).execute();
  const tasks = await createTasks(tx, periodId);
  const audit: PendingAudit[] = [auditOf(rng, opener, createdAt, 'report_period.create', 'report_period', periodId, { planId: plan.id, year: period.year, half: period.half, tasks })];

  const entries = await tx
    .selectFrom('report_entries')
    .innerJoin('measures', 'measures.id', 'report_entries.measure_id')
    .innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
    .select(['report_entries.id', 'report_entries.organisation_id', 'measures.code', 'organisations.key'])
    .where('report_entries.period_id', '=', periodId)
    .orderBy('measures.position')
    .orderBy('organisations.key')
    .execute();
  const plansOfEntries = entries.map((entry) => {
    const writers = roster.writers(entry.organisation_id);
    const head = writers.find((u) => u.role === 'agency_head');
    return planEntry(rngFor(seed, 'entry', period.year, period.kind, entry.code, entry.key ?? entry.organisation_id), entry.id, period, today, writers.filter((u) => u.role !== 'agency_head'), head, secretariat);
  });
  const changed = plansOfEntries.filter((p) => p.revision > 0);
  if (changed.length) {
    const values = changed.map((p) => ({
      id: p.id, state: p.state, status: p.content.status, narrative: p.content.narrative, activities: p.content.activities, figures: p.content.figures, needs: p.content.needs,
      revision: p.revision, submitted_version: p.submittedVersion, submitted_at: p.submittedAt?.toISOString() ?? null, late: p.late, updated_by: p.updatedBy, updated_at: p.updatedAt.toISOString(),
    }));
    await sql`update report_entries e set state = v.state, status = v.status, narrative = v.narrative, activities = v.activities, figures = v.figures, needs = v.needs,
        revision = v.revision, submitted_version = v.submitted_version, submitted_at = v.submitted_at, late = v.late, updated_by = v.updated_by, updated_at = v.updated_at
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id uuid, state text, status text, narrative text, activities jsonb, figures jsonb, needs jsonb,
        revision integer, submitted_version integer, submitted_at timestamptz, late boolean, updated_by uuid, updated_at timestamptz)
      where e.id = v.id`.execute(tx);
  }
  const events = plansOfEntries.flatMap((p) => p.events.map((e, i) => ({
    id: idFor(seed, 'entry-event', p.id, i), entry_id: p.id, kind: e.kind, version: e.version, snapshot: JSON.stringify(e.snapshot), comment: e.comment, by_user: e.by, at: e.at,
  })));
  for (let i = 0; i < events.length; i += 2000) await tx.insertInto('report_entry_events').values(events.slice(i, i + 2000)).execute();
  for (const p of plansOfEntries) audit.push(...p.audit);
  if (closedAt) audit.push(auditOf(rng, opener, closedAt, 'report_period.close', 'report_period', periodId));
  return { rows: 1 + entries.length + events.length, audit };
}
