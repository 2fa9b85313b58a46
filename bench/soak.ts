/**
 * The soak: a working day's mix of reads and writes by every kind of user, for a long stretch
 * (10 minutes, 64 clients by default) against one server, watching for errors and for memory
 * that keeps growing. The server runs in this process, the clients in a worker thread; the
 * process's resident memory is sampled every few seconds while the clients run, and its growth is
 * the median of the last fifth of the samples over the median of the fifth after the warm-up.
 *
 * It fails on any transport error or 5xx answer, or resident memory growing by 10 % or more after
 * the warm-up. The latency percentiles per kind of request are reported, without targets.
 */
import { Worker } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import { syntheticPersons } from '../common/src/names/synthetic.js';
import { buildApp } from '../server/src/app.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../server/src/auth/session-cookie.js';
import { makeSession } from '../server/src/test/factories.js';
import type { Dataset } from './lib/dataset.js';

export interface SoakOptions {
  durationMs: number;
  clients: number;
  log: (line: string) => void;
}

interface Kind {
  name: string;
  weight: number;
  method: 'GET' | 'POST' | 'PUT';
  path?: string;
  paths?: string[];
  headers?: Record<string, string>;
  bodies?: string[];
  entries?: { id: string; revision: number; headers: Record<string, string> }[];
  content?: unknown;
}

