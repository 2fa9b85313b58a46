/**
 * Hostile requests picked by hand, for the failures the schema-driven fuzzing found or that it
 * cannot make (URLs the router refuses, raw bodies that are not JSON at all).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestApp } from '../test/test-app.js';
import { assertProblem } from './responses.js';

const t = await createTestApp();
const admin = await t.as('admin');
const json = (method: 'POST' | 'PUT', url: string, body: string) => admin.request({ method, url, payload: body, headers: { 'content-type': 'application/json' } });

describe('text the database or an export cannot hold is refused at validation', () => {
  test('a NUL character in a body field, a query filter or an object key', async () => {
    const body = await json('POST', '/api/organisations', '{"nameAz":"Qurum\\u0000 adı","shortName":"Q","kind":"ngo"}');
    assertProblem(body, 400, 'VALIDATION_FAILED');
    assert.equal(body.json().errors[0].path, 'nameAz');
    assertProblem(await admin.get('/api/organisations?q=%00'), 400, 'VALIDATION_FAILED');
    assertProblem(await admin.get('/api/users?q=a%00b'), 400, 'VALIDATION_FAILED');
    const key = await admin.post('/api/plans/name-mappings', JSON.parse('{"name":"x","organisationId":"00000000-0000-4000-8000-000000000000","\\u0000":1}'));
    assertProblem(key, 400, 'VALIDATION_FAILED');
  });

  test('a lone UTF-16 surrogate, which is no Unicode text at all', async () => {
    for (const text of ['\\ud800', 'a\\udfffb', '\\udc00\\ud800']) {
      const response = await json('POST', '/api/organisations', `{"nameAz":"Qurum ${text}","shortName":"Q","kind":"ngo"}`);
      assertProblem(response, 400, 'VALIDATION_FAILED');
    }
  });

  test('U+FFFE and U+FFFF, which are no characters and which no XML document (a Word or Excel export) may hold', async () => {
    for (const text of ['\\ufffe', 'a\\uffffb']) {
      const response = await json('POST', '/api/organisations', `{"nameAz":"Qurum ${text}","shortName":"Q","kind":"ngo"}`);
      assertProblem(response, 400, 'VALIDATION_FAILED');
    }
    assertProblem(await admin.get('/api/organisations?q=%EF%BF%BF'), 400, 'VALIDATION_FAILED');
  });

  test('a surrogate pair, NUL-free control characters and every script are ordinary text', async () => {
    const name = `Qurum 𝕏 ✓ Ağ Гянджа \u202e ${Math.random()}`;
    const response = await admin.post('/api/organisations', { nameAz: name, shortName: 'Q', kind: 'ngo' });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal((await admin.get(`/api/organisations/${response.json().id}`)).json().nameAz, name);
  });

  test('deeply nested JSON is a validation failure, not a stack overflow', async () => {
    assertProblem(await json('POST', '/api/organisations', '['.repeat(100_000) + ']'.repeat(100_000)), 400, 'VALIDATION_FAILED');
    const nested = '{"nameAz":"x","shortName":"Q","kind":"ngo","aliases":' + '['.repeat(50_000) + ']'.repeat(50_000) + '}';
    assertProblem(await json('POST', '/api/organisations', nested), 400, 'VALIDATION_FAILED');
  });

  test('prototype keys in a body are refused before any handler sees them', async () => {
    assertProblem(await json('POST', '/api/organisations', '{"__proto__":{"admin":true},"nameAz":"x","shortName":"Q","kind":"ngo"}'), 400, 'MALFORMED_REQUEST');
    assertProblem(await json('POST', '/api/organisations', '{"constructor":{"prototype":{"admin":true}},"nameAz":"x","shortName":"Q","kind":"ngo"}'), 400, 'MALFORMED_REQUEST');
    assert.equal(({} as Record<string, unknown>).admin, undefined);
  });
});

describe('URLs the router itself refuses still answer problem+json', () => {
  test('a path parameter longer than the router allows', async () => {
    assertProblem(await admin.get(`/api/organisations/${'a'.repeat(300)}`), 400, 'MALFORMED_REQUEST');
  });

  test('a broken percent-encoding in the path', async () => {
    assertProblem(await admin.get('/api/organisations/%E0%A4%A'), 400, 'MALFORMED_REQUEST');
    assertProblem(await t.anonymous().get('/%'), 400, 'MALFORMED_REQUEST');
  });
});
