import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedFields, describeValue } from './historyValue.js';

const role = (r: string) => r.toUpperCase();

test('only changed fields, known ones first', () => {
  const fields = changedFields(
    { text: 'a', period: { kind: 'ongoing', text: 'mütəmadi' }, extra: 1 },
    { text: 'b', period: { kind: 'ongoing', text: 'mütəmadi' }, participants: [{ role: 'executor', name: 'DİN' }], extra: 2 },
  );
  assert.deepEqual(
    fields.map((f) => f.field),
    ['text', 'participants', 'extra'],
  );
  assert.deepEqual(changedFields({}, {}), []);
});

test('values as text', () => {
  assert.equal(describeValue(null, role), '—');
  assert.equal(describeValue('mətn', role), 'mətn');
  assert.equal(describeValue({ kind: 'range', text: '2020─2022' }, role), '2020─2022');
  assert.equal(
    describeValue([{ role: 'executor', name: 'Daxili İşlər Nazirliyi' }, { role: 'involved', name: 'QHT-lər' }], role),
    'EXECUTOR: Daxili İşlər Nazirliyi; INVOLVED: QHT-lər',
  );
  assert.equal(describeValue([], role), '—');
  assert.equal(describeValue({ a: 1 }, role), '{"a":1}');
});
