/**
 * HTTP: the main authenticated reads and writes under 1, 16 and 64 concurrent clients, each
 * against a bare Fastify route served by the same process in the same run. The result is the
 * throughput ratio (the endpoint's successful responses per second ÷ the bare route's), with
 * p50/p95/p99 latency of both.
 */
import Fastify from 'fastify';
import { sql } from 'kysely';
import type { AddressInfo } from 'node:net';
import { syntheticPersons } from '../common/src/names/synthetic.js';
import { buildApp } from '../server/src/app.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../server/src/auth/session-cookie.js';
import { makeSession } from '../server/src/test/factories.js';
import type { Dataset } from './lib/dataset.js';
import { runLoad, type LoadResult, type Scenario } from './lib/load.js';
import type { Figure } from './lib/measure.js';

export interface HttpOptions {
  levels: number[];
  durationMs: number;
  /** Requests per client instead of a duration (a smoke run). */
  perClient?: number;
  log: (line: string) => void;
}

const CSRF = 'bench-csrf-token';

async function headersFor(dataset: Dataset, login: string): Promise<Record<string, string>> {
  const user = await dataset.ctx.db.owner.selectFrom('users').select('id').where('login', '=', login).executeTakeFirstOrThrow();
  const token = await makeSession(dataset.ctx.db, user.id);
  return { cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${CSRF}`, [CSRF_HEADER]: CSRF };
}

interface Target {
  name: string;
  label: string;
  scenario: () => Promise<Scenario>;
  /**
   * Least throughput ratio held to at 16 clients: about a third of what the first runs measured on
   * both databases (docs/performance.md), so that a real slowdown shows through the machine's noise.
   */
  minRatio: number;
}

export async function httpBenchmark(dataset: Dataset, options: HttpOptions): Promise<Figure[]> {
  const { db } = dataset.ctx;
  const owner = db.owner;
  const { app } = await buildApp(dataset.ctx);
  // Requests still being served: a load that ends leaves some behind, and the next load must not meet them.
  let inFlight = 0;
  app.addHook('onRequest', async () => void (inFlight += 1));
  app.addHook('onResponse', async () => void (inFlight -= 1));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ ok: true }));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}`;

  try {
    const period = await owner.selectFrom('reporting_periods').select(['id', 'year']).where('status', '=', 'open').orderBy('ends_on', 'desc').executeTakeFirstOrThrow();
    const plan = await owner.selectFrom('plans').select('id').where('title_key', 'not like', '%-sintetik').orderBy('created_at').executeTakeFirstOrThrow();
    // The body with the most entries in the open period: its focal point's task list.
    const busiest = await owner.selectFrom('report_entries').innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
      .select(['organisations.key', sql<number>`count(*)::int`.as('n')]).where('period_id', '=', period.id).groupBy('organisations.key').orderBy('n', 'desc').executeTakeFirstOrThrow();
    const loginOf = (key: string, word: string) => `${key.replaceAll('_', '-')}.${word}01`;
    const coordinator = await headersFor(dataset, loginOf('national_coordinator', 'koordinator'));
    const focal = await headersFor(dataset, loginOf(busiest.key!, 'fokus'));
    const investigator = await headersFor(dataset, loginOf('iamb', 'mustentiq'));
    const hotline = await headersFor(dataset, loginOf('hotline_ngo', 'operator'));
    const lastYear = Number(period.year);

    // Entries the bodies may still edit in the open period, each with its body's writer.
    const editable = await owner.selectFrom('report_entries').innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
      .select(['report_entries.id', 'organisations.key']).where('period_id', '=', period.id).where('state', 'in', ['draft', 'returned']).orderBy('report_entries.id').limit(256).execute();
    const writerHeaders = new Map<string, Record<string, string>>();
    const writers = new Set((await owner.selectFrom('users').select('login').where('role', '=', 'agency_focal_point').execute()).map((u) => u.login));
    for (const { key } of editable) if (!writerHeaders.has(key!) && writers.has(loginOf(key!, 'fokus'))) writerHeaders.set(key!, await headersFor(dataset, loginOf(key!, 'fokus')));
    const content = { status: 'in_progress', narrative: 'Hesabat dövründə **təlimlər** keçirilib.\n\n- seminar\n- görüş', activities: [], figures: [{ label: 'Təlim keçmiş əməkdaşlar', value: 12, unit: 'nəfər' }], needs: [] };
    const entryPool = async () => {
      const revisions = new Map((await owner.selectFrom('report_entries').select(['id', 'revision']).where('id', 'in', editable.map((e) => e.id)).execute()).map((r) => [r.id, r.revision]));
      return editable.filter((e) => writerHeaders.has(e.key!)).map((e) => ({ id: e.id, revision: revisions.get(e.id)!, headers: writerHeaders.get(e.key!)!, content }));
    };
    // New cases with names no one has yet.
    const caseBodies = syntheticPersons({ seed: 4242, count: 3000 }).map((p) => JSON.stringify({
      identificationChannel: 'hotline', firstContactOn: `${lastYear - 1}-06-15`,
      person: { names: [p.fullName], sex: p.sex ?? 'unknown', citizenships: p.citizenships ?? [], estimatedAge: p.birthYear ? Math.max(0, lastYear - 1 - p.birthYear) : null },
      victim: { traffickingStatus: 'potential', exploitation: ['ForcedLabour'] },
    }));

    const targets: Target[] = [
      { name: 'plan-page', label: 'plan page: GET /api/measures?planId (69 measures with participants)', minRatio: 0.001, scenario: async () => ({ kind: 'get', path: `/api/measures?planId=${plan.id}&page=1&pageSize=200`, headers: focal }) },
      { name: 'my-tasks', label: "my tasks: GET /api/report-entries?mine&periodId (a body's entries)", minRatio: 0.001, scenario: async () => ({ kind: 'get', path: `/api/report-entries?mine=true&periodId=${period.id}&pageSize=50`, headers: focal }) },
      { name: 'dashboard', label: 'coordinator dashboard: GET /api/report-periods/:id/dashboard', minRatio: 0.0007, scenario: async () => ({ kind: 'get', path: `/api/report-periods/${period.id}/dashboard`, headers: coordinator }) },
      { name: 'case-list', label: 'case list: GET /api/cases (police unit, all cases, 50 names audited)', minRatio: 0.0001, scenario: async () => ({ kind: 'get', path: '/api/cases?page=1&pageSize=50', headers: investigator }) },
      { name: 'statistics', label: 'statistics: GET /api/statistics/cases (ten years)', minRatio: 0.0002, scenario: async () => ({ kind: 'get', path: `/api/statistics/cases?from=${lastYear - 9}&to=${lastYear}`, headers: coordinator }) },
      { name: 'entry-save', label: 'report entry save: PUT /api/report-entries/:id', minRatio: 0.001, scenario: async () => ({ kind: 'put-entry', pool: await entryPool() }) },
      { name: 'case-create', label: 'case create: POST /api/cases (with its duplicate look-up)', minRatio: 0.0007, scenario: async () => ({ kind: 'post', path: '/api/cases', headers: hotline, bodies: caseBodies }) },
    ];

    const figures: Figure[] = [];
    const bareScenario: Scenario = { kind: 'get', path: '/bare', headers: {} };
    // Requests a client gave up on (timeouts) are still served: wait for them, or the next load would meet them.
    const idle = async () => {
      for (const deadline = Date.now() + 600_000; inFlight > 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    // A fixed number of requests, every one of them answered (a load cut off after a duration would
    // drop the slow ones and flatter the figures): as many as the warm-up says fit in the duration.
    const load = async (url: string, connections: number, scenario: Scenario, amount: number) => {
      const result = await runLoad(url, connections, options.durationMs, scenario, amount);
      await idle();
      return result;
    };
    const amountFor = (secondsPerRequest: number, connections: number) =>
      options.perClient ? options.perClient * connections : Math.max(connections, Math.min(50_000, Math.ceil((options.durationMs / 1000 / secondsPerRequest) * Math.min(connections, 2))));
    const pace = new Map<string, number>();
    for (const target of targets) {
      const warm = await load(appUrl, 1, await target.scenario(), 3);
      pace.set(target.name, warm.seconds / 3);
    }
    const bareWarm = await load(bareUrl, 1, bareScenario, 500);
    const barePace = bareWarm.seconds / 500;
    for (const connections of options.levels) {
      const before = await load(bareUrl, connections, bareScenario, amountFor(barePace, connections));
      const results: [Target, LoadResult][] = [];
      for (const target of targets) {
        const result = await load(appUrl, connections, await target.scenario(), amountFor(pace.get(target.name)!, connections));
        results.push([target, result]);
        const failed = result.requests - result.ok;
        options.log(`  ${target.name.padEnd(12)} ${String(connections).padStart(2)} clients: ${result.throughput.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms (${result.requests} requests in ${result.seconds.toFixed(1)} s)${failed ? `, ${failed} not 2xx ${JSON.stringify(result.statuses)}` : ''}${result.errors ? `, ${result.errors} errors` : ''}`);
      }
      const after = await load(bareUrl, connections, bareScenario, amountFor(barePace, connections));
      const reference = (before.throughput + after.throughput) / 2;
      options.log(`  ${'bare route'.padEnd(12)} ${String(connections).padStart(2)} clients: ${before.throughput.toFixed(0)} and ${after.throughput.toFixed(0)} req/s before and after, p50 ${before.p50.toFixed(2)} ms`);
      for (const [target, result] of results) {
        figures.push({
          id: `http/${target.name}/c${connections}`,
          label: `${target.label}, ${connections} client${connections > 1 ? 's' : ''}`,
          database: dataset.kind,
          value: result.throughput,
          unit: 'req/s',
          reference: { label: 'bare Fastify route, same process', value: reference, unit: 'req/s' },
          ratio: result.throughput / reference,
          ratioMeaning: 'throughput ÷ bare route throughput',
          ...(connections === 16 ? { target: { min: target.minRatio, on: 'ratio' as const } } : {}),
          extra: {
            p50Ms: result.p50, p95Ms: result.p95, p99Ms: result.p99, bareP50Ms: before.p50, bareP95Ms: before.p95, bareP99Ms: before.p99,
            requests: result.requests, notOk: result.requests - result.ok, statuses: result.statuses, errors: result.errors,
          },
        });
      }
    }
    return figures;
  } finally {
    await app.close();
    await bare.close();
  }
}
