import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from './compare.js';
import { labelledPairs, syntheticPersons } from './synthetic.js';
import { Rng, azerbaijaniFromCyrillic, femaleSurname, oldLatin, passportLatin, plainKeyboard, russianPatronymic, typo } from './synthetic-render.js';

test('renderings follow the registers’ conventions', () => {
  assert.equal(passportLatin('Məmmədova Xədicə'), 'Mammadova Khadija');
  assert.equal(passportLatin('Cəfərov Vüqar'), 'Jafarov Vugar');
  assert.equal(plainKeyboard('Məmmədova Şəlalə'), 'Memmedova Selale');
  assert.equal(azerbaijaniFromCyrillic('Джон Шарма'), 'Con Şarma');
  assert.equal(azerbaijaniFromCyrillic('Елена'), 'Yelena');
  assert.equal(femaleSurname('Мамедов'), 'Мамедова');
  assert.equal(femaleSurname('Nikitin'), 'Nikitina');
  assert.equal(femaleSurname('Beridze'), 'Beridze');
  assert.equal(russianPatronymic('Вугар', 'female'), 'Вугаровна');
  assert.equal(russianPatronymic('Али', 'male'), 'Алиевич');
  assert.equal(russianPatronymic('Сергей', 'female'), 'Сергеевна');
  assert.equal(russianPatronymic('Ага', 'male'), 'Агаевич');
  for (let seed = 1; seed < 20; seed += 1) assert.match(oldLatin('Гусейнов', new Rng(seed)), /^Guse[yji]nov$/);
});

test('a typo changes one letter: swapped, dropped or doubled', () => {
  const rng = new Rng(3);
  for (let i = 0; i < 200; i += 1) assert.ok(editDistance(typo('Məmmədova', rng), 'Məmmədova') <= 1);
  assert.equal(typo('Al', rng), 'Al');
});

test('the same seed gives the same data, without Math.random', () => {
  const random = Math.random;
  Math.random = () => {
    throw new Error('Math.random used');
  };
  try {
    assert.deepEqual(syntheticPersons({ seed: 42, count: 300 }), syntheticPersons({ seed: 42, count: 300 }));
    assert.deepEqual(labelledPairs({ seed: 42, persons: 300, duplicateShare: 0.3 }), labelledPairs({ seed: 42, persons: 300, duplicateShare: 0.3 }));
    assert.notDeepEqual(syntheticPersons({ seed: 42, count: 50 }), syntheticPersons({ seed: 43, count: 50 }));
  } finally {
    Math.random = random;
  }
});

test('persons come in the scripts, orders and birth details registers use', () => {
  const persons = syntheticPersons({ seed: 1, count: 3000 });
  assert.equal(persons.length, 3000);
  const share = (test: (p: (typeof persons)[number]) => boolean) => persons.filter(test).length / persons.length;
  assert.ok(share((p) => /[а-яё]/i.test(p.fullName)) > 0.15, 'Cyrillic');
  assert.ok(share((p) => /[əıöüşçğ]/i.test(p.fullName)) > 0.2, 'Latin Azerbaijani');
  assert.ok(share((p) => /^[A-Za-z' -]+$/.test(p.fullName)) > 0.3, 'ASCII');
  assert.ok(share((p) => /\b(qızı|oğlu|gizi|oglu|кызы|оглы|kyzy|ogly)\b|(ovna|evna|ovich|evich|овна|евна|ович|евич)$/u.test(p.fullName)) > 0.1, 'patronymics');
  assert.ok(share((p) => p.birthDate != null) > 0.4);
  assert.ok(share((p) => p.estimatedAge != null && p.ageRecordedOn != null) > 0.15);
  assert.ok(share((p) => p.birthYear == null && p.estimatedAge == null) > 0.05);
  assert.ok(share((p) => p.citizenships?.includes('AZ') === true) > 0.5);
  // Some are later registrations of an earlier person.
  assert.ok(new Set(persons.map((p) => p.identity)).size < persons.length * 0.9);
});

test('labelled pairs: one per person, duplicates in the share asked, every kind of hard negative', () => {
  const pairs = labelledPairs({ seed: 5, persons: 4000, duplicateShare: 0.4 });
  assert.equal(pairs.length, 4000);
  const same = pairs.filter((p) => p.same).length / pairs.length;
  assert.ok(Math.abs(same - 0.4) < 0.03, String(same));
  const kinds = new Set(pairs.map((p) => p.kind));
  for (const kind of ['duplicate', 'random', 'same_surname', 'same_given_name', 'namesake_same_year', 'namesake_other_year', 'sibling']) assert.ok(kinds.has(kind as never), kind);
  for (const pair of pairs) assert.equal(pair.same, pair.kind === 'duplicate');
  // Namesakes born the same year have full birth dates that tell them apart.
  for (const pair of pairs.filter((p) => p.kind === 'namesake_same_year')) {
    assert.equal(pair.a.birthYear, pair.b.birthYear);
    assert.notEqual(pair.a.birthDate, pair.b.birthDate);
  }
});