export interface KindResult {
  requests: number;
  statuses: Record<string, number>;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface SoakResult {
  clients: number;
  seconds: number;
  kinds: Record<string, KindResult & { weight: number }>;
  rssMiB: { atWarmUp: number; atEnd: number; max: number; samples: number[] };
  rssGrowth: number;
  failures: string[];
}

const CSRF = 'soak-csrf-token';
export const RSS_GROWTH_LIMIT = 0.1;

export async function soakBenchmark(dataset: Dataset, options: SoakOptions): Promise<SoakResult> {
  const owner = dataset.ctx.db.owner;
  const headersFor = async (login: string) => {
    const user = await owner.selectFrom('users').select('id').where('login', '=', login).executeTakeFirstOrThrow();
    const token = await makeSession(dataset.ctx.db, user.id);
    return { cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${CSRF}`, [CSRF_HEADER]: CSRF };
  };
  const loginOf = (key: string, word: string) => `${key.replaceAll('_', '-')}.${word}01`;
  const period = await owner.selectFrom('reporting_periods').select(['id', 'year']).where('status', '=', 'open').orderBy('ends_on', 'desc').executeTakeFirstOrThrow();
  const plan = await owner.selectFrom('plans').select('id').where('title_key', 'not like', '%-sintetik').orderBy('created_at').executeTakeFirstOrThrow();
  const year = Number(period.year);
  const coordinator = await headersFor(loginOf('national_coordinator', 'koordinator'));
  const investigator = await headersFor(loginOf('iamb', 'mustentiq'));
  const hotline = await headersFor(loginOf('hotline_ngo', 'operator'));

  // Every body with editable entries in the open period: its focal point reads its tasks and saves drafts.
  const editable = await owner.selectFrom('report_entries').innerJoin('organisations', 'organisations.id', 'report_entries.organisation_id')
    .select(['report_entries.id', 'report_entries.revision', 'organisations.key']).where('period_id', '=', period.id).where('state', 'in', ['draft', 'returned'])
    .orderBy('report_entries.id').limit(512).execute();
  const focalLogins = new Set((await owner.selectFrom('users').select('login').where('role', '=', 'agency_focal_point').execute()).map((u) => u.login));
  const focal = new Map<string, Record<string, string>>();
  for (const { key } of editable) if (!focal.has(key!) && focalLogins.has(loginOf(key!, 'fokus'))) focal.set(key!, await headersFor(loginOf(key!, 'fokus')));
  const entries = editable.filter((e) => focal.has(e.key!)).map((e) => ({ id: e.id, revision: e.revision, headers: focal.get(e.key!)! }));
  const [someFocal] = focal.values();
  if (!entries.length || !someFocal) throw new Error('The dataset has no editable report entries in its open period');

  const { app } = await buildApp(dataset.ctx);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    // Cases of the hotline's own, for its case notes.
    const persons = syntheticPersons({ seed: 9191, count: 40 });
    const caseIds: string[] = [];
    for (const p of persons.slice(0, 8)) {
      const response = await app.inject({ method: 'POST', url: '/api/cases', headers: hotline, payload: {
        identificationChannel: 'hotline', firstContactOn: `${year}-01-15`,
        person: { names: [p.fullName], sex: p.sex ?? 'unknown', citizenships: p.citizenships ?? [], estimatedAge: 30 },
        victim: { traffickingStatus: 'potential', exploitation: ['ForcedLabour'] },
      } });
      if (response.statusCode !== 201) throw new Error(`Preparing the soak: ${response.body}`);
      caseIds.push(response.json().id);
    }
    const now = new Date().toISOString();
    const contact = JSON.stringify({ startedAt: now, channel: 'phone', language: 'az', callerType: 'relative', category: 'labour_info', riskFlags: [], notes: { situation: 'Xaricdə iş təklifi barədə sual.', location: null, people: null, actions: 'Məlumat verildi.' } });
    // Every write of the mix is tried once before the run: a body the server refuses would only measure refusals.
    for (const [path, payload] of [['/api/hotline/contacts', contact], [`/api/cases/${caseIds[0]}/notes`, JSON.stringify({ part: 'victim', body: 'Zəng edildi.' })]] as const) {
      const response = await app.inject({ method: 'POST', url: path, headers: { ...hotline, 'content-type': 'application/json' }, payload });
      if (response.statusCode !== 201) throw new Error(`Preparing the soak: ${path}: ${response.body}`);
    }

    // A working day: mostly reads (task lists, plan pages, case lists), a share of saves and new records.
    const kinds: Kind[] = [
      { name: 'my-tasks', weight: 20, method: 'GET', path: `/api/report-entries?mine=true&periodId=${period.id}&pageSize=50`, headers: someFocal },
      { name: 'plan-page', weight: 12, method: 'GET', path: `/api/measures?planId=${plan.id}&page=1&pageSize=200`, headers: someFocal },
      { name: 'tasks-feed', weight: 12, method: 'GET', path: '/api/tasks', headers: someFocal },
      { name: 'case-list', weight: 12, method: 'GET', path: '/api/cases?page=1&pageSize=50', headers: investigator },
      { name: 'dashboard', weight: 8, method: 'GET', path: `/api/report-periods/${period.id}/dashboard`, headers: coordinator },
      { name: 'statistics', weight: 4, method: 'GET', path: `/api/statistics/cases?from=${year - 9}&to=${year}`, headers: coordinator },
      { name: 'hotline-list', weight: 8, method: 'GET', path: '/api/hotline/contacts', headers: hotline },
      { name: 'entry-save', weight: 12, method: 'PUT', entries, content: { status: 'in_progress', narrative: 'Hesabat dövründə **təlimlər** keçirilib.', activities: [], figures: [{ label: 'Təlim keçmiş əməkdaşlar', value: 12, unit: 'nəfər' }], needs: [] } },
      { name: 'hotline-contact', weight: 6, method: 'POST', path: '/api/hotline/contacts', headers: hotline, bodies: [contact] },
      { name: 'case-note', weight: 6, method: 'POST', paths: caseIds.map((id) => `/api/cases/${id}/notes`), headers: hotline, bodies: [JSON.stringify({ part: 'victim', body: 'Zəng edildi, vəziyyəti sabitdir.' })] },
    ];

    const samples: number[] = [];
    const sample = () => samples.push(process.memoryUsage().rss / 2 ** 20);
    sample();
    const sampler = setInterval(sample, Math.max(250, Math.min(5000, options.durationMs / 50)));
    const progress = setInterval(() => options.log(`  soak: ${((Date.now() - started) / 60_000).toFixed(1)} min, rss ${samples.at(-1)!.toFixed(0)} MiB`), 60_000);
    const started = Date.now();
    let outcome: { seconds: number; kinds: Record<string, KindResult> };
    try {
      outcome = await new Promise((resolve, reject) => {
        const worker = new Worker(new URL('./lib/soak-worker.mjs', import.meta.url), { workerData: { url, clients: options.clients, durationMs: options.durationMs, kinds, seed: 17 } });
        worker.once('message', (message) => void worker.terminate().then(() => resolve(message)));
        worker.once('error', reject);
      });
    } finally {
      clearInterval(sampler);
      clearInterval(progress);
    }
    // Memory rises and falls with each garbage collection (here by a fifth): the median of the
    // samples in the fifth after the warm-up (the first fifth: caches, the JIT, the pool) is
    // compared with the median of the last fifth, so that one collection's timing does not decide.
    const fifth = Math.max(1, Math.floor(samples.length / 5));
    const median = (values: number[]) => (values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! : samples.at(-1)!);
    const atWarmUp = median(samples.slice(fifth, 2 * fifth));
    const atEnd = median(samples.slice(-fifth));
    const rssGrowth = (atEnd - atWarmUp) / atWarmUp;
    const failures: string[] = [];
    for (const [name, kind] of Object.entries(outcome.kinds)) {
      const serverErrors = Object.entries(kind.statuses).filter(([status]) => status.startsWith('5')).reduce((n, [, c]) => n + c, 0);
      if (kind.errors) failures.push(`${name}: ${kind.errors} requests failed without an answer`);
      if (serverErrors) failures.push(`${name}: ${serverErrors} answers 5xx`);
    }
    if (rssGrowth >= RSS_GROWTH_LIMIT) failures.push(`resident memory grew by ${(rssGrowth * 100).toFixed(1)} % after the warm-up (${atWarmUp.toFixed(0)} → ${atEnd.toFixed(0)} MiB)`);
    return {
      clients: options.clients,
      seconds: outcome.seconds,
      kinds: Object.fromEntries(Object.entries(outcome.kinds).map(([name, k]) => [name, { ...k, weight: kinds.find((x) => x.name === name)!.weight }])),
      rssMiB: { atWarmUp, atEnd, max: Math.max(...samples), samples },
      rssGrowth,
      failures,
    };
  } finally {
    await app.close();
  }
}

/** The soak's table: per kind of request, its share, answers by status, errors and latency percentiles. */
export function printSoak(database: string, soak: SoakResult, smoke: boolean) {
  const header = ['request', 'weight', 'requests', 'statuses', 'errors', 'p50 ms', 'p95 ms', 'p99 ms'];
  const rows = Object.entries(soak.kinds).map(([name, k]) => [
    name, String(k.weight), String(k.requests), Object.entries(k.statuses).map(([s, n]) => `${s}×${n}`).join(' '), String(k.errors), k.p50.toFixed(1), k.p95.toFixed(1), k.p99.toFixed(1),
  ]);
  const total = Object.values(soak.kinds).reduce((n, k) => n + k.requests, 0);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  console.log(`\nSoak on ${database}: ${soak.clients} clients for ${(soak.seconds / 60).toFixed(1)} min, ${total.toLocaleString('en')} requests (${(total / soak.seconds).toFixed(1)} req/s)`);
  console.log(`${line(header)}\n  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  const growth = `${soak.rssGrowth >= 0 ? '+' : ''}${(soak.rssGrowth * 100).toFixed(1)} %`;
  console.log(`  resident memory: ${soak.rssMiB.atWarmUp.toFixed(0)} MiB after the warm-up, ${soak.rssMiB.atEnd.toFixed(0)} MiB in the last fifth (medians; ${growth}${smoke ? ', not judged in a smoke run' : `, limit +${RSS_GROWTH_LIMIT * 100} %`}), at most ${soak.rssMiB.max.toFixed(0)} MiB`);
  console.log(`  ${soak.failures.length ? `failed: ${soak.failures.join('; ')}` : 'no errors, no 5xx'}`);
}
