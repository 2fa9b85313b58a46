/**
 * Attacks on authentication and sessions: fixation, cross-site request forgery on every write,
 * sessions replayed after logout or expiry, and password guessing against the per-address
 * throttle and the per-account lockout.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, sessionIdOf } from '../auth/session-cookie.js';
import { timeStep, totpCode } from '../auth/totp.js';
import { makeSession, makeUser, TEST_PASSWORD } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { assertProblem } from './responses.js';

const t = await createTestApp({ LOGIN_MAX_FAILURES: '4', LOGIN_LOCK_MINUTES: '15', SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '12' });

let addresses = 0;
/** A fresh client address per test, so that the login throttle of one test does not reach another. */
const newAddress = () => `198.51.100.${++addresses}`;

/** A browser in miniature: its cookie jar, its address, and what it sends with every request. */
function browser(app: TestApp, address = newAddress(), jar: Record<string, string> = { [CSRF_COOKIE]: 'csrf-token' }) {
  const cookies = new Map(Object.entries(jar));
  const request = async (options: InjectOptions) => {
    const response = await app.app.inject({
      remoteAddress: address,
      ...options,
      headers: { [CSRF_HEADER]: cookies.get(CSRF_COOKIE) ?? '', ...options.headers, cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date }[]) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now())) cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value);
    }
    return response;
  };
  return {
    cookies,
    address,
    request,
    get: (url: string) => request({ method: 'GET', url }),
    post: (url: string, payload?: object, headers?: Record<string, string>) => request({ method: 'POST', url, payload, headers }),
    login: (login: string, password = TEST_PASSWORD) => request({ method: 'POST', url: '/api/auth/login', payload: { login, password } }),
  };
}

const sessionRow = (token: string) => t.db.owner.selectFrom('sessions').selectAll().where('id', '=', sessionIdOf(token)).executeTakeFirst();

describe('session fixation', () => {
  test('a session cookie planted before login is not the session after it, and never becomes one', async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const planted = 'attacker-chosen-session-token-0123456789abcdef';
    const victim = browser(t, newAddress(), { [CSRF_COOKIE]: 'csrf-token', [SESSION_COOKIE]: planted });
    assert.equal((await victim.login(user.login)).statusCode, 200);
    const issued = victim.cookies.get(SESSION_COOKIE)!;
    assert.notEqual(issued, planted);
    assert.equal(await sessionRow(planted), undefined);
    const attacker = browser(t, newAddress(), { [CSRF_COOKIE]: 'x', [SESSION_COOKIE]: planted });
    assertProblem(await attacker.get('/api/session'), 401, 'AUTH_REQUIRED');
    assert.equal((await victim.get('/api/session')).json().user.login, user.login);
  });

  test("the attacker's own live session planted in the victim's browser is replaced at the victim's login", async () => {
    const attackerUser = await makeUser(t.db, { role: 'agency_focal_point' });
    const victimUser = await makeUser(t.db, { role: 'agency_head' });
    const attackerToken = await makeSession(t.db, attackerUser.id);
    const victim = browser(t, newAddress(), { [CSRF_COOKIE]: 'csrf-token', [SESSION_COOKIE]: attackerToken });
    assert.equal((await victim.login(victimUser.login)).statusCode, 200);
    assert.notEqual(victim.cookies.get(SESSION_COOKIE), attackerToken);
    assert.equal((await victim.get('/api/session')).json().user.login, victimUser.login);
    const attacker = browser(t, newAddress(), { [CSRF_COOKIE]: 'x', [SESSION_COOKIE]: attackerToken });
    assert.equal((await attacker.get('/api/session')).json().user.login, attackerUser.login, 'the victim never acts in the attacker’s session, nor the attacker in the victim’s');
  });

  test('the half-open session of the password step is replaced by a new one at the second factor, and is dead after it', async () => {
    const user = await makeUser(t.db, { role: 'shelter_worker' });
    const client = browser(t);
    const enrolment = (await client.login(user.login)).json().enrolment;
    const pending = client.cookies.get(SESSION_COOKIE)!;
    assert.equal((await client.post('/api/auth/totp/enrol', { code: totpCode(enrolment.secret, timeStep()) })).statusCode, 200);
    const active = client.cookies.get(SESSION_COOKIE)!;
    assert.notEqual(active, pending);
    assert.equal(await sessionRow(pending), undefined);
    const replay = browser(t, newAddress(), { [CSRF_COOKIE]: 'x', [SESSION_COOKIE]: pending });
    assertProblem(await replay.get('/api/session'), 401, 'AUTH_REQUIRED');
    assertProblem(await replay.post('/api/auth/totp', { code: totpCode(enrolment.secret, timeStep() + 1) }), 401, 'AUTH_REQUIRED');
  });

  test('session tokens are long, random, HttpOnly, SameSite=Strict, and stored only as their hash', async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const client = browser(t);
    const response = await client.login(user.login);
    const cookie = (response.cookies as { name: string; value: string; httpOnly?: boolean; sameSite?: string; path?: string }[]).find((c) => c.name === SESSION_COOKIE)!;
    assert.ok(cookie.httpOnly);
    assert.equal(cookie.sameSite, 'Strict');
    assert.equal(cookie.path, '/');
    assert.ok(Buffer.from(cookie.value, 'base64url').length >= 32);
    const stored = await t.db.owner.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    assert.deepEqual(stored.map((s) => s.id), [sessionIdOf(cookie.value)]);
  });
});

