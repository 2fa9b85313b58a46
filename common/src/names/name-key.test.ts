import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { birthKnowledge, blockingKeys, keyNeeded, nameTokens, tokenKey } from './name-key.js';

const words = (name: string) => nameTokens(name).map((t) => `${t.patronymic ? '+' : ''}${t.folded}`);

test('names split into words; patronymic markers dropped, the father marked', () => {
  assert.deepEqual(words('Aysel Vüqar qızı Məmmədova'), ['aisal', '+vukar', 'mamadova']);
  assert.deepEqual(words('Məmmədova Aysel Vüqar qızı'), ['mamadova', 'aisal', '+vukar']);
  assert.deepEqual(words('Əli Həsən oğlu'), ['ali', '+kasan']);
  assert.deepEqual(words('Guseynov Elchin Ali ogly'), ['kusainov', 'alcin', '+ali']);
  assert.deepEqual(words('Гусейнов Эльчин Гасан оглы'), ['kusainov', 'alcin', '+kasan']);
  assert.deepEqual(words('Mammadova Aysel Vugar gizi'), ['mamadova', 'aisal', '+vukar']);
  assert.deepEqual(words('MAMMADOVA, Aysel (V.)'), ['mamadova', 'aisal']);
});

test('Russian patronymics are recognised by their suffix and give the father’s name', () => {
  assert.deepEqual(words('Мамедова Айсель Вугаровна'), ['mamadova', 'aisal', '+vukar']);
  assert.deepEqual(words('Гусейнов Эльчин Алиевич'), ['kusainov', 'alcin', '+ali']);
  assert.deepEqual(words('Алиева Лейла Алиевна'), ['aliova', 'laila', '+ali']);
  assert.deepEqual(words('Ivanova Anna Sergeyevna'), ['ivanova', 'ana', '+sarka']);
  // Two words: the suffix may be a surname's, not a patronymic.
  assert.deepEqual(words('Petrovich Ivan'), ['patrovic', 'ivan']);
});

test('a word’s key survives vowels, doubles, script and ending', () => {
  assert.equal(tokenKey('mamadova'), 'mmd');
  assert.equal(tokenKey('mamadoa'), 'mmd');
  assert.equal(tokenKey('aisal'), 'sl');
  assert.equal(tokenKey('ia'), 'i');
});

const AYSEL = ['Məmmədova Aysel', 'Мамедова Айсель', 'Mammadova Aysel', 'Mamedova Aisel'];

test('the four renderings of Məmmədova Aysel share a blocking key, with or without a birth year', () => {
  for (const birthYear of [undefined, 1990]) {
    const keys = AYSEL.map((fullName) => new Set(blockingKeys({ fullName, birthYear })));
    const shared = [...keys[0]!].filter((k) => keys.every((set) => set.has(k)));
    assert.ok(shared.length > 0, `no shared key for ${birthYear}`);
  }
  // A record with a year and one with an estimated age meet through a birth period.
  const dated = new Set(blockingKeys({ fullName: 'Mammadova Aysel', birthYear: 1990 }));
  const aged = blockingKeys({ fullName: 'Мамедова Айсель', estimatedAge: 33, ageRecordedOn: '2024-05-01' });
  assert.ok(aged.some((k) => k.startsWith('p') && dated.has(k)));
});

test('keys do not depend on word order, patronymic or script, and are at most six', () => {
  const a = blockingKeys({ fullName: 'Aysel Vüqar qızı Məmmədova', birthYear: 1990 });
  const b = blockingKeys({ fullName: 'Məmmədova Aysel', birthYear: 1990 });
  assert.deepEqual([...a].sort(), [...b].sort());
  assert.ok(a.length <= 6);
  assert.deepEqual(blockingKeys({ fullName: 'Məmmədova Aysel' }), ['n:mmd|sl']);
  assert.deepEqual(blockingKeys({ fullName: '' }), []);
  assert.deepEqual(blockingKeys({ fullName: 'Aysel' }), ['n:sl']);
  assert.ok(blockingKeys({ fullName: 'Maria Cruz Santos', birthYear: 1990 }).length <= 6);
});

test('one typo leaves at least one key for records with a birth year', () => {
  const clean = new Set(blockingKeys({ fullName: 'Hüseynova Günel', birthYear: 1988 }));
  for (const typo of ['Hüseynova Güenl', 'Hüsyenova Günel', 'Hüseynov Günel', 'Hüseynnova Gnel', 'Hüeynova Günel']) {
    assert.ok(blockingKeys({ fullName: typo, birthYear: 1988 }).some((k) => clean.has(k)), typo);
  }
});

test('birth knowledge: a year, two periods for an estimated age, or nothing', () => {
  assert.deepEqual(birthKnowledge({ fullName: 'x', birthYear: 1990 }), { kind: 'year', year: 1990 });
  assert.deepEqual(birthKnowledge({ fullName: 'x', birthDate: '1987-03-04' }), { kind: 'year', year: 1987 });
  assert.deepEqual(birthKnowledge({ fullName: 'x', estimatedAge: 30, ageRecordedOn: '2020-06-01' }), { kind: 'age', periods: [1985, 1990] });
  assert.deepEqual(birthKnowledge({ fullName: 'x', estimatedAge: 30 }), { kind: 'none' });
  assert.deepEqual(birthKnowledge({ fullName: 'x', birthYear: Number.NaN }), { kind: 'none' });
});

test('which shared keys call for a comparison', () => {
  assert.equal(keyNeeded('n:mmd|sl', 'year', 'year'), false);
  assert.equal(keyNeeded('n:mmd|sl', 'year', 'none'), true);
  assert.equal(keyNeeded('p1990:a.mmd|~a', 'year', 'year'), false);
  assert.equal(keyNeeded('p1990:a.mmd|~a', 'age', 'year'), true);
  assert.equal(keyNeeded('y1990:a.mmd|~a', 'year', 'year'), true);
});

test('blockingKeys never throws, on any string and any year', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.oneof(fc.constant(null), fc.constant(undefined), fc.double(), fc.integer()), (fullName, birthYear) => {
      const keys = blockingKeys({ fullName, birthYear });
      assert.ok(keys.length <= 6);
      assert.equal(new Set(keys).size, keys.length);
    }),
    { numRuns: 1000 },
  );
});
