/** Starts a load in a worker thread (see load-worker.mjs) and waits for its figures. */
import { Worker } from 'node:worker_threads';

export type Scenario =
  | { kind: 'get'; path: string; headers: Record<string, string> }
  | { kind: 'post'; path: string; headers: Record<string, string>; bodies: string[] }
  | { kind: 'put-entry'; pool: { id: string; revision: number; headers: Record<string, string>; content: unknown }[] };

export interface LoadResult {
  requests: number;
  ok: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  seconds: number;
  /** Successful responses per second. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
}

export function runLoad(url: string, connections: number, durationMs: number, scenario: Scenario, amount?: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: { url, connections, durationMs, amount, scenario } });
    worker.once('message', (message: LoadResult & { error?: string }) => {
      void worker.terminate();
      if (message.error) reject(new Error(message.error));
      else resolve(message);
    });
    worker.once('error', reject);
  });
}
