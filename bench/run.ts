/**
 * The benchmark: speed of what people wait for, measured on synthetic data at a modest scale, on
 * the embedded database and on the PostgreSQL server when it is reachable. Machines here are
 * shared and noisy, so every speed figure is paired with a reference measured in the same run,
 * and their ratio is the result; targets are held on the ratios (and on a few absolute sizes).
 *
 *   npm run bench                      everything; writes bench/results/<date>.json and prints tables
 *   npm run bench -- NAME…             some: http, queries, documents, parsing, login, duplicates, web, soak
 *   npm run bench -- soak --db embedded   the soak only (bench/soak.ts): not part of "everything", it takes 10 minutes
 *   options: --scale N (0.02)  --seed S (1)  --db embedded|server|both (both)  --duration MS per HTTP load (3000)
 *            --runs N per timed query (15)  --out FILE  --smoke (tiny data, one short round of each, no targets)
 *            --soak-minutes M (10)  --clients N soak clients (64)
 *
 * The exit status is 1 when a target is missed (never in a smoke run) or the soak fails (errors,
 * 5xx; and memory growth, except in a smoke run), 2 on wrong arguments.
 */
import { cpus, totalmem, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TEST_DATABASE_URL } from '../server/src/test/test-database.js';
import { syntheticCounts } from '../server/src/synthetic/generate.js';
import { makeUser, TEST_PASSWORD } from '../server/src/test/factories.js';
import { buildApp } from '../server/src/app.js';
import { verifyPassword } from '../server/src/auth/passwords.js';
import { CSRF_COOKIE, CSRF_HEADER } from '../server/src/auth/session-cookie.js';
import { duplicatesBenchmark } from './duplicates.js';
import { documentBenchmark, parsingBenchmark } from './documents.js';
import { httpBenchmark } from './http.js';
import { embeddedDataset, forgetDatasets, serverDataset, serverReachable, type Dataset, type DatabaseKind, type DatasetOptions } from './lib/dataset.js';
import { formatNumber, meetsTarget, paired, type Figure } from './lib/measure.js';
import { queryBenchmark, type SeqScan } from './queries.js';
import { bundleFigures, renderBenchmark } from './web.js';
import { printSoak, soakBenchmark, type SoakResult } from './soak.js';

const NAMES = ['http', 'queries', 'documents', 'parsing', 'login', 'duplicates', 'web', 'soak'] as const;
type Name = (typeof NAMES)[number];
const PER_DATABASE: readonly Name[] = ['http', 'queries', 'documents', 'soak'];

interface Options {
  names: Name[];
  scale: number;
  seed: number;
  databases: DatabaseKind[];
  durationMs: number;
  runs: number;
  out: string | null;
  smoke: boolean;
  soakMs: number;
  clients: number;
}

function parseArgs(argv: string[]): Options {
  const smoke = argv.includes('--smoke');
  const options: Options = { names: [], scale: smoke ? 0.0005 : 0.02, seed: 1, databases: ['embedded', 'server'], durationMs: smoke ? 200 : 3000, runs: smoke ? 1 : 15, out: null, smoke, soakMs: smoke ? 3000 : 600_000, clients: smoke ? 4 : 64 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--smoke') continue;
    else if (arg === '--scale') options.scale = Number(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--db') {
      const db = value();
      options.databases = db === 'both' ? ['embedded', 'server'] : [db as DatabaseKind];
      if (!['embedded', 'server', 'both'].includes(db)) throw new Error('--db is embedded, server or both');
    } else if (arg === '--duration') options.durationMs = Number(value());
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--out') options.out = value();
    else if (arg === '--soak-minutes') options.soakMs = Number(value()) * 60_000;
    else if (arg === '--clients') options.clients = Number(value());
    else if (arg.startsWith('-')) throw new Error(`Unknown option ${arg}`);
    else if ((NAMES as readonly string[]).includes(arg)) options.names.push(arg as Name);
    else throw new Error(`Unknown benchmark ${arg}; known: ${NAMES.join(', ')}`);
  }
  // The soak takes ten minutes: run when named, and (briefly) in a smoke run.
  if (!options.names.length) options.names = NAMES.filter((n) => n !== 'soak' || smoke);
  if (!(options.scale > 0) || !(options.durationMs > 0) || !(options.runs >= 1)) throw new Error('--scale, --duration and --runs must be positive');
  if (!(options.soakMs > 0) || !(options.clients >= 1)) throw new Error('--soak-minutes and --clients must be positive');
  return options;
}

