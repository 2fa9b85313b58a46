import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ROLES, type Role } from '../../../common/src/roles.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { POLICIES } from './index.js';

type Allowed = 'public' | 'everyone' | readonly Role[];
interface MatrixRow {
  allow: Allowed;
  /** Query string the route requires. */
  query?: string;
  /** A valid request, so that the answer reflects authorization and not validation. */
  payload?: (ids: Ids) => unknown;
}
interface Ids {
  organisationId: string;
  userId: string;
}

const ID = ':id';
const userReaders = ['national_coordinator', 'secretariat', 'agency_head', 'police_supervisor', 'admin'] as const;
const planImporters = ['secretariat', 'admin'] as const;
const reportReaders = ['national_coordinator', 'secretariat', 'agency_focal_point', 'agency_head', 'ngo_partner', 'oversight_reader'] as const;
const reportWriters = ['agency_focal_point', 'agency_head', 'ngo_partner'] as const;
const reportReviewers = ['national_coordinator', 'secretariat'] as const;

/** Every route and who may use it, spelled out. A new route must be added here or the meta-test fails. */
const MATRIX: Record<string, MatrixRow> = {
  'GET /healthz': { allow: 'public' },
  'GET /readyz': { allow: 'public' },
  'GET /api/openapi.json': { allow: 'public' },
  'POST /api/auth/login': { allow: 'public' },
  'POST /api/auth/totp': { allow: 'public' },
  'POST /api/auth/totp/enrol': { allow: 'public' },
  'POST /api/auth/logout': { allow: 'everyone' },
  'POST /api/auth/logout-all': { allow: 'everyone' },
  'GET /api/session': { allow: 'everyone' },
  'PUT /api/account/password': { allow: 'everyone', payload: () => ({ currentPassword: 'x', newPassword: 'y' }) },
  'PUT /api/account/locale': { allow: 'everyone', payload: () => ({ locale: 'en' }) },
  'POST /api/account/totp/setup': { allow: 'everyone' },
  'POST /api/account/totp/confirm': { allow: 'everyone', payload: () => ({ code: '123456' }) },
  'DELETE /api/account/totp': { allow: 'everyone', payload: () => ({ password: 'x' }) },
  'GET /api/notifications': { allow: 'everyone' },
  'POST /api/notifications/read': { allow: 'everyone', payload: () => ({}) },
  'GET /api/organisations': { allow: 'everyone' },
  [`GET /api/organisations/${ID}`]: { allow: 'everyone' },
  'POST /api/organisations': { allow: ['admin'], payload: () => ({ nameAz: `Yeni qurum ${Math.random()}`, shortName: 'YQ', kind: 'ngo' }) },
  [`PUT /api/organisations/${ID}`]: { allow: ['admin'], payload: () => ({ nameAz: `Dəyişdirilmiş ${Math.random()}`, shortName: 'DQ', kind: 'ngo' }) },
  [`DELETE /api/organisations/${ID}`]: { allow: ['admin'] },
  'GET /api/users': { allow: userReaders },
  [`GET /api/users/${ID}`]: { allow: userReaders },
  'POST /api/users': {
    allow: ['admin'],
    payload: ({ organisationId }) => ({ login: `yeni.${Math.random().toString(36).slice(2, 8)}`, fullName: 'Yeni İstifadəçi', organisationId, role: 'agency_focal_point', password: 'Uzun-Parol-2026!' }),
  },
  [`PUT /api/users/${ID}`]: { allow: ['admin'], payload: ({ organisationId }) => ({ fullName: 'Dəyişən Ad', organisationId, role: 'agency_focal_point', active: true }) },
  [`POST /api/users/${ID}/password`]: { allow: ['admin'], payload: () => ({ password: 'Başqa-Parol-2026!' }) },
  [`POST /api/users/${ID}/unlock`]: { allow: ['admin'] },
  [`POST /api/users/${ID}/reset-totp`]: { allow: ['admin'] },
  'GET /api/audit': { allow: ['national_coordinator', 'admin'] },
  'GET /api/plans': { allow: 'everyone' },
  [`GET /api/plans/${ID}`]: { allow: 'everyone' },
  [`DELETE /api/plans/${ID}`]: { allow: planImporters },
  [`GET /api/plans/${ID}/export.docx`]: { allow: 'everyone' },
  [`GET /api/plans/${ID}/export.xlsx`]: { allow: 'everyone' },
  'GET /api/plans/unmatched-names': { allow: ['admin'] },
  'POST /api/plans/name-mappings': { allow: ['admin'], payload: ({ organisationId }) => ({ name: 'Naməlum Qurum', organisationId }) },
  'GET /api/measures': { allow: 'everyone' },
  [`GET /api/measures/${ID}`]: { allow: 'everyone' },
  [`PUT /api/measures/${ID}`]: { allow: ['secretariat'], payload: () => ({ text: 'Mətn', period: null, participants: [], reason: 'Yoxlama' }) },
  [`POST /api/measures/${ID}/variants/:variantId`]: { allow: ['secretariat'], payload: () => ({ choice: 'keep' }) },
  [`POST /api/measures/${ID}/continues`]: { allow: ['secretariat'], payload: ({ organisationId }) => ({ measureId: organisationId }) },
  [`DELETE /api/measures/${ID}/continues/:otherId`]: { allow: ['secretariat'] },
  'POST /api/plan-imports': { allow: planImporters, query: '?fileName=plan.txt' },
  [`POST /api/plan-imports/${ID}/confirm`]: { allow: planImporters, payload: () => ({ wording: {} }) },
  [`DELETE /api/plan-imports/${ID}`]: { allow: planImporters },
  'GET /api/report-periods': { allow: reportReaders },
  'POST /api/report-periods': { allow: ['secretariat'], payload: ({ organisationId }) => ({ planId: organisationId, kind: 'year', year: 2021, dueOn: '2022-01-31' }) },
  [`GET /api/report-periods/${ID}`]: { allow: reportReaders },
  [`POST /api/report-periods/${ID}/close`]: { allow: ['secretariat'] },
  'GET /api/report-entries': { allow: reportReaders },
  [`GET /api/report-entries/${ID}`]: { allow: reportReaders },
  [`PUT /api/report-entries/${ID}`]: { allow: reportWriters, payload: () => ({ revision: 0, status: 'in_progress', narrative: 'Mətn', activities: [], figures: [], needs: [] }) },
  [`POST /api/report-entries/${ID}/submit`]: { allow: ['agency_head', 'ngo_partner'] },
  [`POST /api/report-entries/${ID}/review`]: { allow: reportReviewers, payload: () => ({ decision: 'accept' }) },
  [`POST /api/report-entries/${ID}/reopen`]: { allow: reportReviewers, payload: () => ({ comment: 'Səbəb' }) },
  'POST /api/report-imports': { allow: reportWriters, query: `?periodId=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}&fileName=r.txt` },
  [`POST /api/report-entries/${ID}/attachments`]: { allow: reportWriters, query: '?fileName=a.pdf' },
  [`GET /api/report-entries/${ID}/attachments/:attachmentId`]: { allow: reportReaders },
  [`DELETE /api/report-entries/${ID}/attachments/:attachmentId`]: { allow: reportWriters },
  'POST /api/report-imports/apply': { allow: reportWriters, payload: ({ userId }) => ({ periodId: userId, items: [{ entryId: userId, narrative: 'x', activities: [], figures: [] }] }) },
  [`GET /api/report-periods/${ID}/dashboard`]: { allow: ['national_coordinator', 'secretariat'] },
  [`GET /api/report-periods/${ID}/report.docx`]: { allow: ['national_coordinator', 'secretariat', 'oversight_reader'] },
  [`GET /api/report-periods/${ID}/report.xlsx`]: { allow: ['national_coordinator', 'secretariat', 'oversight_reader'] },
};

