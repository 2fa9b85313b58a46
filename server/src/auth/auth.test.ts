import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, SESSION_COOKIE } from '../test/test-app.js';
import { makeUser, TEST_PASSWORD } from '../test/factories.js';
import { timeStep, totpCode } from './totp.js';

const t = await createTestApp({ LOGIN_MAX_FAILURES: '3', SESSION_IDLE_MINUTES: '30' });

async function login(login: string, password = TEST_PASSWORD, lang = 'az') {
  const client = t.anonymous();
  const response = await client.post('/api/auth/login', { login, password }, { 'accept-language': lang });
  return { client, response };
}

describe('password login', () => {
  test('a user without a second factor logs in, gets an HttpOnly SameSite=Strict cookie and a session', async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const { client, response } = await login(user.login.toUpperCase());
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ok' });
    const cookie = String(response.headers['set-cookie']);
    assert.match(cookie, /kk_session=[^;]+;.*HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const session = await client.get('/api/session');
    assert.equal(session.statusCode, 200);
    assert.equal(session.json().user.login, user.login);
    assert.deepEqual(session.json().permissions, ['organisations.read', 'plans.read', 'statistics.read', 'reports.read', 'reports.write']);
  });

  test('a wrong password and an unknown login get the same answer, in the caller’s language', async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const wrong = await login(user.login, 'Wrong-Password-1', 'ru');
    const unknown = await login('no.such.user', 'Wrong-Password-1', 'ru');
    for (const { response } of [wrong, unknown]) {
      assert.equal(response.statusCode, 401);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(response.json().code, 'AUTH_INVALID_CREDENTIALS');
      assert.equal(response.json().detail, 'Неверное имя пользователя или пароль.');
      assert.ok(response.json().requestId);
    }
  });

  test('repeated failures lock the account for a while, even for the right password', async () => {
    const user = await makeUser(t.db, { role: 'agency_head' });
    assert.equal((await login(user.login, 'Wrong-1')).response.statusCode, 401);
    assert.equal((await login(user.login, 'Wrong-2')).response.statusCode, 401);
    const third = await login(user.login, 'Wrong-3');
    assert.equal(third.response.statusCode, 423);
    assert.equal(third.response.json().code, 'AUTH_LOCKED');
    assert.ok(Number(third.response.headers['retry-after']) > 0);
    assert.equal((await login(user.login)).response.statusCode, 423);
    const admin = await t.as('admin');
    assert.equal((await admin.post(`/api/users/${user.id}/unlock`)).statusCode, 204);
    assert.equal((await login(user.login)).response.statusCode, 200);
  });

  test('a deactivated user cannot log in', async () => {
    const user = await makeUser(t.db, { role: 'agency_head', active: false });
    assert.equal((await login(user.login)).response.statusCode, 401);
  });
});

