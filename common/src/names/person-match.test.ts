import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayBeSame, preparePerson, scorePersons, scorePrepared, type Person } from './person-match.js';
import { labelledPairs } from './synthetic.js';

const aysel: Person = { fullName: 'Məmmədova Aysel Vüqar qızı', sex: 'female', birthDate: '1990-04-12', birthYear: 1990, citizenships: ['AZ'] };

test('the four renderings of Məmmədova Aysel are the same person', () => {
  const forms = ['Məmmədova Aysel', 'Мамедова Айсель', 'Mammadova Aysel', 'Mamedova Aisel'];
  for (const a of forms) for (const b of forms) assert.ok(scorePersons({ fullName: a }, { fullName: b }).same, `${a} / ${b}`);
});

test('birth: same date, swapped day and month, a fitting age for; another birthday against', () => {
  const same = (b: Partial<Person>) => scorePersons(aysel, { fullName: 'Мамедова Айсель', ...b });
  assert.ok(same({ birthDate: '1990-04-12' }).same);
  assert.ok(same({ birthDate: '1990-04-12' }).reasons.includes('same birth date'));
  assert.ok(same({ birthDate: '1990-12-04' }).same);
  assert.ok(same({ birthDate: '1990-12-04' }).reasons.includes('same birth date with day and month swapped'));
  assert.ok(same({ estimatedAge: 33, ageRecordedOn: '2024-01-10' }).same); // 33 on that day
  assert.ok(same({ estimatedAge: 35, ageRecordedOn: '2024-01-10' }).same); // two years off
  assert.ok(!same({ estimatedAge: 45, ageRecordedOn: '2024-01-10' }).same);
  assert.ok(!same({ birthDate: '1990-07-30' }).same); // a namesake born the same year
  assert.ok(!same({ birthYear: 1978 }).same);
  assert.ok(same({ birthYear: 1990 }).same);
});

test('a known sex that differs outweighs everything else', () => {
  const result = scorePersons(aysel, { ...aysel, sex: 'male' });
  assert.ok(!result.same);
  assert.ok(result.reasons.includes('sex differs'));
  assert.ok(scorePersons(aysel, { ...aysel, sex: 'unknown' }).same);
  assert.ok(scorePersons(aysel, { ...aysel, sex: null }).same);
});

test('different fathers make different persons; citizenship counts when both records have it', () => {
  assert.ok(!scorePersons(aysel, { ...aysel, fullName: 'Məmmədova Aysel Elçin qızı', birthDate: null, birthYear: null }).same);
  assert.ok(scorePersons(aysel, { ...aysel, fullName: 'Мамедова Айсель Вугаровна' }).reasons.includes('same patronymic'));
  const foreign = scorePersons(aysel, { ...aysel, citizenships: ['TR'] });
  assert.ok(foreign.reasons.includes('no common citizenship'));
  assert.ok(foreign.score < scorePersons(aysel, aysel).score);
  assert.ok(scorePersons(aysel, { ...aysel, citizenships: ['tr', 'AZ'] }).reasons.includes('common citizenship AZ'));
});

test('siblings and namesakes are told apart', () => {
  const brother: Person = { fullName: 'Məmmədov Elçin Vüqar oğlu', sex: 'male', birthYear: 1987 };
  const sister: Person = { fullName: 'Məmmədova Günel Vüqar qızı', sex: 'female', birthYear: 1992 };
  assert.ok(!scorePersons(aysel, brother).same);
  assert.ok(!scorePersons(aysel, sister).same);
  const namesake: Person = { fullName: 'Mammadova Aysel', sex: 'female', birthDate: '1990-09-01' };
  assert.ok(!scorePersons(aysel, namesake).same);
});

test('the score is in [0, 1], symmetric, and `mayBeSame` never rejects a pair the score accepts', () => {
  const pairs = labelledPairs({ seed: 7, persons: 300, duplicateShare: 0.5 });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: pairs.length - 1 }), fc.integer({ min: 0, max: pairs.length - 1 }), (i, j) => {
      const a = pairs[i]!.a;
      const b = pairs[j]!.b;
      const ab = scorePersons(a, b);
      const ba = scorePersons(b, a);
      assert.ok(ab.score >= 0 && ab.score <= 1);
      assert.equal(ab.score, ba.score);
      assert.equal(ab.same, ba.same);
      if (ab.same) assert.ok(mayBeSame(preparePerson(a), preparePerson(b)));
      assert.deepEqual(scorePrepared(preparePerson(a), preparePerson(b)), ab);
    }),
    { numRuns: 500 },
  );
});

test('odd records do not throw', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string(), fc.option(fc.double()), fc.option(fc.string()), (fullName, birthDate, number, day) => {
      const odd = { fullName, birthDate, birthYear: number, estimatedAge: number, ageRecordedOn: day, citizenships: [day ?? ''] } as Person;
      const result = scorePersons(odd, aysel);
      assert.ok(result.score >= 0 && result.score <= 1);
    }),
    { numRuns: 300 },
  );
});
