/**
 * Speed and memory of the work people wait for, measured on this machine:
 *   npm run bench            all benchmarks
 *   npm run bench -- NAME    one of them (plan-parse, plan-import, measure-search, consolidated-report, login)
 * Each prints the median and the 95th percentile of its runs and the target it is held to;
 * the exit status is 1 when a target is missed.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openTestApp } from '../server/src/test/test-app.js';
import { parsePlanDocument } from '../server/src/plans/import/parse.js';
import { SEED_PLAN_DOCUMENTS, seedPlans } from '../server/src/seed/plans.js';
import { seedOrganisations } from '../server/src/seed/seed.js';
import { inTransaction } from '../server/src/db/database.js';
import { loadPlanDictionary } from '../server/src/plans/plan-store.repository.js';
import { importDocument } from '../server/src/plans/plan-import.service.js';
import { makeUser, TEST_PASSWORD } from '../server/src/test/factories.js';

interface Result {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  targetMs: number;
}

async function measure(name: string, runs: number, targetMs: number, work: () => Promise<unknown>): Promise<Result> {
  await work(); // warm-up: JIT, caches, first query plans
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, runs, medianMs: at(0.5), p95Ms: at(0.95), targetMs };
}

const t = await openTestApp();
await seedOrganisations(t.db);
await seedPlans(t.db);
const [legalDatabase, newsPrint] = SEED_PLAN_DOCUMENTS.map((path) => readFileSync(path)) as [Buffer, Buffer];
const dictionary = await inTransaction(t.db, null, (tx) => loadPlanDictionary(tx));
const meta = { actor: null, ip: 'bench', requestId: 'bench' };

const benchmarks: Record<string, () => Promise<Result>> = {
  'plan-parse': () => measure('plan-parse: read the complete 2020–2024 plan (news print, 39 KB)', 20, 500, () => parsePlanDocument({ bytes: newsPrint }, dictionary)),
  'plan-import': async () => {
    // The plan is there from the start, as after a first start: these are re-imports that change nothing.
    return measure('plan-import: preview and apply both sources of the 2020–2024 plan', 5, 5000, () =>
      inTransaction(t.db, null, async (tx) => {
        await importDocument(tx, meta, { bytes: legalDatabase, fileName: 'legal.txt', mediaType: null }, undefined);
        await importDocument(tx, meta, { bytes: newsPrint, fileName: 'news.txt', mediaType: null }, undefined);
      }),
    );
  },
  'measure-search': async () => {
    const client = await t.as('agency_focal_point');
    return measure('measure-search: GET /api/measures?q=mecburi emek (embedded database)', 50, 200, async () => {
      const response = await client.get('/api/measures?q=mecburi%20emek&pageSize=200');
      if (response.statusCode !== 200) throw new Error(response.body);
    });
  },
  'consolidated-report': async () => {
    const secretariat = await t.as('secretariat');
    const planId = (await t.db.owner.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    const periodId = (await secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2023, dueOn: '2099-01-31' })).json().id;
    const activity = { kind: 'training', title: 'Təlim', dateFrom: '2023-03-14', dateTo: '2023-03-16', place: 'Bakı', participants: 20, women: 10, men: 10, partners: [] };
    await t.db.owner
      .updateTable('report_entries')
      .set({ state: 'accepted', status: 'done', narrative: 'Görülmüş işlər haqqında **ətraflı** məlumat.\n\n- bənd', activities: JSON.stringify(Array(5).fill(activity)), figures: JSON.stringify([{ label: 'Təlim keçmiş əməkdaşlar', value: 10, unit: 'nəfər' }]) })
      .where('period_id', '=', periodId)
      .execute();
    return measure('consolidated-report: the Word report of a full plan-year, every entry accepted', 5, 5000, async () => {
      const response = await secretariat.get(`/api/report-periods/${periodId}/report.docx`);
      if (response.statusCode !== 200) throw new Error(response.body);
    });
  },
  login: async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const client = t.anonymous();
    // 15 runs and a warm-up stay under the login rate limit (20 a minute per address).
    return measure('login: POST /api/auth/login with argon2id verification', 15, 500, async () => {
      const response = await client.post('/api/auth/login', { login: user.login, password: TEST_PASSWORD });
      if (response.statusCode !== 200) throw new Error(response.body);
    });
  },
};

const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const names = chosen.length ? chosen : Object.keys(benchmarks);
let missed = 0;
for (const name of names) {
  const run = benchmarks[name];
  if (!run) {
    console.error(`Unknown benchmark ${name}; known: ${Object.keys(benchmarks).join(', ')}`);
    process.exit(2);
  }
  const result = await run();
  const ok = result.p95Ms <= result.targetMs;
  if (!ok) missed += 1;
  console.log(`${ok ? 'ok  ' : 'MISS'} ${result.name}\n     median ${result.medianMs.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms over ${result.runs} runs (target p95 ≤ ${result.targetMs} ms)`);
}
await t.close();
const memory = process.memoryUsage();
console.log(`memory at the end: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
process.exit(missed ? 1 : 0);
