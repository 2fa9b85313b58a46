/**
 * The real server as a separate process (server/src/main.ts), for tests of what happens to it
 * from outside: killed, its database taken away, its data directory claimed by another process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../config/paths.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../auth/session-cookie.js';

export const FAULT_SECRET_KEY = 'fa'.repeat(32);
const CSRF = 'fault-test-csrf';

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  readonly exited: Promise<number | string>;
  kill(signal: NodeJS.Signals): Promise<number | string>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the server on its own data directory (and DATABASE_URL if given); does not wait for it. */
export async function spawnServer(env: { DATA_DIR: string; DATABASE_URL?: string } & Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'server/src/main.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      SECRET_KEY: FAULT_SECRET_KEY,
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    child,
    output: () => output,
    exited,
    kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls until `check` holds, failing with `what` after a generous time (no speed is asserted). */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts the server and waits until /readyz says it is ready. */
export async function startServer(env: { DATA_DIR: string; DATABASE_URL?: string } & Record<string, string>): Promise<ServerProcess> {
  const server = await spawnServer(env);
  let ended = false;
  void server.exited.then(() => (ended = true));
  await waitFor(`the server to be ready\n${server.output()}`, async () => {
    if (ended) throw new Error(`The server ended before it was ready:\n${server.output()}`);
    return (await fetch(`${server.url}/readyz`)).status === 200;
  }).catch((error) => {
    if (ended) throw new Error(`The server ended before it was ready:\n${server.output()}`);
    throw error;
  });
  return server;
}

/** Headers of a signed-in user (a session made in the database) for state-changing requests too. */
export function sessionHeaders(token: string): Record<string, string> {
  return { cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${CSRF}`, [CSRF_HEADER]: CSRF };
}

export async function call(server: ServerProcess, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const isBytes = body instanceof Uint8Array;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': isBytes ? 'application/octet-stream' : 'application/json' }) },
    body: body === undefined ? undefined : isBytes ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as Record<string, unknown> & { [key: string]: any } };
}
