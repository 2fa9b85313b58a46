import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from '../config/config.js';

test('the suppression threshold and the export k: defaults, and values that are refused', () => {
  const defaults = loadConfig({});
  assert.equal(defaults.STATS_SUPPRESSION_THRESHOLD, 5);
  assert.equal(defaults.STATS_EXPORT_K, 11);
  assert.equal(loadConfig({ STATS_SUPPRESSION_THRESHOLD: '10', STATS_EXPORT_K: '20' }).STATS_SUPPRESSION_THRESHOLD, 10);
  for (const [name, value] of [['STATS_SUPPRESSION_THRESHOLD', '1'], ['STATS_SUPPRESSION_THRESHOLD', 'five'], ['STATS_EXPORT_K', '1'], ['STATS_EXPORT_K', '2.5']]) {
    assert.throws(() => loadConfig({ [name!]: value! }), (error) => error instanceof ConfigError && error.problems.length === 1 && error.problems[0]!.startsWith(`${name}=`));
  }
});
