/**
 * Database: each dashboard, statistics and case-list query as the application runs it (its own
 * transaction, the actor set, row-level security) against the plain SQL aggregate it is built on
 * (the same rows counted by the owner, no rules); and every query the application sent, EXPLAINed,
 * with the sequential scans of large tables listed.
 */
import { CompiledQuery, createQueryId, sql, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { inTransaction, type Tx } from '../server/src/db/database.js';
import type { Actor } from '../server/src/policies/policy.js';
import { countsByOrganisation, countsBySection, endedWithoutDone, heatmapCells, largestNeeds, lateOrganisations, totals } from '../server/src/reports/dashboard/dashboard.repository.js';
import { listCases } from '../server/src/cases/cases.repository.js';
import { caseFacts, proceedingFacts } from '../server/src/statistics/facts.js';
import { readCaseStatistics, readProceedingStatistics } from '../server/src/statistics/statistics.service.js';
import type { Dataset } from './lib/dataset.js';
import { paired, type Figure } from './lib/measure.js';

/** Collects the queries run through a transaction, to EXPLAIN them afterwards. */
class Capture implements KyselyPlugin {
  nodes: RootOperationNode[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.nodes.push(args.node);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

export interface SeqScan {
  query: string;
  relation: string;
  rows: number;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScans(plan: PlanNode, out: string[] = []): string[] {
  if (plan['Node Type'] === 'Seq Scan' && plan['Relation Name']) out.push(plan['Relation Name']);
  for (const child of plan.Plans ?? []) seqScans(child, out);
  return out;
}

async function actorFor(dataset: Dataset, login: string): Promise<Actor> {
  const user = await dataset.ctx.db.owner.selectFrom('users').select(['id', 'login', 'full_name', 'organisation_id', 'role']).where('login', '=', login).executeTakeFirstOrThrow();
  return { userId: user.id, login: user.login, fullName: user.full_name, organisationId: user.organisation_id, role: user.role, mustChangePassword: false, sessionId: 'bench' } as Actor;
}

export async function queryBenchmark(dataset: Dataset, options: { runs: number; log: (line: string) => void }): Promise<{ figures: Figure[]; seqScans: SeqScan[] }> {
  const { db } = dataset.ctx;
  const coordinator = await actorFor(dataset, 'national-coordinator.koordinator01');
  const investigator = await actorFor(dataset, 'iamb.mustentiq01');
  const period = await db.owner.selectFrom('reporting_periods').select(['id', 'year']).where('status', '=', 'open').orderBy('ends_on', 'desc').executeTakeFirstOrThrow();
  const range = { from: Number(period.year) - 9, to: Number(period.year) };
  const owner = (text: ReturnType<typeof sql>) => () => db.owner.transaction().execute((tx) => text.execute(tx));
  const p = period.id;
  const caseJoin = sql`select count(*) from persons p join cases c on c.id = p.case_id left join victim_contexts v on v.case_id = c.id`;

  const queries: { name: string; label: string; actor: Actor; run: (tx: Tx) => Promise<unknown>; reference: ReturnType<typeof sql>; referenceLabel: string; maxRatio: number }[] = [
    { name: 'dashboard-totals', label: 'dashboard: entries by state', actor: coordinator, run: (tx) => totals(tx, coordinator, p), reference: sql`select count(*) from report_entries where period_id = ${p}`, referenceLabel: 'count of the period\'s entries', maxRatio: 20 },
    { name: 'dashboard-organisations', label: 'dashboard: by body', actor: coordinator, run: (tx) => countsByOrganisation(tx, coordinator, p), reference: sql`select organisation_id, count(*) from report_entries where period_id = ${p} group by 1`, referenceLabel: 'count per body', maxRatio: 20 },
    { name: 'dashboard-sections', label: 'dashboard: by section', actor: coordinator, run: (tx) => countsBySection(tx, coordinator, p), reference: sql`select m.section_id, count(*) from report_entries e join measures m on m.id = e.measure_id where e.period_id = ${p} group by 1`, referenceLabel: 'count per section', maxRatio: 20 },
    { name: 'dashboard-heatmap', label: 'dashboard: body × section', actor: coordinator, run: (tx) => heatmapCells(tx, coordinator, p), reference: sql`select e.organisation_id, m.section_id, count(*) from report_entries e join measures m on m.id = e.measure_id where e.period_id = ${p} group by 1, 2`, referenceLabel: 'count per body and section', maxRatio: 20 },
    { name: 'dashboard-ended', label: 'dashboard: measures ended without done', actor: coordinator, run: (tx) => endedWithoutDone(tx, coordinator, p), reference: sql`select count(*) from report_entries e join measures m on m.id = e.measure_id where e.period_id = ${p} and e.status <> 'done'`, referenceLabel: 'count of entries not done', maxRatio: 20 },
    { name: 'dashboard-late', label: 'dashboard: late bodies', actor: coordinator, run: (tx) => lateOrganisations(tx, coordinator, p), reference: sql`select organisation_id, count(*) filter (where late) from report_entries where period_id = ${p} group by 1`, referenceLabel: 'late count per body', maxRatio: 20 },
    { name: 'dashboard-needs', label: 'dashboard: largest needs', actor: coordinator, run: (tx) => largestNeeds(tx, coordinator, p), reference: sql`select count(*) from report_entries e, jsonb_array_elements(e.needs) where e.period_id = ${p}`, referenceLabel: 'count of the period\'s needs', maxRatio: 20 },
    { name: 'statistics-facts', label: 'statistics: de-identified facts, one row per human', actor: coordinator, run: (tx) => caseFacts(tx), reference: caseJoin, referenceLabel: 'count over persons ⋈ cases ⋈ victim contexts', maxRatio: 30 },
    { name: 'statistics-cases', label: 'statistics: victims tables of ten years (facts, breakdowns, suppression)', actor: coordinator, run: (tx) => readCaseStatistics(tx, range, 5), reference: caseJoin, referenceLabel: 'count over persons ⋈ cases ⋈ victim contexts', maxRatio: 50 },
    { name: 'statistics-proceedings', label: 'statistics: proceedings tables of ten years', actor: coordinator, run: (tx) => readProceedingStatistics(tx, range, 5), reference: sql`select count(*) from proceedings pr join cases c on c.id = pr.case_id`, referenceLabel: 'count over proceedings ⋈ cases', maxRatio: 50 },
    { name: 'proceeding-facts', label: 'statistics: proceeding facts', actor: coordinator, run: (tx) => proceedingFacts(tx), reference: sql`select count(*) from proceedings pr join cases c on c.id = pr.case_id`, referenceLabel: 'count over proceedings ⋈ cases', maxRatio: 30 },
    { name: 'case-list', label: 'case list: first page of all cases for the police unit (row-level security)', actor: investigator, run: (tx) => listCases(tx, investigator.organisationId, { page: 1, pageSize: 50 }), reference: caseJoin, referenceLabel: 'count over persons ⋈ cases ⋈ victim contexts', maxRatio: 30 },
  ];

  // Rows of each table, for what counts as large.
  const sizes = new Map((await sql<{ relname: string; n: number }>`select relname, greatest(reltuples, 0)::bigint as n from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace`.execute(db.owner)).rows.map((r) => [r.relname, Number(r.n)]));
  // Tables that grow with the country's use (cases, persons, their keys, entries, the audit log) are past this at any scale the benchmark runs.
  const LARGE = 1000;
  const scans: SeqScan[] = [];
  const explain = async (name: string, text: string, parameters: readonly unknown[], actor: Actor | null) => {
    const run = async (tx: Tx) => (await tx.executeQuery<{ 'QUERY PLAN': unknown }>(CompiledQuery.raw(`explain (format json) ${text}`, [...parameters]))).rows[0]!['QUERY PLAN'];
    const planJson = actor ? await inTransaction(db, actor, run) : await db.owner.transaction().execute(run);
    const plan = (typeof planJson === 'string' ? JSON.parse(planJson) : planJson) as { Plan: PlanNode }[];
    for (const relation of new Set(seqScans(plan[0]!.Plan))) {
      const rows = sizes.get(relation) ?? 0;
      if (rows >= LARGE) scans.push({ query: name, relation, rows });
    }
  };

  const figures: Figure[] = [];
  for (const query of queries) {
    const result = await paired(options.runs, () => inTransaction(db, query.actor, query.run), owner(query.reference));
    figures.push({
      id: `db/${query.name}`, label: query.label, database: dataset.kind, value: result.ms, unit: 'ms',
      reference: { label: query.referenceLabel, value: result.referenceMs, unit: 'ms' }, ratio: result.ratio, ratioMeaning: 'time ÷ plain aggregate time',
      target: { max: query.maxRatio, on: 'ratio' }, extra: { runs: result.runs },
    });
    const capture = new Capture();
    await inTransaction(db, query.actor, (tx) => query.run(tx.withPlugin(capture)));
    for (const node of capture.nodes) {
      const compiled = db.app.getExecutor().compileQuery(node, createQueryId());
      if (/^\s*select set_config/i.test(compiled.sql)) continue;
      await explain(query.name, compiled.sql, compiled.parameters, query.actor);
    }
  }
  // The statistics functions run with their owner's rights: their bodies, as the owner.
  for (const fn of ['case_statistics_facts', 'proceeding_statistics_facts']) {
    const body = (await sql<{ prosrc: string }>`select prosrc from pg_proc where proname = ${fn}`.execute(db.owner)).rows[0]?.prosrc;
    if (body) await explain(`${fn}()`, body, [], null);
  }
  const unique = [...new Map(scans.map((s) => [`${s.query}/${s.relation}`, s])).values()];
  for (const scan of unique) options.log(`  sequential scan: ${scan.query} reads ${scan.relation} (${scan.rows.toLocaleString('en')} rows)`);
  return { figures, seqScans: unique };
}