describe('cross-site request forgery', () => {
  const writes = () => t.routes.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
  const concrete = (url: string) => url.replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');

  test('every write route refuses a request without the token, with a wrong one, or with the header but not the cookie', async () => {
    const user = await makeUser(t.db, { role: 'admin' });
    const token = await makeSession(t.db, user.id);
    assert.ok(writes().length > 20);
    for (const route of writes()) {
      for (const [label, cookie, header] of [
        ['no token', `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=right`, undefined],
        ['wrong token', `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=right`, 'wrong'],
        ['no cookie', `${SESSION_COOKIE}=${token}`, 'right'],
        ['empty both', `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=`, ''],
      ] as const) {
        const response = await t.app.inject({
          method: route.method as 'POST',
          url: concrete(route.url),
          payload: {},
          headers: { cookie, ...(header === undefined ? {} : { [CSRF_HEADER]: header }) },
        });
        assert.equal(response.statusCode, 403, `${route.method} ${route.url} (${label}): ${response.statusCode}`);
        assert.equal(response.json().code, 'CSRF_INVALID', `${route.method} ${route.url} (${label})`);
      }
    }
  });

  test('every write route refuses the right token from another origin', async () => {
    const user = await makeUser(t.db, { role: 'admin' });
    const token = await makeSession(t.db, user.id);
    for (const route of writes()) {
      for (const origin of ['https://evil.example', 'null', 'http://localhost.evil.example', 'not a url', 'http://localhost:80@evil.example']) {
        const response = await t.app.inject({
          method: route.method as 'POST',
          url: concrete(route.url),
          payload: {},
          headers: { cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=right`, [CSRF_HEADER]: 'right', origin, host: 'localhost:80' },
        });
        assert.equal(response.json().code, 'CSRF_INVALID', `${route.method} ${route.url} from ${origin}: ${response.statusCode}`);
      }
    }
  });

  test('a forged login (logging the victim into the attacker’s account) is refused too', async () => {
    const attacker = await makeUser(t.db, { role: 'agency_focal_point' });
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: attacker.login, password: TEST_PASSWORD }, headers: { origin: 'https://evil.example' } });
    assertProblem(response, 403, 'CSRF_INVALID');
    assert.equal(response.cookies.some((c: { name: string }) => c.name === SESSION_COOKIE), false);
  });

  test('the same origin with the token passes', async () => {
    const client = browser(t);
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    assert.equal((await client.request({ method: 'POST', url: '/api/auth/login', payload: { login: user.login, password: TEST_PASSWORD }, headers: { origin: 'https://koordinator.example.gov.az', host: 'koordinator.example.gov.az' } })).statusCode, 200);
  });
});

describe('sessions replayed after they ended', () => {
  test('after logout the old cookie opens nothing, for reads and writes', async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const client = browser(t);
    await client.login(user.login);
    const token = client.cookies.get(SESSION_COOKIE)!;
    assert.equal((await client.post('/api/auth/logout')).statusCode, 204);
    assert.equal(client.cookies.has(SESSION_COOKIE), false, 'the cookie is cleared');
    const replay = browser(t, client.address, { [CSRF_COOKIE]: 'x', [SESSION_COOKIE]: token });
    assertProblem(await replay.get('/api/session'), 401, 'AUTH_REQUIRED');
    assertProblem(await replay.get('/api/organisations'), 401, 'AUTH_REQUIRED');
    assertProblem(await replay.post('/api/notifications/read', {}), 401, 'AUTH_REQUIRED');
    assertProblem(await replay.post('/api/auth/logout'), 401, 'AUTH_REQUIRED');
  });

  test('after "log out everywhere" every session of the user is dead, half-open ones included', async () => {
    const user = await makeUser(t.db, { role: 'oversight_reader' });
    const phone = browser(t);
    const laptop = browser(t);
    await phone.login(user.login);
    await laptop.login(user.login);
    const otherTokens = [phone.cookies.get(SESSION_COOKIE)!, await makeSession(t.db, user.id)];
    const other = await makeUser(t.db, { role: 'oversight_reader' });
    const bystander = await makeSession(t.db, other.id);
    assert.equal((await laptop.post('/api/auth/logout-all')).statusCode, 204);
    for (const token of [...otherTokens, laptop.cookies.get(SESSION_COOKIE) ?? 'cleared']) {
      assertProblem(await browser(t, newAddress(), { [CSRF_COOKIE]: 'x', [SESSION_COOKIE]: token }).get('/api/session'), 401, 'AUTH_REQUIRED');
    }
    assert.equal((await t.db.owner.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).length, 0);
    assert.equal((await browser(t, newAddress(), { [CSRF_COOKIE]: 'x', [SESSION_COOKIE]: bystander }).get('/api/session')).statusCode, 200, 'only that user’s sessions end');
  });

  test('a password reset, a deactivation and a role change end the user’s sessions', async () => {
    const admin = browser(t, newAddress(), { [CSRF_COOKIE]: 'x', [SESSION_COOKIE]: await makeSession(t.db, (await makeUser(t.db, { role: 'admin' })).id) });
    for (const change of ['password', 'deactivate', 'role'] as const) {
      const user = await makeUser(t.db, { role: 'agency_focal_point' });
      const token = await makeSession(t.db, user.id);
      const response =
        change === 'password'
          ? await admin.post(`/api/users/${user.id}/password`, { password: 'Başqa-Parol-2026!' })
          : await admin.request({ method: 'PUT', url: `/api/users/${user.id}`, payload: { fullName: 'Dəyişən Ad', organisationId: user.organisationId, role: change === 'role' ? 'agency_head' : 'agency_focal_point', active: change !== 'deactivate' } });
      assert.ok(response.statusCode < 300, `${change}: ${response.body}`);
      assertProblem(await browser(t, newAddress(), { [CSRF_COOKIE]: 'x', [SESSION_COOKIE]: token }).get('/api/session'), 401, 'AUTH_REQUIRED');
    }
  });

  test('a changed password ends the other sessions and keeps this one', async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const here = browser(t);
    await here.login(user.login);
    const elsewhere = await makeSession(t.db, user.id);
    const changed = await here.request({ method: 'PUT', url: '/api/account/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'Təzə-Parol-2026!' } });
    assert.equal(changed.statusCode, 204, changed.body);
    assert.equal((await here.get('/api/session')).statusCode, 200);
    assertProblem(await browser(t, newAddress(), { [CSRF_COOKIE]: 'x', [SESSION_COOKIE]: elsewhere }).get('/api/session'), 401, 'AUTH_REQUIRED');
  });
});

describe('expired sessions', () => {
  test('idle past the limit: refused and deleted, even for a write', async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const token = await makeSession(t.db, user.id);
    await sql`update sessions set last_seen_at = now() - interval '31 minutes' where id = ${sessionIdOf(token)}`.execute(t.db.owner);
    const client = browser(t, newAddress(), { [CSRF_COOKIE]: 'x', [SESSION_COOKIE]: token });
    assertProblem(await client.post('/api/notifications/read', {}), 401, 'AUTH_REQUIRED');
    assert.equal(await sessionRow(token), undefined);
  });

  test('past the absolute limit: refused however recently it was used', async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const token = await makeSession(t.db, user.id);
    await sql`update sessions set last_seen_at = now(), expires_at = now() - interval '1 second' where id = ${sessionIdOf(token)}`.execute(t.db.owner);
    assertProblem(await browser(t, newAddress(), { [CSRF_COOKIE]: 'x', [SESSION_COOKIE]: token }).get('/api/session'), 401, 'AUTH_REQUIRED');
    assert.equal(await sessionRow(token), undefined);
  });

  test('activity keeps a session alive only up to its absolute limit, which login sets from SESSION_MAX_HOURS', async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const client = browser(t);
    await client.login(user.login);
    const row = (await sessionRow(client.cookies.get(SESSION_COOKIE)!))!;
    const hours = (new Date(row.expires_at).getTime() - Date.now()) / 3_600_000;
    assert.ok(hours > 11.9 && hours <= 12, `${hours} hours`);
    await sql`update sessions set last_seen_at = now() - interval '29 minutes' where id = ${row.id}`.execute(t.db.owner);
    assert.equal((await client.get('/api/session')).statusCode, 200, 'within the idle limit');
    const touched = (await sessionRow(client.cookies.get(SESSION_COOKIE)!))!;
    assert.ok(new Date(touched.last_seen_at).getTime() > Date.now() - 60_000, 'use moves the idle clock');
    assert.equal(new Date(touched.expires_at).getTime(), new Date(row.expires_at).getTime(), 'but never the absolute one');
  });

  test('a half-open second-factor session expires like any other', async () => {
    const user = await makeUser(t.db, { role: 'hotline_operator' });
    const client = browser(t);
    const enrolment = (await client.login(user.login)).json().enrolment;
    await sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = ${user.id}`.execute(t.db.owner);
    assertProblem(await client.post('/api/auth/totp/enrol', { code: totpCode(enrolment.secret, timeStep()) }), 401, 'AUTH_REQUIRED');
  });
});

describe('password guessing', () => {
  test('the login throttle stops one address after 20 attempts a minute, whatever the accounts tried', async () => {
    const guesser = browser(t);
    for (let i = 0; i < 20; i++) assertProblem(await guesser.login(`no.such.user.${i}`, 'guess'), 401, 'AUTH_INVALID_CREDENTIALS');
    const limited = await guesser.login('no.such.user.20', 'guess');
    assertProblem(limited, 429, 'RATE_LIMITED');
    assert.ok(Number(limited.headers['retry-after']) > 0, 'says when to come back');
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    assertProblem(await guesser.login(user.login), 429, 'RATE_LIMITED');
    assert.equal((await browser(t).login(user.login)).statusCode, 200, 'another address is not affected');
  });

  test('the second-factor step has its own throttle', async () => {
    const user = await makeUser(t.db, { role: 'police_investigator' });
    const guesser = browser(t);
    await guesser.login(user.login);
    let limited = false;
    for (let i = 0; i < 25 && !limited; i++) limited = (await guesser.post('/api/auth/totp/enrol', { code: String(100000 + i) })).statusCode === 429;
    assert.ok(limited);
  });

  test('without a trusted proxy, X-Forwarded-For does not make a new address', async () => {
    const guesser = browser(t);
    let last = 0;
    for (let i = 0; i < 22; i++) last = (await guesser.request({ method: 'POST', url: '/api/auth/login', payload: { login: `nobody.${i}`, password: 'x' }, headers: { 'x-forwarded-for': `203.0.113.${i}` } })).statusCode;
    assert.equal(last, 429);
  });

  test('behind the trusted proxy, the client address is what the proxy saw, not what the client wrote', async () => {
    const proxied = await createTestApp({ TRUST_PROXY: 'true' });
    const proxy = browser(proxied, '10.0.0.2');
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      // The proxy appends the address it saw (192.0.2.7) to whatever the client sent.
      const response = await proxy.request({ method: 'POST', url: '/api/auth/login', payload: { login: `nobody.${i}`, password: 'x' }, headers: { 'x-forwarded-for': `203.0.113.${i}, 192.0.2.7` } });
      statuses.push(response.statusCode);
    }
    assert.equal(statuses.at(-1), 429, `a forged X-Forwarded-For evaded the throttle: ${statuses.join(' ')}`);
    const audited = await proxied.db.owner.selectFrom('audit_log').select('ip').where('action', '=', 'session.login_failed').execute();
    assert.ok(audited.length > 0 && audited.every((row) => String(row.ip).startsWith('192.0.2.7')), `audited addresses: ${[...new Set(audited.map((r) => r.ip))].join(', ')}`);
  });

  test('guessing one account from many addresses locks it, the right password included, until the lock ends', async () => {
    const user = await makeUser(t.db, { role: 'agency_head' });
    for (let i = 0; i < 3; i++) assertProblem(await browser(t).login(user.login, `guess-${i}`), 401, 'AUTH_INVALID_CREDENTIALS');
    const locked = await browser(t).login(user.login, 'guess-3');
    assertProblem(locked, 423, 'AUTH_LOCKED');
    assert.ok(Number(locked.headers['retry-after']) > 14 * 60);
    assertProblem(await browser(t).login(user.login), 423, 'AUTH_LOCKED');
    assert.equal((await t.db.owner.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).length, 0, 'no session while locked');
    await sql`update users set locked_until = now() - interval '1 second' where id = ${user.id}`.execute(t.db.owner);
    assert.equal((await browser(t).login(user.login)).statusCode, 200, 'the lock ends');
    const after = await t.db.owner.selectFrom('users').select(['failed_logins', 'locked_until']).where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.deepEqual(after, { failed_logins: 0, locked_until: null }, 'and a success starts the count again');
  });

  test('wrong second-factor codes count towards the same lock', async () => {
    const user = await makeUser(t.db, { role: 'ngo_partner' });
    const client = browser(t);
    const { secret } = (await client.login(user.login)).json().enrolment;
    assert.equal((await client.post('/api/auth/totp/enrol', { code: totpCode(secret, timeStep()) })).statusCode, 200);
    const second = browser(t);
    assert.equal((await second.login(user.login)).json().status, 'totp_required');
    const wrong = (step: number) => second.post('/api/auth/totp', { code: totpCode(secret, step) });
    for (let i = 0; i < 3; i++) assertProblem(await wrong(timeStep() + 10 + i), 401, 'AUTH_TOTP_INVALID');
    assertProblem(await wrong(timeStep() + 20), 423, 'AUTH_LOCKED');
    assertProblem(await second.post('/api/auth/totp', { code: totpCode(secret, timeStep() + 1) }), 423, 'AUTH_LOCKED');
  });
});
