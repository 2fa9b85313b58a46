/**
 * Fills a database with synthetic data at national scale, deterministically: the same seed and
 * scale give the same records (names, dates, counts) on any database. Stages run in order, each
 * in chunks; a chunk and its progress commit together, so a stopped run resumes where it stopped.
 *
 *   base      real organisations, demo accounts (DEMO_DATA), the real plan, plans before and after it
 *   users     users for every body, several roles each
 *   reports   ten years of reporting periods with entries, activities, figures, needs, reviews
 *   cases     ~200 000 cases at scale 1 with persons, victim contexts, referrals, proceedings, duplicates
 *   activity  logins, searches and exports over the ten years
 *   audit     the audit trail of all of it, in time order (over a million entries at scale 1)
 *
 * Hotline contacts and shelter placements are not generated yet; see cases.ts for where they go.
 */
import { sql } from 'kysely';
import { syntheticPersons } from '../../../common/src/names/synthetic.js';
import { hashPassword } from '../auth/passwords.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import type { Database, Tx } from '../db/database.js';
import { DEMO_PASSWORD } from '../seed/seed.js';
import { monthActivity, months } from './activity.js';
import { auditOf, dropPendingAudit, drainAudit, orderPendingAudit, stageAudit } from './audit.js';
import { clonePlan, planShifts, planSpans, realPlan, seedBase } from './base.js';
import { CaseRows, firstRegistrations, planCase, writeCaseRows, type CaseRun } from './cases.js';
import { claimRun, ensureProgressTables, finishRun, formatCount, formatDuration, markChunk, ProgressLine, stageFinished, stageProgress, type RunSettings } from './progress.js';
import { rngFor, workingMoment } from './random.js';
import { reportingPeriods, writePeriod } from './reports.js';
import { buildRoster, loadOrganisations, Roster } from './users.js';

export const STAGES = ['base', 'users', 'reports', 'cases', 'activity', 'audit'] as const;
export type StageName = (typeof STAGES)[number];

/** Cases at scale 1. */
export const CASES_AT_SCALE_1 = 200_000;
const CASE_CHUNK = 1000;
const AUDIT_CHUNK = 1000;

export interface SyntheticOptions {
  scale: number;
  seed: number;
  /** The last day of the ten years (default: today in Baku). Kept from the first run when resuming. */
  today?: string;
  /** Years of history, ten unless a smoke run wants fewer. */
  years?: number;
  /** Whether the demo accounts are created, as on a first start (DEMO_DATA). */
  demo?: boolean;
  /** Progress lines; null for none. */
  log?: ((line: string) => void) | null;
  /** Asked after every chunk: true stops the run there (Ctrl-C). */
  shouldStop?: () => boolean;
  /** Stops after this many chunks of this stage (all of them when `chunks` is not given): an interruption, for tests. */
  stopAfter?: { stage: StageName; chunks?: number };
}

export interface SyntheticResult {
  completed: boolean;
  settings: RunSettings;
  resumed: boolean;
  /** Where it stopped, when it did not complete. */
  stoppedIn?: StageName;
}

interface Stage {
  name: StageName;
  chunks: () => Promise<number> | number;
  run: (tx: Tx, chunk: number) => Promise<number>;
  after?: () => Promise<void>;
}

export function tenYears(today: string, count = 10): number[] {
  const last = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => last - count + 1 + i);
}

