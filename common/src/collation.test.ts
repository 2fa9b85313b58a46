import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AZ_ALPHABET, azSortKey, compareAz } from './collation.js';

const sorted = (xs: string[]) => [...xs].sort(compareAz);

test('letters specific to Azerbaijani follow their base letter', () => {
  assert.deepEqual(sorted(['ça', 'da', 'ca']), ['ca', 'ça', 'da']);
  assert.deepEqual(sorted(['fa', 'əa', 'ea']), ['ea', 'əa', 'fa']);
  assert.deepEqual(sorted(['ha', 'ğa', 'ga']), ['ga', 'ğa', 'ha']);
  assert.deepEqual(sorted(['pa', 'öa', 'oa']), ['oa', 'öa', 'pa']);
  assert.deepEqual(sorted(['ta', 'şa', 'sa']), ['sa', 'şa', 'ta']);
  assert.deepEqual(sorted(['va', 'üa', 'ua']), ['ua', 'üa', 'va']);
});

test('ı comes before i, x after h, q after k', () => {
  assert.deepEqual(sorted(['ia', 'ıa']), ['ıa', 'ia']);
  assert.deepEqual(sorted(['ia', 'xa', 'ha']), ['ha', 'xa', 'ia']);
  assert.deepEqual(sorted(['la', 'qa', 'ka']), ['ka', 'qa', 'la']);
});

test('dotless capital I lower-cases to ı, dotted İ to i', () => {
  assert.equal(azSortKey('I'), azSortKey('ı'));
  assert.equal(azSortKey('İ'), azSortKey('i'));
  assert.deepEqual(sorted(['İsmayıl', 'Ismayıl']), ['Ismayıl', 'İsmayıl']);
  assert.deepEqual(sorted(['İlham', 'Ilqar', 'Hüseyn', 'Jalə']), ['Hüseyn', 'Ilqar', 'İlham', 'Jalə']);
});

test('case is ignored first and the original breaks ties', () => {
  assert.deepEqual(sorted(['b', 'A', 'a']), ['A', 'a', 'b']);
  assert.ok(compareAz('Əli', 'əli') !== 0);
  assert.equal(compareAz('Əli', 'Əli'), 0);
  assert.ok(compareAz('əli', 'Fərid') < 0);
});

test('digits before letters; real names', () => {
  assert.deepEqual(sorted(['b', '2', 'a', '1']), ['1', '2', 'a', 'b']);
  assert.deepEqual(
    sorted(['Xarici İşlər Nazirliyi', 'Ədliyyə Nazirliyi', 'Daxili İşlər Nazirliyi', 'Çağırış', 'Ailə']),
    ['Ailə', 'Çağırış', 'Daxili İşlər Nazirliyi', 'Ədliyyə Nazirliyi', 'Xarici İşlər Nazirliyi'],
  );
});

test('agrees with Intl.Collator("az") over the Azerbaijani lower-case alphabet', () => {
  const collator = new Intl.Collator('az');
  const word = fc.string({ unit: fc.constantFrom(...AZ_ALPHABET), maxLength: 8 });
  fc.assert(
    fc.property(word, word, (a, b) => Math.sign(compareAz(a, b)) === Math.sign(collator.compare(a, b))),
    { numRuns: 2000 },
  );
});
