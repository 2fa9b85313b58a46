import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeMatches } from './need-matching.js';

test('a match finds its need in place, after the list was reordered, and not once the need was changed', () => {
  const entries = [
    { entryId: 'e1', needs: [{ description: 'Tərcüməçi xidməti' }, { description: 'Avadanlıq  alınması' }] },
    { entryId: 'e2', needs: [{ description: 'Yeni mətn' }] },
  ];
  const placed = placeMatches(
    [
      { id: 'm1', entryId: 'e1', position: 0, description: 'Tərcüməçi xidməti' },
      { id: 'm2', entryId: 'e1', position: 0, description: 'avadanlıq alınması' },
      { id: 'm3', entryId: 'e2', position: 0, description: 'Köhnə mətn' },
      { id: 'm4', entryId: 'e3', position: 0, description: 'Heç yerdə' },
    ],
    entries,
  );
  assert.deepEqual(Object.fromEntries(placed), { m1: 0, m2: 1, m3: null, m4: null });
});
