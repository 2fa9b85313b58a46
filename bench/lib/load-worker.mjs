// Runs one load (autocannon) in a worker thread, off the thread that serves the requests, and
// reports throughput and latency percentiles computed from every response's time.
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

const { url, connections, durationMs, amount, scenario } = workerData;

function requestsOf(scenario) {
  if (scenario.kind === 'get') return [{ method: 'GET', path: scenario.path, headers: scenario.headers }];
  if (scenario.kind === 'put-entry') {
    // Each client keeps its own entry and the revision the server last gave it, as an open form does.
    let next = 0;
    return [{
      method: 'PUT',
      setupRequest: (request, context) => {
        if (!context.entry) context.entry = { ...scenario.pool[next++ % scenario.pool.length] };
        const { id, revision, headers, content } = context.entry;
        return { ...request, path: `/api/report-entries/${id}`, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ ...content, revision }) };
      },
      onResponse: (status, body, context) => {
        if (status === 200) context.entry.revision = JSON.parse(body).revision;
      },
    }];
  }
  if (scenario.kind === 'post') {
    let next = 0;
    return [{
      method: 'POST',
      setupRequest: (request) => ({ ...request, path: scenario.path, headers: { ...scenario.headers, 'content-type': 'application/json' }, body: scenario.bodies[next++ % scenario.bodies.length] }),
    }];
  }
  throw new Error(`Unknown scenario ${scenario.kind}`);
}

const latencies = [];
const statuses = {};
const started = performance.now();
let lastAt = started;
// A number of requests (a smoke run: one per client), or as many as fit in the duration.
const limit = amount ? { amount } : { duration: durationMs / 1000 };
const instance = autocannon({ url, connections, ...limit, requests: requestsOf(scenario), timeout: 60 }, (error, result) => {
  if (error) {
    parentPort.postMessage({ error: String(error) });
    return;
  }
  // From the start to the last answer: autocannon itself ends on a one-second tick.
  const seconds = Math.max(1, lastAt - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil(q * latencies.length) - 1))] : NaN);
  const ok = Object.entries(statuses).filter(([status]) => status.startsWith('2')).reduce((n, [, count]) => n + count, 0);
  parentPort.postMessage({
    requests: latencies.length, ok, statuses, errors: result.errors, timeouts: result.timeouts, seconds,
    throughput: ok / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99),
  });
});
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  latencies.push(responseTime);
  lastAt = performance.now();
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
});