describe('second factor', () => {
  test('a role that sees personal data must enrol an authenticator, then use it', async () => {
    const user = await makeUser(t.db, { role: 'shelter_worker' });
    const first = await login(user.login);
    assert.equal(first.response.json().status, 'totp_enrolment_required');
    const { secret, otpauthUri, qrSvg } = first.response.json().enrolment;
    assert.match(otpauthUri, /^otpauth:\/\/totp\/Koordinator/);
    assert.match(qrSvg, /^<svg/);
    // Until the second step is done the session opens nothing.
    const early = await first.client.get('/api/session');
    assert.equal(early.statusCode, 401);
    assert.equal(early.json().code, 'AUTH_SECOND_FACTOR_PENDING');
    const wrong = await first.client.post('/api/auth/totp/enrol', { code: totpCode(secret, timeStep() + 5) });
    assert.equal(wrong.json().code, 'AUTH_TOTP_INVALID');
    const pendingToken = first.client.cookies.get(SESSION_COOKIE);
    const done = await first.client.post('/api/auth/totp/enrol', { code: totpCode(secret, timeStep()) });
    assert.equal(done.statusCode, 200);
    assert.notEqual(first.client.cookies.get(SESSION_COOKIE), pendingToken, 'the session token is renewed after the second step');
    assert.equal((await first.client.get('/api/session')).json().user.totpEnabled, true);

    const second = await login(user.login);
    assert.deepEqual(second.response.json(), { status: 'totp_required' });
    const replayed = await second.client.post('/api/auth/totp', { code: totpCode(secret, timeStep()) });
    assert.equal(replayed.statusCode, 401, 'a code already used cannot be used again');
    const next = await second.client.post('/api/auth/totp', { code: totpCode(secret, timeStep() + 1) });
    assert.equal(next.statusCode, 200);
    assert.equal((await second.client.get('/api/session')).statusCode, 200);
  });

  test('an optional second factor can be set up and turned off by a role that does not require it', async () => {
    const client = await t.as('oversight_reader');
    const setup = await client.post('/api/account/totp/setup');
    assert.equal(setup.statusCode, 200);
    const confirm = await client.post('/api/account/totp/confirm', { code: totpCode(setup.json().secret, timeStep()) });
    assert.equal(confirm.statusCode, 204);
    assert.equal((await client.get('/api/session')).json().user.totpEnabled, true);
    assert.equal((await client.delete('/api/account/totp', { password: TEST_PASSWORD })).statusCode, 204);
    const required = await t.as('police_investigator');
    assert.equal((await required.delete('/api/account/totp', { password: TEST_PASSWORD })).json().code, 'TOTP_REQUIRED_FOR_ROLE');
  });
});

describe('sessions', () => {
  test('logout ends this session; log out everywhere ends all of them', async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const a = (await login(user.login)).client;
    const b = (await login(user.login)).client;
    const c = (await login(user.login)).client;
    assert.equal((await a.post('/api/auth/logout')).statusCode, 204);
    assert.equal((await a.get('/api/session')).statusCode, 401);
    assert.equal((await b.get('/api/session')).statusCode, 200);
    assert.equal((await b.post('/api/auth/logout-all')).statusCode, 204);
    assert.equal((await b.get('/api/session')).statusCode, 401);
    assert.equal((await c.get('/api/session')).statusCode, 401);
  });

  test('a session idle for longer than the limit has expired', async () => {
    const user = await makeUser(t.db, { role: 'agency_focal_point' });
    const { client } = await login(user.login);
    await sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = ${user.id}`.execute(t.db.owner);
    assert.equal((await client.get('/api/session')).statusCode, 401);
    const left = await t.db.owner.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    assert.deepEqual(left, []);
  });

  test('a write without the CSRF token is refused', async () => {
    const client = await t.as('admin');
    const response = await client.post('/api/organisations', { nameAz: 'CSRF Sınağı', shortName: 'CS', kind: 'ngo' }, { 'x-csrf-token': 'forged' });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'CSRF_INVALID');
    const crossSite = await client.post('/api/organisations', { nameAz: 'CSRF Sınağı', shortName: 'CS', kind: 'ngo' }, { origin: 'https://evil.example' });
    assert.equal(crossSite.json().code, 'CSRF_INVALID');
  });
});

describe('passwords', () => {
  test('a user told to change the password can do nothing else until they do', async () => {
    const user = await makeUser(t.db, { role: 'agency_head', mustChangePassword: true });
    const { client } = await login(user.login);
    assert.equal((await client.get('/api/session')).json().user.mustChangePassword, true);
    assert.equal((await client.get('/api/organisations')).json().code, 'AUTH_PASSWORD_CHANGE_REQUIRED');
    const weak = await client.put('/api/account/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().code, 'PASSWORD_POLICY');
    assert.equal(weak.json().errors[0].path, 'newPassword');
    const wrongCurrent = await client.put('/api/account/password', { currentPassword: 'nope', newPassword: 'Yaxşı-Parol-2026' });
    assert.equal(wrongCurrent.json().errors[0].path, 'currentPassword');
    assert.equal((await client.put('/api/account/password', { currentPassword: TEST_PASSWORD, newPassword: 'Yaxşı-Parol-2026' })).statusCode, 204);
    assert.equal((await client.get('/api/organisations')).statusCode, 200);
    assert.equal((await login(user.login, 'Yaxşı-Parol-2026')).response.statusCode, 200);
  });
});
