/**
 * Failures that say the database is away for now rather than that a request is wrong: the
 * server shutting down or restarting, a connection cut (an administrator ending it, a network
 * fault), the server refusing new connections. A request meeting one is answered 503 with a
 * retry hint; the pool drops the broken connection and makes a new one when the server is back.
 */

// PostgreSQL's SQLSTATE classes and codes: 08 connection exception, 57P01–57P03 operator
// intervention (admin shutdown, crash shutdown, cannot connect now), 53300 too many connections,
// 55000 for a database not accepting connections.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// What the pg driver throws, without a code, for a connection that has gone.
const DRIVER_MESSAGES = [/^Connection terminated/, /connection error and is not queryable/, /^Client was closed and is not queryable/, /timeout exceeded when trying to connect/i, /is not currently accepting connections/];

/** Seconds a client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || NETWORK_CODES.has(code))) return true;
  if (code === '55000' && /not currently accepting connections/.test(error.message)) return true;
  if (DRIVER_MESSAGES.some((pattern) => pattern.test(error.message))) return true;
  // Kysely and the driver sometimes wrap the failure that caused theirs.
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isDatabaseUnavailable(cause);
}
