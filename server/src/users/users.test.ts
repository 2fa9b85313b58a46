import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestApp } from '../test/test-app.js';
import { makeOrganisation, makeUser } from '../test/factories.js';

const t = await createTestApp();

describe('users: need-to-know', () => {
  test('an agency head sees the users of their own organisation only, in lists and single reads', async () => {
    const mine = await makeOrganisation(t.db);
    const other = await makeOrganisation(t.db);
    const head = await t.as('agency_head', mine.id);
    const colleague = await makeUser(t.db, { role: 'agency_focal_point', organisationId: mine.id });
    const stranger = await makeUser(t.db, { role: 'agency_focal_point', organisationId: other.id });

    const list = await head.get('/api/users?pageSize=200');
    const ids = list.json().items.map((u: { id: string }) => u.id);
    assert.ok(ids.includes(colleague.id));
    assert.ok(!ids.includes(stranger.id));
    assert.ok(list.json().items.every((u: { organisation: { id: string } }) => u.organisation.id === mine.id));
    assert.equal((await head.get(`/api/users/${colleague.id}`)).statusCode, 200);
    const hidden = await head.get(`/api/users/${stranger.id}`);
    assert.equal(hidden.statusCode, 404, 'a record the caller may not see does not exist for them');
    assert.equal(hidden.json().code, 'NOT_FOUND');
    // Asking for the other organisation explicitly changes nothing.
    assert.equal((await head.get(`/api/users?organisationId=${other.id}`)).json().total, 0);
  });

  test('abilities tell the client what it may do', async () => {
    const head = await t.as('agency_head');
    assert.deepEqual(head && (await head.get('/api/users')).json().abilities, { create: false });
    const admin = await t.as('admin');
    const body = (await admin.get('/api/users')).json();
    assert.deepEqual(body.abilities, { create: true });
    assert.deepEqual(body.items[0].abilities, { update: true, resetCredentials: true });
  });
});

describe('users: administration', () => {
  test('an administrator creates a user, who must change the password at first login', async () => {
    const admin = await t.as('admin');
    const org = await makeOrganisation(t.db);
    const created = await admin.post('/api/users', { login: 'nigar.aliyeva', fullName: 'Nigar Əliyeva', email: '', organisationId: org.id, role: 'agency_focal_point', locale: 'ru', password: 'İlk-Parol-2026!' });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().mustChangePassword, true);
    assert.equal(created.json().email, null);
    const duplicate = await admin.post('/api/users', { login: 'NIGAR.ALIYEVA', fullName: 'X', organisationId: org.id, role: 'agency_focal_point', password: 'İlk-Parol-2026!' });
    assert.equal(duplicate.json().code, 'LOGIN_TAKEN');
    const login = await t.anonymous().post('/api/auth/login', { login: 'nigar.aliyeva', password: 'İlk-Parol-2026!' });
    assert.equal(login.statusCode, 200);
  });

  test('bad logins, weak passwords and unknown organisations are explained per field', async () => {
    const admin = await t.as('admin');
    const org = await makeOrganisation(t.db);
    const badLogin = await admin.post('/api/users', { login: 'with space', fullName: 'X', organisationId: org.id, role: 'admin', password: 'İlk-Parol-2026!' });
    assert.equal(badLogin.json().errors[0].path, 'login');
    const weak = await admin.post('/api/users', { login: 'weak.user', fullName: 'X', organisationId: org.id, role: 'admin', password: 'password1234' });
    assert.equal(weak.json().code, 'PASSWORD_POLICY');
    const noOrg = await admin.post('/api/users', { login: 'no.org', fullName: 'X', organisationId: '00000000-0000-4000-8000-000000000000', role: 'admin', password: 'İlk-Parol-2026!' });
    assert.equal(noOrg.json().errors[0].path, 'organisationId');
  });

  test('deactivating a user ends their sessions; an administrator cannot lock themselves out', async () => {
    const admin = await t.as('admin');
    const target = await t.as('agency_focal_point');
    const change = { fullName: 'Deaktiv', organisationId: target.user.organisationId, role: 'agency_focal_point', locale: 'az', active: false };
    assert.equal((await admin.put(`/api/users/${target.user.id}`, change)).statusCode, 200);
    assert.equal((await target.get('/api/session')).statusCode, 401);
    const self = await admin.put(`/api/users/${admin.user.id}`, { ...change, organisationId: admin.user.organisationId, role: 'admin' });
    assert.equal(self.json().code, 'SELF_LOCKOUT');
  });

  test('a password reset by an administrator ends the user’s sessions and forces a change', async () => {
    const admin = await t.as('admin');
    const target = await t.as('agency_head');
    assert.equal((await admin.post(`/api/users/${target.user.id}/password`, { password: 'Təzə-Parol-2026!' })).statusCode, 204);
    assert.equal((await target.get('/api/session')).statusCode, 401);
    const again = t.anonymous();
    await again.post('/api/auth/login', { login: target.user.login, password: 'Təzə-Parol-2026!' });
    assert.equal((await again.get('/api/session')).json().user.mustChangePassword, true);
  });
});
