import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { ERROR_CATALOGUE } from '../http/error-catalogue.js';

/**
 * What must never reach a client: stack frames, source paths, and the words of the database or
 * of the framework's own error messages.
 */
const INTERNALS: readonly [string, RegExp][] = [
  ['a stack frame', /\bat (?:async )?[\w$.<>[\] ]*\(?(?:file:|node:|\/)[^\s)]*:\d+:\d+/],
  ['a source path', /(?:\/|\\)(?:node_modules|server\/src|dist\/server)(?:\/|\\)|\.(?:ts|js|mjs):\d+/],
  ['a JavaScript error name', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|AggregateError)\b/],
  ['a database error', /\b(?:duplicate key value|violates (?:foreign key|check|not-null|unique) constraint|invalid input syntax for|relation "\w+"|column "\w+"|syntax error at or near|invalid byte sequence|unterminated quoted|current transaction is aborted|permission denied for|row-level security)\b/i],
  ['a framework error code', /\bFST_ERR_\w+|\bERR_[A-Z_]{6,}\b/],
  ['a zod or serializer message', /\bZodError\b|Response doesn't match the schema|"expected":|"received":/],
];

/** The first internal detail found in a response body, by name, or null. */
export function internalsIn(body: string): string | null {
  for (const [name, pattern] of INTERNALS) if (pattern.test(body)) return name;
  return null;
}

export interface ProblemCheck {
  ok: boolean;
  reason?: string;
}

/** Whether an error response is the documented problem+json with a catalogued code and the request id. */
export function checkProblem(response: LightMyRequestResponse): ProblemCheck {
  if (!String(response.headers['content-type'] ?? '').startsWith('application/problem+json')) {
    return { ok: false, reason: `content-type ${String(response.headers['content-type'])}` };
  }
  let body: Record<string, unknown>;
  try {
    body = response.json();
  } catch {
    return { ok: false, reason: 'body is not JSON' };
  }
  if (typeof body.code !== 'string' || !(body.code in ERROR_CATALOGUE)) return { ok: false, reason: `code ${String(body.code)}` };
  if (body.status !== response.statusCode) return { ok: false, reason: `status ${String(body.status)} in a ${response.statusCode}` };
  if (typeof body.requestId !== 'string' || body.requestId !== response.headers['x-request-id']) return { ok: false, reason: 'requestId missing or not the X-Request-Id' };
  const leaked = internalsIn(response.body);
  if (leaked) return { ok: false, reason: `${leaked} in the body` };
  return { ok: true };
}

export function assertProblem(response: LightMyRequestResponse, status: number, code: string) {
  assert.equal(response.statusCode, status, response.body);
  const check = checkProblem(response);
  assert.ok(check.ok, `${check.reason}: ${response.body.slice(0, 500)}`);
  assert.equal(response.json().code, code);
}
