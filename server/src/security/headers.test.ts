/**
 * The security headers on every kind of response: data, errors of every origin (route, hook,
 * validation, body parser, router), downloads and the web client's static files; HSTS only
 * when the request came over https through a proxy that is trusted; never any CORS.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../auth/session-cookie.js';
import { makeSession, makeUser } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';

const t = await createTestApp({ TRUST_PROXY: 'true', BODY_LIMIT_BYTES: '4096' });
const user = await makeUser(t.db, { role: 'national_coordinator' });
const session = await makeSession(t.db, user.id);

/** The built web client, in miniature: the page, a script and a style sheet. */
const webDir = mkdtempSync(join(tmpdir(), 'koordinator-web-'));
mkdirSync(join(webDir, 'assets'));
writeFileSync(join(webDir, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>');
writeFileSync(join(webDir, 'assets', 'index.js'), 'console.log(1);');
writeFileSync(join(webDir, 'assets', 'index.css'), 'body{}');
const { app: webApp } = await buildApp(t.ctx, { serveWeb: true, webDir });
await webApp.ready();
after(async () => {
  await webApp.close();
  rmSync(webDir, { recursive: true, force: true });
});

const cookies = `${CSRF_COOKIE}=c; ${SESSION_COOKIE}=${session}`;
const send = (app: FastifyInstance, options: InjectOptions) => app.inject({ ...options, headers: { cookie: cookies, [CSRF_HEADER]: 'c', ...options.headers } });

/** Every kind of response the server gives, by what produced it. */
const RESPONSES: [string, FastifyInstance, InjectOptions][] = [
  ['JSON data', t.app, { method: 'GET', url: '/api/session' }],
  ['the OpenAPI document', t.app, { method: 'GET', url: '/api/openapi.json' }],
  ['health', t.app, { method: 'GET', url: '/healthz' }],
  ['a download', t.app, { method: 'GET', url: '/api/statistics/export-report?k=11' }],
  ['a HEAD request', t.app, { method: 'HEAD', url: '/api/session' }],
  ['not logged in (hook)', t.app, { method: 'GET', url: '/api/session', headers: { cookie: '' } }],
  ['CSRF refused (hook)', t.app, { method: 'POST', url: '/api/auth/logout', headers: { [CSRF_HEADER]: 'forged' } }],
  ['forbidden (authorization)', t.app, { method: 'GET', url: '/api/cases' }],
  ['validation failed', t.app, { method: 'GET', url: '/api/organisations?page=0' }],
  ['malformed JSON (body parser)', t.app, { method: 'POST', url: '/api/notifications/read', payload: '{', headers: { 'content-type': 'application/json' } }],
  ['body too large (body parser)', t.app, { method: 'POST', url: '/api/notifications/read', payload: JSON.stringify({ x: 'x'.repeat(10_000) }), headers: { 'content-type': 'application/json' } }],
  ['unknown route', t.app, { method: 'GET', url: '/api/no-such-route' }],
  ['broken URL (router)', t.app, { method: 'GET', url: '/api/organisations/%E0%A4%A' }],
  ['not found (handler)', t.app, { method: 'GET', url: '/api/organisations/00000000-0000-4000-8000-000000000000' }],
  ['the web page', webApp, { method: 'GET', url: '/' }],
  ['a client-side route', webApp, { method: 'GET', url: '/plans/some-plan' }],
  ['a static script', webApp, { method: 'GET', url: '/assets/index.js' }],
  ['a static style sheet', webApp, { method: 'GET', url: '/assets/index.css' }],
  ['an API route that does not exist, through the client fallback', webApp, { method: 'GET', url: '/api/nothing-here' }],
];

function assertSecurityHeaders(label: string, response: LightMyRequestResponse) {
  const h = response.headers;
  const csp = String(h['content-security-policy'] ?? '');
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  assert.ok(scripts, `${label}: no script-src in "${csp}"`);
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', '*', 'http:', 'https:']) assert.ok(!scripts.includes(unsafe), `${label}: script-src allows ${unsafe}`);
  assert.deepEqual(directives.get('frame-ancestors'), ["'none'"], `${label}: frame-ancestors`);
  assert.deepEqual(directives.get('object-src') ?? directives.get('default-src'), ["'self'"], `${label}: object-src`);
  assert.equal(h['x-content-type-options'], 'nosniff', `${label}: X-Content-Type-Options`);
  assert.ok(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(String(h['referrer-policy'])), `${label}: Referrer-Policy ${h['referrer-policy']}`);
  assert.equal(h['x-frame-options'], 'DENY', `${label}: X-Frame-Options`);
  assert.ok(h['x-request-id'], `${label}: X-Request-Id`);
  assert.equal(h['x-powered-by'], undefined, `${label}: X-Powered-By`);
  for (const name of Object.keys(h)) assert.ok(!name.startsWith('access-control-'), `${label}: ${name}`);
}

describe('every response carries the security headers', () => {
  for (const [label, app, options] of RESPONSES) {
    test(label, async () => {
      const response = await send(app, options);
      assert.ok(response.statusCode < 500, `${label}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      assertSecurityHeaders(label, response);
      assert.equal(response.headers['strict-transport-security'], undefined, `${label}: HSTS over plain http`);
    });
  }

  test('the kinds of response above are the ones intended', async () => {
    const statuses = await Promise.all(RESPONSES.map(async ([label, app, options]) => `${label}: ${(await send(app, options)).statusCode}`));
    assert.deepEqual(statuses, [
      'JSON data: 200', 'the OpenAPI document: 200', 'health: 200', 'a download: 200', 'a HEAD request: 200',
      'not logged in (hook): 401', 'CSRF refused (hook): 403', 'forbidden (authorization): 403', 'validation failed: 400',
      'malformed JSON (body parser): 400', 'body too large (body parser): 413', 'unknown route: 404', 'broken URL (router): 400',
      'not found (handler): 404', 'the web page: 200', 'a client-side route: 200', 'a static script: 200', 'a static style sheet: 200',
      'an API route that does not exist, through the client fallback: 404',
    ]);
  });
});

describe('HSTS', () => {
  const https = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'koordinator.example.gov.az' };

  test('every response to a request that came over https through the trusted proxy asks for https only', async () => {
    for (const [label, app, options] of RESPONSES) {
      const response = await send(app, { ...options, headers: { ...options.headers, ...https } });
      const hsts = String(response.headers['strict-transport-security'] ?? '');
      assert.match(hsts, /^max-age=(\d+)/, `${label}: no HSTS`);
      assert.ok(Number(/max-age=(\d+)/.exec(hsts)![1]) >= 15_552_000, `${label}: max-age under 180 days: ${hsts}`);
      assertSecurityHeaders(label, response);
    }
  });

  test('the cookies set over https are Secure', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/session', headers: https });
    assert.match(String(response.headers['set-cookie']), /kk_csrf=[^;]+;.*Secure/);
  });

  test('without a trusted proxy a forwarded protocol header is not believed', async () => {
    const direct = await createTestApp({ TRUST_PROXY: 'false' });
    const response = await direct.app.inject({ method: 'GET', url: '/healthz', headers: https });
    assert.equal(response.headers['strict-transport-security'], undefined);
    assert.doesNotMatch(String(response.headers['set-cookie']), /Secure/);
  });
});

describe('no CORS', () => {
  const foreign = 'https://evil.example';

  test('a read from a foreign origin gets no CORS header, so the browser keeps the answer from the page', async () => {
    for (const url of ['/api/session', '/api/organisations', '/api/openapi.json', '/healthz']) {
      const response = await send(t.app, { method: 'GET', url, headers: { origin: foreign } });
      for (const name of Object.keys(response.headers)) assert.ok(!name.startsWith('access-control-'), `${url}: ${name}`);
    }
  });

  test('a preflight from a foreign origin is not answered with permission', async () => {
    for (const url of ['/api/organisations', '/api/auth/login', '/api/cases']) {
      const response = await t.app.inject({
        method: 'OPTIONS',
        url,
        headers: { origin: foreign, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-csrf-token' },
      });
      assert.ok(response.statusCode >= 400, `${url}: ${response.statusCode}`);
      for (const name of Object.keys(response.headers)) assert.ok(!name.startsWith('access-control-'), `${url}: ${name}`);
      assertSecurityHeaders(`preflight ${url}`, response);
    }
  });

  test('a write from a foreign origin is refused even with the right token', async () => {
    const response = await send(t.app, { method: 'POST', url: '/api/notifications/read', payload: {}, headers: { origin: foreign } });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'CSRF_INVALID');
  });
});
