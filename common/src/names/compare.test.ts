import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SAME_NAME_THRESHOLD, compareNames, editDistance, jaroWinkler, sameName } from './compare.js';
import { isPatronymicMarker } from './name-key.js';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-3, `${actual} ≠ ${expected}`);

test('Jaro–Winkler and edit distance on the textbook examples', () => {
  close(jaroWinkler('MARTHA', 'MARHTA'), 0.961);
  close(jaroWinkler('DWAYNE', 'DUANE'), 0.84);
  close(jaroWinkler('DIXON', 'DICKSONX'), 0.813);
  assert.equal(jaroWinkler('', 'a'), 0);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('ab', 'ba'), 1);
  assert.equal(editDistance('', 'abc'), 3);
});

const AYSEL = ['Məmmədova Aysel', 'Мамедова Айсель', 'Mammadova Aysel', 'Mamedova Aisel'];

test('the four renderings of Məmmədova Aysel are the same name', () => {
  for (const a of AYSEL) for (const b of AYSEL) assert.ok(sameName(compareNames(a, b)), `${a} / ${b}`);
});

test('word order, patronymic, script and a typo do not part a name', () => {
  const same = [
    ['Məmmədova Aysel', 'Aysel Məmmədova'],
    ['Aysel Vüqar qızı Məmmədova', 'Мамедова Айсель Вугаровна'],
    ['Aysel Vüqar qızı Məmmədova', 'Mammadova Aysel'],
    ['Əli Həsən oğlu Əliyev', 'Алиев Али Гасанович'],
    ['Hüseynov Elçin', 'Гусейнов Эльчин Алиевич'],
    ['Cəfərova Xədicə', 'KHADIJA JAFAROVA'],
    ['Məmmədova Aysel', 'Məmmədva Aysel'],
    ['Məmmədova Aysel', 'Məmmədova Ayesl'],
    ['Quliyev Vüqar', 'Кулиев Вугар'],
  ];
  for (const [a, b] of same) assert.ok(sameName(compareNames(a!, b!)), `${a} / ${b}: ${compareNames(a!, b!)}`);
  assert.equal(compareNames('Məmmədova Aysel', 'Aysel Məmmədova'), 1);
  assert.equal(compareNames('Мамедова Айсель', 'Mammadova Aysel'), 1);
});

test('different names are not the same name', () => {
  const different = [
    ['Məmmədova Aysel', 'Məmmədova Leyla'],
    ['Günel Əliyeva', 'Könül Əliyeva'],
    ['Əliyev Rəşad', 'Vəliyev Elçin'],
    ['Aysel', 'Aysel Məmmədova'],
    ['Aysel Məmmədova', 'Nigar Quliyeva'],
  ];
  for (const [a, b] of different) assert.ok(!sameName(compareNames(a!, b!)), `${a} / ${b}: ${compareNames(a!, b!)}`);
  assert.equal(compareNames('', 'Aysel'), 0);
  assert.equal(compareNames('…', '!!'), 0);
});

test('a missing patronymic costs less than a missing name', () => {
  const full = 'Aysel Vüqar qızı Məmmədova';
  assert.ok(compareNames(full, 'Aysel Məmmədova') > compareNames('Aysel Məmmədova Leyla', 'Aysel Məmmədova'));
  assert.ok(compareNames(full, 'Aysel Məmmədova') >= SAME_NAME_THRESHOLD);
});

/** Name-like strings: words of Latin Azerbaijani, Cyrillic and ASCII letters, and odd characters. */
const word = fc.string({ unit: fc.constantFrom(...'abcçdeəfgğhxıijkqlmnoöprsştuüvyzəАБВГДЕЖЗИЙКЛМНОПРСТУХЧШЭЮЯабвгдежзийклмнопрстухчшыьэюя'.split('')), minLength: 1, maxLength: 10 });
const name = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
  fc.array(fc.constantFrom('Aysel', 'Məmmədova', 'Мамедова', 'qızı', 'oğlu', 'Vüqar', 'Вугаровна', 'Əli'), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 30 }),
);

test('scores are symmetric, in [0, 1], and 1 for identical names', () => {
  fc.assert(
    fc.property(name, name, (a, b) => {
      const ab = compareNames(a, b);
      assert.ok(ab >= 0 && ab <= 1);
      assert.equal(ab, compareNames(b, a));
      assert.equal(compareNames(a, a), 1);
    }),
    { numRuns: 2000 },
  );
});

test('scores do not depend on the order of the words', () => {
  // A marker (oğlu, qızı) names the word before it, so order matters around it.
  const longWord = word.filter((w) => w.length > 1 && !isPatronymicMarker(w));
  fc.assert(
    fc.property(fc.array(longWord, { minLength: 1, maxLength: 4 }), name, (words, other) => {
      const forward = words.join(' ');
      const backward = [...words].reverse().join(' ');
      assert.equal(compareNames(forward, backward), 1);
      assert.ok(Math.abs(compareNames(forward, other) - compareNames(backward, other)) < 1e-9);
    }),
    { numRuns: 1000 },
  );
});
