import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

test('defaults give an embedded database on port 8080', () => {
  const config = loadConfig({});
  assert.equal(config.PORT, 8080);
  assert.equal(config.DATABASE_URL, undefined);
  assert.match(config.DATA_DIR, /data$/);
});

test('every bad value is named with its reason, secrets are not echoed', () => {
  try {
    loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://root:secret@db/x', SECRET_KEY: 'short', TRUST_PROXY: 'maybe' });
    assert.fail('should have thrown');
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    const names = error.problems.map((p) => p.split('=')[0]);
    assert.deepEqual(names.sort(), ['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'SECRET_KEY', 'TRUST_PROXY']);
    assert.doesNotMatch(error.message, /secret@|short/);
    assert.match(error.message, /PORT="eighty": must be a number/);
  }
});
