import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  consentsOf,
  emptyEvent,
  emptyNewCase,
  identityValuesOf,
  isPlaced,
  missingNewCase,
  toCreateInput,
  toIdentityInput,
  toVictimInput,
  victimValuesOf,
  type NewCaseValues,
} from './caseForm';

function filled(): NewCaseValues {
  const v = emptyNewCase('2026-03-14', 'victim');
  v.identificationChannel = 'migration';
  v.person = { ...v.person, names: ['Məmmədova Aysel Vüqar qızı', ' Мамедова Айсель '], latinName: 'MAMMADOVA AYSEL', sex: 'female', birthDate: '1998-05-02', citizenships: ['AZ'] };
  v.victim = { ...v.victim, exploitation: ['ForcedLabour'], forcedLabourIndustry: 'I_AccommodationAndFoodServiceActivities', transnational: 'transnational', events: [{ ...emptyEvent('exploitation'), country: 'TR', place: 'Antalya' }] };
  return v;
}

describe('the new-case form', () => {
  test('sends the request shape the server takes', () => {
    const input = toCreateInput(filled());
    assert.equal(input.identificationChannel, 'migration');
    assert.deepEqual(input.person.names, ['Məmmədova Aysel Vüqar qızı', 'Мамедова Айсель']);
    assert.equal(input.person.birthDate, '1998-05-02');
    assert.equal(input.person.estimatedAge, null);
    assert.equal(input.person.childAtIdentification, null, 'derived by the server from the birth date');
    assert.equal(input.victim.transnational, true);
    assert.deepEqual(input.victim.events, [{ kind: 'exploitation', country: 'TR', place: 'Antalya', dateFrom: null, dateTo: null }]);
    assert.equal(input.note, null);
    assert.deepEqual(input.consents, []);
  });

  test('a birth date or an estimated age, never both', () => {
    const v = filled();
    v.person = { ...v.person, ageKind: 'estimatedAge', estimatedAge: 27 };
    const person = toIdentityInput(v.person);
    assert.equal(person.birthDate, null);
    assert.equal(person.estimatedAge, 27);
    v.person = { ...v.person, ageKind: 'unknown', childAtIdentification: 'yes' };
    const unknown = toIdentityInput(v.person);
    assert.deepEqual([unknown.birthDate, unknown.estimatedAge, unknown.childAtIdentification], [null, null, true]);
  });

  test('an industry only with forced labour, sexual exploitation types only with sexual exploitation', () => {
    const v = filled();
    v.victim = { ...v.victim, exploitation: ['SexualExploitation'], sexExploitation: ['Prostitution'] };
    const victim = toVictimInput(v.victim);
    assert.equal(victim.forcedLabourIndustry, null);
    assert.deepEqual(victim.sexExploitation, ['Prostitution']);
    v.victim = { ...v.victim, exploitation: ['ForcedBegging'] };
    assert.deepEqual(toVictimInput(v.victim).sexExploitation, []);
  });

  test('a stateless person has no citizenship', () => {
    const v = filled();
    v.person = { ...v.person, stateless: true };
    assert.deepEqual(toIdentityInput(v.person).citizenships, []);
  });

  test('consents go in the order of the purposes, all on the day given', () => {
    const v = filled();
    v.consents = { ...v.consents, statistics: 'refused', data_processing: 'given' };
    assert.deepEqual(consentsOf(v), [
      { purpose: 'data_processing', given: true, recordedOn: '2026-03-14' },
      { purpose: 'statistics', given: false, recordedOn: '2026-03-14' },
    ]);
  });

  test('required fields are found by the path the server would report', () => {
    const v = emptyNewCase('2026-03-14', 'victim');
    v.person.documents = [{ kind: 'passport', number: ' ', country: '' }];
    v.victim.traffickingStatus = 'identified';
    v.victim.events = [emptyEvent()];
    assert.deepEqual([...missingNewCase(v).keys()].sort(), [
      'identificationChannel', 'person.birthDate', 'person.documents.0.number', 'person.names.0', 'person.sex', 'victim.events.0.country', 'victim.statusDecidedOn',
    ]);
    assert.equal(missingNewCase(filled()).size, 0);
  });

  test('server messages are placed at their fields; unknown paths are listed with the problem', () => {
    for (const path of ['person.birthDate', 'person.names.1', 'person.documents.0.number', 'victim.events.2.dateTo', 'victim.exploitation.0', 'consents.0.recordedOn', 'note.body', 'firstContactOn']) {
      assert.ok(isPlaced(path), path);
    }
    for (const path of ['revision', 'person', 'victim.somethingNew', '']) assert.ok(!isPlaced(path), path);
  });

  test('what the server returns comes back into the form unchanged', () => {
    const input = toCreateInput(filled());
    const identity = { ...input.person, personId: 'p', revision: 1, birthYear: 1998, childAtIdentification: false, childAtExploitation: null };
    assert.deepEqual(toIdentityInput(identityValuesOf(identity)), input.person);
    const victim = { ...input.victim, revision: 1, statusHistory: [], notes: [] };
    assert.deepEqual(toVictimInput(victimValuesOf(victim)), input.victim);
  });
});
