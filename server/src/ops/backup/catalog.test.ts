import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { orderByDependencies } from './catalog.js';

describe('the catalog', () => {
  test('tables are ordered parents first, creation order otherwise', () => {
    assert.deepEqual(
      orderByDependencies([
        { name: 'audit_log', parents: [] },
        { name: 'users', parents: ['organisations'] },
        { name: 'sessions', parents: ['users'] },
        { name: 'organisations', parents: ['organisations'] },
        { name: 'audit_head', parents: [] },
      ]),
      ['audit_log', 'organisations', 'users', 'sessions', 'audit_head'],
    );
    assert.throws(() => orderByDependencies([{ name: 'a', parents: ['b'] }, { name: 'b', parents: ['a'] }]), /reference each other/);
  });
});
