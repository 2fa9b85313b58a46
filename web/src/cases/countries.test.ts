import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COUNTRY_CODES } from '../../../common/src/countries';
import { AZ_REGION_NAMES } from './cldr-az';
import { countryName, countryOptions, languageName } from './countries';

test('every country has an Azerbaijani name, whatever the browser knows', () => {
  assert.deepEqual(COUNTRY_CODES.filter((code) => !AZ_REGION_NAMES[code]), []);
  assert.equal(countryName('AZ', 'az'), 'Azərbaycan');
  assert.equal(countryName('TR', 'az'), 'Türkiyə');
  assert.equal(languageName('ru', 'az'), 'rus');
});

test('the picker names countries in the reader’s language with their code, in alphabetical order', () => {
  const ru = countryOptions('ru');
  assert.equal(ru.length, COUNTRY_CODES.length);
  assert.ok(ru.some((o) => o.value === 'AZ' && o.label === 'Азербайджан (AZ)'));
  const az = countryOptions('az').map((o) => o.label);
  assert.ok(az.indexOf('Azərbaycan (AZ)') < az.indexOf('Çin (CN)'), 'Azerbaijani order: A before Ç');
  assert.ok(az.indexOf('Çin (CN)') < az.indexOf('Danimarka (DK)'));
});