export async function seedSynthetic(ctx: { db: Database; vault: IdentityVault }, options: SyntheticOptions): Promise<SyntheticResult> {
  const { db, vault } = ctx;
  const log = options.log === undefined ? (line: string) => console.log(line) : options.log;
  if (!(options.scale > 0) || options.scale > 100) throw new Error('The scale must be above 0 and at most 100');
  await ensureProgressTables(db);
  const today = options.today ?? new Date(Date.now() + 4 * 3_600_000).toISOString().slice(0, 10);
  const { settings, resumed } = await claimRun(db, { seed: options.seed, scale: options.scale, today });
  const { seed, scale } = settings;
  const years = tenYears(settings.today, options.years);
  const caseCount = Math.max(1, Math.round(CASES_AT_SCALE_1 * scale));
  log?.(`${resumed ? 'Resuming' : 'Writing'} synthetic data: seed ${seed}, scale ${scale} (${formatCount(caseCount)} cases, ${years[0]}–${years.at(-1)})`);

  // Known once the base is there: organisations and the roster.
  let roster: Roster | undefined;
  const rosterOf = async () => (roster ??= await (async () => {
    const organisations = await loadOrganisations(db.owner);
    return new Roster(buildRoster(seed, organisations), organisations);
  })());
  let caseRun: CaseRun | undefined;
  const caseRunOf = async () => {
    if (caseRun) return caseRun;
    const started = Date.now();
    const persons = syntheticPersons({ seed, count: caseCount, duplicateShare: 0.12 });
    log?.(`          ${formatCount(caseCount)} synthetic persons named in ${formatDuration((Date.now() - started) / 1000)}`);
    return (caseRun = { seed, today: settings.today, startDay: `${years[0]}-01-01`, persons, firstOf: firstRegistrations(persons), roster: await rosterOf(), vault });
  };
  const periods = reportingPeriods(years, settings.today);
  const monthList = months(years, settings.today);

  const stages: Stage[] = [
    {
      name: 'base',
      chunks: () => 1,
      run: async (tx) => {
        const real = await realPlan(tx);
        const from = Number(String(real.period_from ?? `${years[0]}`).slice(0, 4));
        const to = Number(String(real.period_to ?? `${years.at(-1)}`).slice(0, 4));
        for (const shift of planShifts(from, to, years)) await clonePlan(tx, seed, shift);
        return 1;
      },
    },
    {
      name: 'users',
      chunks: () => 1,
      run: async (tx) => {
        const { users } = await rosterOf();
        const hash = await hashPassword(DEMO_PASSWORD);
        const rng = rngFor(seed, 'users');
        const values = users.map((u) => ({
          id: u.id, login: u.login, full_name: u.fullName, email: null, organisation_id: u.organisationId, role: u.role, locale: 'az',
          password_hash: hash, must_change_password: false, created_at: workingMoment(rng, `${years[0]}-01-${String(10 + rng.int(10))}`),
        }));
        await tx.insertInto('users').values(values).execute();
        const admin = users.find((u) => u.role === 'admin') ?? null;
        await stageAudit(tx, values.map((v) => auditOf(rng, admin, v.created_at, 'user.create', 'user', v.id, { login: v.login, role: v.role, source: 'synthetic' })));
        return values.length;
      },
    },
    {
      name: 'reports',
      chunks: () => periods.length,
      run: async (tx, chunk) => {
        const { rows, audit } = await writePeriod(tx, seed, settings.today, periods[chunk]!, await planSpans(tx), await rosterOf());
        await stageAudit(tx, audit);
        return rows + audit.length;
      },
    },
    {
      name: 'cases',
      chunks: () => Math.ceil(caseCount / CASE_CHUNK),
      run: async (tx, chunk) => {
        const run = await caseRunOf();
        const rows = new CaseRows();
        for (let i = chunk * CASE_CHUNK; i < Math.min(caseCount, (chunk + 1) * CASE_CHUNK); i += 1) planCase(run, i, rows);
        const audit = await writeCaseRows(tx, rows);
        await stageAudit(tx, audit);
        return rows.count;
      },
      after: async () => {
        caseRun = undefined; // the persons are not needed any more
      },
    },
    {
      name: 'activity',
      chunks: () => monthList.length,
      run: async (tx, chunk) => {
        const entries = monthActivity(seed, scale, monthList[chunk]!, settings.today, (await rosterOf()).users);
        await stageAudit(tx, entries);
        return entries.length;
      },
    },
    {
      name: 'audit',
      chunks: async () => Math.max(1, Math.ceil((await orderPendingAudit(db)) / AUDIT_CHUNK)),
      run: (tx, chunk) => drainAudit(tx, chunk * AUDIT_CHUNK, (chunk + 1) * AUDIT_CHUNK),
      after: () => dropPendingAudit(db),
    },
  ];

  for (const stage of stages) {
    if (stage.name === 'base') await seedBase(db, options.demo ?? true);
    if (await stageFinished(db, stage.name)) continue;
    // Read before the stage's transactions: the embedded database has one connection, which a chunk holds.
    if (stage.name !== 'base') await rosterOf();
    if (stage.name === 'cases') await caseRunOf();
    const total = await stage.chunks();
    const { done, rows: rowsBefore } = await stageProgress(db, stage.name, total);
    if (done >= total) continue;
    const line = new ProgressLine(stage.name, total, done, log);
    let rows = rowsBefore;
    for (let chunk = done; chunk < total; chunk += 1) {
      rows += await db.owner.transaction().execute(async (tx) => {
        const written = await stage.run(tx, chunk);
        await markChunk(tx, stage.name, chunk, written);
        return written;
      });
      line.update(chunk, rows - rowsBefore, chunk === total - 1);
      const stopHere = options.stopAfter?.stage === stage.name && options.stopAfter.chunks !== undefined && chunk + 1 >= options.stopAfter.chunks;
      if ((options.shouldStop?.() || stopHere) && chunk + 1 < total) {
        log?.(`\nStopped in ${stage.name} after chunk ${chunk + 1} of ${total}; run the same command again to continue.`);
        return { completed: false, settings, resumed, stoppedIn: stage.name };
      }
    }
    await stage.after?.();
    if (options.stopAfter?.stage === stage.name || options.shouldStop?.()) {
      const next = STAGES[STAGES.indexOf(stage.name) + 1];
      if (next) return { completed: false, settings, resumed, stoppedIn: next };
    }
  }
  // Statistics for the planner: the tables have grown from nothing.
  await sql`analyze`.execute(db.owner);
  await finishRun(db);
  return { completed: true, settings, resumed };
}

/** Rows in the main tables: what a run wrote, for a summary and for the tests. */
export async function syntheticCounts(db: Database): Promise<Record<string, number>> {
  const tables = ['organisations', 'users', 'plans', 'measures', 'reporting_periods', 'report_entries', 'report_entry_events', 'cases', 'persons', 'person_keys', 'victim_contexts',
    'victim_status_history', 'trafficking_events', 'case_consents', 'case_notes', 'case_assessments', 'case_referrals', 'perpetrators', 'proceedings', 'person_merges', 'duplicate_candidates', 'audit_log'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)}`.execute(db.owner);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}