function allows(allowed: Allowed, role: Role): boolean {
  return allowed === 'public' || allowed === 'everyone' || allowed.includes(role);
}

const t: TestApp = await createTestApp();

describe('every route declares its authorization', () => {
  test('each registered route names a policy action or is explicitly public', () => {
    const undeclared = t.routes.filter((route) => !route.access).map((route) => `${route.method} ${route.url}`);
    assert.deepEqual(undeclared, []);
    for (const route of t.routes) {
      const access = route.access!;
      if ('public' in access) continue;
      assert.ok(POLICIES[access.resource]?.actions[access.action], `${route.method} ${route.url}: ${access.resource}.${access.action} is not a declared policy action`);
    }
  });

  test('the matrix covers exactly the registered routes', () => {
    const registered = new Set(t.routes.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`));
    assert.deepEqual([...registered].sort(), Object.keys(MATRIX).sort());
  });

  test('public routes are exactly the ones the matrix calls public', () => {
    for (const route of t.routes.filter((r) => r.method !== 'HEAD')) {
      const isPublic = 'public' in route.access!;
      assert.equal(isPublic, MATRIX[`${route.method} ${route.url}`]?.allow === 'public', `${route.method} ${route.url}`);
    }
  });
});

describe('every role against every route', () => {
  for (const [key, row] of Object.entries(MATRIX)) {
    if (row.allow === 'public') continue;
    const [method, route] = key.split(' ') as [string, string];
    const path = `${route}${row.query ?? ''}`;
    test(key, async () => {
      const target = await makeOrganisation(t.db);
      const anonymous = await t.anonymous().request({ method: method as 'GET', url: path.replace(/:\w+/g, target.id), payload: row.payload?.({ organisationId: target.id, userId: target.id }) as object });
      assert.equal(anonymous.statusCode, 401, `anonymous ${key}`);
      for (const role of ROLES) {
        const client = await t.as(role);
        const victim = await makeUser(t.db, { role: 'agency_focal_point', organisationId: client.user.organisationId });
        const id = path.includes('/users/') ? victim.id : (await makeOrganisation(t.db)).id;
        const response = await client.request({
          method: method as 'GET',
          url: path.replace(/:\w+/g, id),
          payload: row.payload?.({ organisationId: client.user.organisationId, userId: victim.id }) as object,
        });
        if (allows(row.allow, role)) {
          assert.notEqual(response.statusCode, 403, `${role} should be allowed ${key}: ${response.body}`);
          assert.ok(response.statusCode < 500, `${role} ${key} failed: ${response.body}`);
        } else {
          assert.equal(response.statusCode, 403, `${role} should be denied ${key}: ${response.statusCode} ${response.body}`);
          assert.equal(response.json().code, 'FORBIDDEN');
        }
      }
    });
  }
});
