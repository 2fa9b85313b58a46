// The soak's clients, in a worker thread off the thread that serves: each client in turn picks a
// kind of request by its weight, sends it over a kept-alive connection and waits for the answer.
// Latencies are kept per kind; statuses and errors are counted.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, clients, durationMs, kinds, seed } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const base = new URL(url);

// A small seeded generator: the same sequence of kinds in every run.
let state = seed >>> 0 || 1;
const random = () => ((state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
const total = kinds.reduce((n, k) => n + k.weight, 0);
const pick = () => {
  let r = random() * total;
  for (const kind of kinds) if ((r -= kind.weight) < 0) return kind;
  return kinds[kinds.length - 1];
};

const figures = Object.fromEntries(kinds.map((k) => [k.name, { latencies: [], statuses: {}, errors: 0 }]));
const counters = new Map(kinds.map((k) => [k.name, 0]));

function send(method, path, headers, body) {
  return new Promise((resolve) => {
    const request = http.request({ host: base.hostname, port: base.port, method, path, agent, headers: body ? { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : headers, timeout: 120_000 }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error) => resolve({ error }));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error) => resolve({ error }));
    request.end(body);
  });
}

// Each client keeps the entries it edits and the revision the server last gave, as an open form does.
async function client(index) {
  const revisions = new Map();
  let writes = 0;
  const deadline = performance.now() + durationMs;
  // First every kind once, shared among the clients, so that even a short run sends each of them.
  const first = kinds.filter((_, i) => i % clients === index);
  while (first.length || performance.now() < deadline) {
    const kind = first.shift() ?? pick();
    const n = counters.get(kind.name);
    counters.set(kind.name, n + 1);
    let path = kind.paths ? kind.paths[n % kind.paths.length] : kind.path;
    let body = kind.bodies ? kind.bodies[n % kind.bodies.length] : undefined;
    let entry;
    if (kind.entries) {
      // Clients edit different entries where there are enough of them.
      const own = Math.max(1, Math.floor(kind.entries.length / clients));
      entry = kind.entries[(index + clients * (writes++ % own)) % kind.entries.length];
      path = `/api/report-entries/${entry.id}`;
      body = JSON.stringify({ ...kind.content, revision: revisions.get(entry.id) ?? entry.revision });
    }
    const started = performance.now();
    const result = await send(kind.method, path, entry ? entry.headers : kind.headers, body);
    const figure = figures[kind.name];
    if (result.error) {
      figure.errors += 1;
      continue;
    }
    figure.latencies.push(performance.now() - started);
    figure.statuses[result.status] = (figure.statuses[result.status] ?? 0) + 1;
    if (entry && result.status === 200) revisions.set(entry.id, JSON.parse(result.body).revision);
    // A stale revision (another client saved the same entry first): take the current one, as the form does.
    if (entry && result.status === 409) revisions.set(entry.id, JSON.parse(result.body).current?.revision ?? revisions.get(entry.id));
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
const seconds = (performance.now() - started) / 1000;
agent.destroy();
const at = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] : NaN);
parentPort.postMessage({
  seconds,
  kinds: Object.fromEntries(Object.entries(figures).map(([name, f]) => {
    const sorted = Float64Array.from(f.latencies).sort();
    return [name, { requests: sorted.length, statuses: f.statuses, errors: f.errors, p50: at(sorted, 0.5), p95: at(sorted, 0.95), p99: at(sorted, 0.99) }];
  })),
});
