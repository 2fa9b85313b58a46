import i18n from '../i18n';

/** One field-level message of an RFC 9457 problem. */
export interface ProblemFieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details as the server sends them; title and detail are already translated. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code?: string;
  detail?: string;
  requestId?: string;
  errors?: ProblemFieldError[];
}

/** Code used for failures that never reached the server (offline, proxy down). */
export const NETWORK_ERROR = 'NETWORK_ERROR';

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string | undefined {
    return this.problem.code;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

const CSRF_COOKIE = 'kk_csrf';

/** The double-submit token the server set as a cookie; every write echoes it in a header. */
export function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * The server sets the CSRF cookie on any request that arrives without one. A write as the very first
 * request (login straight after the page loaded from a cache or the dev server) has none yet: ask once.
 */
async function ensureCsrfToken(): Promise<string | undefined> {
  const token = csrfToken();
  if (token) return token;
  try {
    await fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    // the write itself will report the network problem
  }
  return csrfToken();
}

let unauthorizedHandler: (() => void) | undefined;

/** Called on any 401 outside the login flow: the app sends the person to the login page. */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Part of the login flow: a 401 is an answer to show, not a lost session. */
  loginFlow?: boolean;
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status, title: response.statusText || undefined };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...fallback, ...body, status: response.status };
  } catch {
    return fallback;
  }
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language };
  if (method !== 'GET') {
    const token = await ensureCsrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: NETWORK_ERROR });
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !options.loginFlow) unauthorizedHandler?.();
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>(path, { signal }),
  post: <T = void>(path: string, body?: unknown, options?: Pick<RequestOptions, 'loginFlow'>) =>
    request<T>(path, { method: 'POST', body, ...options }),
  put: <T = void>(path: string, body: unknown) => request<T>(path, { method: 'PUT', body }),
  delete: <T = void>(path: string, body?: unknown) => request<T>(path, { method: 'DELETE', body }),
};

/** `?a=1&b=x` from an object, leaving out empty values. */
export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Page of a list as every list endpoint returns it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
