import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ERROR_CATALOGUE } from './error-catalogue.js';
import { FIELD_MESSAGES } from './field-messages.js';
import { createTestApp } from '../test/test-app.js';

const t = await createTestApp({ BODY_LIMIT_BYTES: '2048' });

describe('bad input never gets a stack trace or a 500', () => {
  test('unknown routes answer 404 problem+json', async () => {
    const response = await t.anonymous().get('/api/no-such-thing');
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().code, 'ROUTE_NOT_FOUND');
    assert.equal(response.headers['x-request-id'], response.json().requestId);
  });

  test('oversized bodies get 413', async () => {
    const admin = await t.as('admin');
    const response = await admin.post('/api/organisations', { nameAz: 'x'.repeat(5000), shortName: 'X', kind: 'ngo' });
    assert.equal(response.statusCode, 413);
    assert.equal(response.json().code, 'PAYLOAD_TOO_LARGE');
  });

  test('malformed JSON is a 400 with a stable code', async () => {
    const admin = await t.as('admin');
    const response = await admin.request({ method: 'POST', url: '/api/organisations', payload: '{"nameAz": ', headers: { 'content-type': 'application/json' } });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'MALFORMED_REQUEST');
    assert.doesNotMatch(response.body, /at .*\.ts:\d+/);
  });

  test('an unsupported content type is a 415', async () => {
    const admin = await t.as('admin');
    const response = await admin.request({ method: 'POST', url: '/api/organisations', payload: 'nameAz=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(response.statusCode, 415);
    assert.equal(response.json().code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('field errors name the field and speak the caller’s language', async () => {
    const admin = await t.as('admin');
    for (const [lang, pattern] of [['az', /Yanlış|Çox/], ['ru', /Неверн|Слишком/], ['en', /Invalid|Too/]] as const) {
      const response = await admin.request({ method: 'POST', url: '/api/organisations', payload: { nameAz: '', shortName: 'X', kind: 'planet' }, headers: { 'accept-language': lang } });
      assert.equal(response.statusCode, 400);
      const body = response.json();
      assert.equal(body.code, 'VALIDATION_FAILED');
      assert.deepEqual(body.errors.map((e: { path: string }) => e.path).sort(), ['kind', 'nameAz']);
      for (const error of body.errors) assert.match(error.message, pattern);
      assert.equal(response.headers['content-language'], lang);
    }
  });

  test('a bad path parameter is a 400, not a database error', async () => {
    const admin = await t.as('admin');
    const response = await admin.get('/api/users/not-a-uuid');
    assert.equal(response.statusCode, 400);
  });
});

describe('the error catalogue', () => {
  test('every code and field message has all three languages', () => {
    for (const [code, entry] of Object.entries({ ...ERROR_CATALOGUE, ...FIELD_MESSAGES })) {
      for (const lang of ['az', 'ru', 'en'] as const) assert.ok(entry[lang].trim().length > 0, `${code} lacks ${lang}`);
      assert.notEqual(entry.az, entry.en, `${code} is not translated`);
    }
  });
});