function machine() {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // not Linux
  }
  return { cpu: model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };
}

async function loginBenchmark(dataset: Dataset, runs: number): Promise<Figure[]> {
  const { app } = await buildApp(dataset.ctx);
  try {
    const user = await makeUser(dataset.ctx.db, { role: 'agency_focal_point' });
    const hash = (await dataset.ctx.db.owner.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow()).password_hash;
    // Fewer than 20 logins a minute from one address: the login throttle.
    const result = await paired(Math.min(runs, 8), async () => {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: user.login, password: TEST_PASSWORD }, headers: { cookie: `${CSRF_COOKIE}=bench`, [CSRF_HEADER]: 'bench' } });
      if (response.statusCode !== 200) throw new Error(response.body);
    }, () => verifyPassword(hash, TEST_PASSWORD));
    return [{
      id: 'login', label: 'login: POST /api/auth/login (argon2id, m=19 MiB, t=3)', database: dataset.kind, value: result.ms, unit: 'ms',
      reference: { label: 'the argon2id verification alone', value: result.referenceMs, unit: 'ms' }, ratio: result.ratio, ratioMeaning: 'login time ÷ password check time',
      target: { max: 3, on: 'ratio' }, extra: { runs: result.runs },
    }];
  } finally {
    await app.close();
  }
}

function printTable(title: string, header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  console.log(`\n${title}\n${line(header)}\n  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

function targetText(figure: Figure): string {
  if (!figure.target) return '';
  const bound = figure.target.max !== undefined ? `≤ ${formatNumber(figure.target.max)}` : `≥ ${formatNumber(figure.target.min!)}`;
  return `${figure.target.on === 'ratio' ? 'ratio' : 'value'} ${bound}`;
}

function printResults(figures: Figure[]) {
  const http = figures.filter((f) => f.id.startsWith('http/'));
  if (http.length) {
    printTable('HTTP (throughput ratio = endpoint ÷ bare Fastify route in the same process, same run)', ['endpoint', 'db', 'clients', 'req/s', 'bare req/s', 'ratio', 'p50 ms', 'p95 ms', 'p99 ms', 'target', 'ok'],
      http.map((f) => {
        const [, name, clients] = f.id.split('/');
        const ok = meetsTarget(f);
        return [name!, f.database!, clients!.slice(1), formatNumber(f.value), formatNumber(f.reference!.value), formatNumber(f.ratio!), formatNumber(f.extra!.p50Ms as number), formatNumber(f.extra!.p95Ms as number), formatNumber(f.extra!.p99Ms as number), targetText(f), ok === null ? '' : ok ? 'ok' : 'MISS'];
      }));
  }
  const rest = figures.filter((f) => !f.id.startsWith('http/'));
  if (rest.length) {
    printTable('Other figures (ratio = figure ÷ its reference, same run)', ['benchmark', 'db', 'value', 'reference', 'ratio', 'target', 'ok'],
      rest.map((f) => {
        const ok = meetsTarget(f);
        return [f.id, f.database ?? '', formatNumber(f.value, f.unit), f.reference ? formatNumber(f.reference.value, f.reference.unit) : '', f.ratio === undefined ? '' : formatNumber(f.ratio), targetText(f), ok === null ? '' : ok ? 'ok' : 'MISS'];
      }));
  }
}

async function main() {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const started = Date.now();
  const log = (line: string) => console.log(line);
  const serverUrl = process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL;
  const cacheDir = options.smoke ? mkdtempSync(join(tmpdir(), 'koordinator-bench-smoke-')) : (process.env.BENCH_CACHE_DIR ?? join(tmpdir(), 'koordinator-bench'));
  const datasetOptions: DatasetOptions = { scale: options.scale, seed: options.seed, years: options.smoke ? 2 : 10, cacheDir, serverUrl, log };
  const wantsDatabase = options.names.some((n) => PER_DATABASE.includes(n) || n === 'parsing' || n === 'login' || n === 'web');
  const databases: DatabaseKind[] = [];
  if (wantsDatabase && options.databases.includes('embedded')) databases.push('embedded');
  let serverUsed = false;
  if (options.names.some((n) => PER_DATABASE.includes(n)) && options.databases.includes('server')) {
    if (await serverReachable(serverUrl)) databases.push('server'), (serverUsed = true);
    else log(`PostgreSQL server not reachable at ${new URL(serverUrl).host}: server figures skipped`);
  }
  const info = machine();
  log(`Benchmark on ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}; synthetic data at scale ${options.scale} (seed ${options.seed})${options.smoke ? '; smoke run' : ''}`);

  const figures: Figure[] = [];
  const seqScans: Partial<Record<DatabaseKind, SeqScan[]>> = {};
  const datasets: Partial<Record<DatabaseKind, Record<string, number>>> = {};
  let duplicates: unknown = null;
  const soaks: Partial<Record<DatabaseKind, SoakResult>> = {};
  const has = (name: Name) => options.names.includes(name);
  try {
    for (const kind of databases) {
      log(`\n== ${kind === 'embedded' ? 'embedded database (PGlite)' : 'PostgreSQL server'}`);
      const dataset = kind === 'embedded' ? await embeddedDataset(datasetOptions) : await serverDataset(datasetOptions);
      try {
        datasets[kind] = await syntheticCounts(dataset.ctx.db);
        log(`  data: ${datasets[kind]!.cases!.toLocaleString('en')} cases, ${datasets[kind]!.report_entries!.toLocaleString('en')} report entries, ${datasets[kind]!.audit_log!.toLocaleString('en')} audit entries`);
        if (has('queries')) {
          log('-- queries');
          const result = await queryBenchmark(dataset, { runs: options.runs, log });
          figures.push(...result.figures);
          seqScans[kind] = result.seqScans;
        }
        if (has('documents')) {
          log('-- documents');
          figures.push(...(await documentBenchmark(dataset, options.runs)));
        }
        if (kind === 'embedded' && has('parsing')) {
          log('-- parsing');
          figures.push(...(await parsingBenchmark(dataset, options.runs)));
        }
        if (kind === 'embedded' && has('login')) {
          log('-- login');
          figures.push(...(await loginBenchmark(dataset, options.runs)));
        }
        if (kind === 'embedded' && has('web')) {
          log('-- web');
          figures.push(...bundleFigures());
          figures.push(...(await renderBenchmark(dataset, options.smoke ? 1 : 5)));
        }
        // Last: its writes (cases, entries, audit entries) must not change what the others read.
        if (has('http')) {
          log('-- http');
          figures.push(...(await httpBenchmark(dataset, { levels: options.smoke ? [4] : [1, 16, 64], durationMs: options.durationMs, ...(options.smoke ? { perClient: 1 } : {}), log })));
        }
        if (has('soak')) {
          log(`-- soak (${(options.soakMs / 60_000).toFixed(1)} min, ${options.clients} clients)`);
          soaks[kind] = await soakBenchmark(dataset, { durationMs: options.soakMs, clients: options.clients, log });
        }
      } finally {
        await dataset.close();
      }
    }
    if (has('duplicates')) {
      log('\n-- duplicates');
      const result = await duplicatesBenchmark(options.smoke ? { pairs: 500, counts: [1000, 3000] } : {});
      duplicates = result;
      const small = result.sizes[0]!;
      const large = result.sizes[1]!;
      figures.push(
        {
          id: 'duplicates/time', label: `duplicates: block and score ${large.persons.toLocaleString('en')} persons, against ${small.persons.toLocaleString('en')}`, value: large.ms, unit: 'ms',
          reference: { label: `the same for ${small.persons.toLocaleString('en')} persons`, value: small.ms, unit: 'ms' }, ratio: large.ms / small.ms,
          ratioMeaning: 'time for ten times the persons ÷ time (10 is linear, 100 quadratic)', target: { max: 120, on: 'ratio' }, extra: { sizes: result.sizes },
        },
        { id: 'duplicates/precision', label: `duplicates: precision on ${result.quality.pairs.toLocaleString('en')} labelled pairs`, value: result.quality.precision, unit: '', target: { min: 0.99, on: 'value' } },
        { id: 'duplicates/recall', label: `duplicates: recall on ${result.quality.pairs.toLocaleString('en')} labelled pairs`, value: result.quality.recall, unit: '', target: { min: 0.9, on: 'value' } },
      );
    }
  } finally {
    if (options.smoke) {
      await forgetDatasets(datasetOptions, serverUsed).catch((error) => console.error('cleaning up:', error));
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }

  printResults(figures);
  for (const [kind, soak] of Object.entries(soaks)) printSoak(kind, soak, options.smoke);
  for (const [kind, scans] of Object.entries(seqScans)) {
    if (scans?.length) console.log(`\nSequential scans of large tables (${kind}):\n${scans.map((s) => `  ${s.query}: ${s.relation} (${s.rows.toLocaleString('en')} rows)`).join('\n')}`);
  }
  const misses = figures.filter((f) => meetsTarget(f) === false);
  // A smoke run is too short for memory growth to mean anything; errors and 5xx always count.
  const soakFailures = Object.entries(soaks).flatMap(([kind, soak]) => soak!.failures.filter((f) => !options.smoke || !f.startsWith('resident memory')).map((f) => `soak (${kind}): ${f}`));
  for (const failure of soakFailures) console.log(`SOAK FAILED ${failure}`);
  const seconds = (Date.now() - started) / 1000;
  console.log(`\n${figures.length} figures in ${seconds.toFixed(0)} s; ${misses.length ? `${misses.length} target(s) missed: ${misses.map((f) => `${f.id}${f.database ? ` (${f.database})` : ''}`).join(', ')}` : 'every target met'}`);

  const out = options.out ?? (options.smoke ? null : join(import.meta.dirname, 'results', `${new Date().toISOString().slice(0, 10)}.json`));
  if (out) {
    const key = (f: Figure) => `${f.id}|${f.database ?? ''}`;
    // A run of some benchmarks keeps the day's other figures.
    const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { figures: Figure[]; seqScans?: object; datasets?: object; duplicates?: unknown }) : null;
    const earlier = previous?.figures ?? [];
    const fresh = new Set(figures.map(key));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({
      date: new Date().toISOString(), machine: info, options: { scale: options.scale, seed: options.seed, databases, durationMs: options.durationMs, runs: options.runs, names: options.names },
      datasets: { ...previous?.datasets, ...datasets }, figures: [...earlier.filter((f) => !fresh.has(key(f))), ...figures], seqScans: { ...previous?.seqScans, ...seqScans },
      duplicates: duplicates ?? previous?.duplicates ?? null, soak: { ...(previous as { soak?: object } | null)?.soak, ...soaks }, seconds,
    }, null, 2)}\n`);
    console.log(`Results written to ${out.startsWith(process.cwd()) ? out.slice(process.cwd().length + 1) : out}`);
  }
  const memory = process.memoryUsage();
  console.log(`memory at the end: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
  process.exit((misses.length && !options.smoke) || soakFailures.length ? 1 : 0);
}

main().catch((error) => {
  console.error('Benchmark failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
