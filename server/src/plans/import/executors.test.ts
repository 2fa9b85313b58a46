import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExecutorMatcher, isUnrecognised, readExecutors } from './executors.js';
import { SEED_DICTIONARY } from './fixtures/plan-dictionary.js';
import type { PlanDictionary } from './parsed-plan.js';

const matcher = createExecutorMatcher(SEED_DICTIONARY);
/** role:id for each name: the organisation, else the category, else "?name". */
const split = (cell: string, m = matcher): string[] =>
  readExecutors(cell, m).map((e) => `${e.role}:${e.organisationId ?? e.genericKey ?? `?${e.name}`}`);

test('a list of bodies, with names that contain commas (4.2.1)', () => {
  assert.deepEqual(
    split(
      'Daxili İşlər Nazirliyi, Təhsil Nazirliyi, Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi, Səhiyyə Nazirliyi, Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi, Dövlət Miqrasiya Xidməti, Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi, Dövlət Turizm Agentliyi, Milli Televiziya və Radio Şurası',
    ),
    ['din', 'tehsil', 'eesmn', 'sehiyye', 'aqupdk', 'dmx', 'nrytn', 'dta', 'mtrs'].map((id) => `executor:${id}`),
  );
});

test('involved parties after "cəlb etməklə", split on commas and "və" (4.2.2)', () => {
  assert.deepEqual(
    split(
      'Daxili İşlər Nazirliyi,digər aidiyyəti dövlət orqanlarını, Azərbaycan Milli Elmlər Akademiyasını, ali təhsil müəssisələrini və ixtisaslaşmış qeyri-hökumət təşkilatlarını cəlb etməklə',
    ),
    ['executor:din', 'involved:other_state_bodies', 'involved:amea', 'involved:higher_education_institutions', 'involved:ngos'],
  );
  const [, category] = readExecutors('Daxili İşlər Nazirliyi ixtisaslaşmış qeyri-hökumət təşkilatlarını cəlb etməklə', matcher);
  assert.deepEqual(category, {
    name: 'ixtisaslaşmış qeyri-hökumət təşkilatlarını',
    organisationId: null,
    role: 'involved',
    genericKey: 'ngos',
    matchScore: 1,
  });
  assert.deepEqual(split('qeyri-hökumət təşkilatları cəlb edilməklə'), ['involved:ngos']);
});

test('generic entries, missing commas and involved parties together (4.7.7, 4.8.4, 4.2.11)', () => {
  assert.deepEqual(
    split(
      'Dövlət Gömrük Komitəsi, Səhiyyə Nazirliyi digər aidiyyəti dövlət orqanları ixtisaslaşmış qeyri-hökumət təşkilatlarını və beynəlxalq təşkilatları cəlb etməklə',
    ),
    ['executor:dgk', 'executor:sehiyye', 'generic:other_state_bodies', 'involved:ngos', 'involved:international_organisations'],
  );
  assert.deepEqual(
    split(
      'Milli Televiziya və Radio Şurası, “Azərbaycan Televiziya və Radio Verilişləri” Qapalı Səhmdar Cəmiyyəti, maarifləndirmə tədbirlərini və təlimləri təşkil edən digər dövlət qurumları aidiyyəti qeyri-hökumət təşkilatlarını cəlb etməklə',
    ),
    ['executor:mtrs', 'executor:aztv', 'generic:other_organising_bodies', 'involved:ngos'],
  );
  assert.deepEqual(split('Nazirlər Kabineti Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi'), ['executor:cabinet', 'executor:eesmn']);
  assert.deepEqual(split('Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi, yerli icra hakimiyyəti orqanları'), [
    'executor:eesmn',
    'generic:local_executive_authorities',
  ]);
  assert.deepEqual(
    split('Nazirlər Kabineti, İnsan alveri qurbanlarının Milli İstiqamətləndirmə Mexanizmi üzrə İdarələrarası Komissiyaya daxil olan qurumlar'),
    ['executor:cabinet', 'generic:nrm_commission_members'],
  );
});

test('spellings of the two copies: "Qeyri- Hökumət", straight quotes, "Monitorinq", the prefix', () => {
  const [council] = readExecutors('Azərbaycan Respublikasının Prezidenti yanında Qeyri- Hökumət Təşkilatlarına Dövlət Dəstəyi Şurası', matcher);
  assert.equal(council?.name, 'Azərbaycan Respublikasının Prezidenti yanında Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Şurası');
  assert.equal(council?.organisationId, 'qhtdds');
  assert.deepEqual(split('"Azərbaycan Hava Yolları" Qapalı Səhmdar Cəmiyyəti, "Azərbaycan Dəmir Yolları" Qapalı Səhmdar Cəmiyyəti'), [
    'executor:azal',
    'executor:ady',
  ]);
  assert.equal(readExecutors('"Azərbaycan Hava Yolları" Qapalı Səhmdar Cəmiyyəti', matcher)[0]?.name, '“Azərbaycan Hava Yolları” Qapalı Səhmdar Cəmiyyəti');
  assert.deepEqual(split('Maliyyə Monitorinq Xidməti; Azərbaycan Respublikasının Daxili İşlər Nazirliyi'), ['executor:mmx', 'executor:din']);
  const [misspelt] = readExecutors('Dövlət Təhlükəsizlik Xidməti', matcher);
  assert.equal(misspelt?.organisationId, 'dtx');
  assert.ok(misspelt?.matchScore !== undefined && misspelt.matchScore < 1);
  assert.deepEqual(split('Milli Koordinator, Daxili İşlər Nazirliyi'), ['executor:national_coordinator', 'executor:din']);
});

test('one body per line (a Word cell with a paragraph per executor)', () => {
  assert.deepEqual(split('Təhsil Nazirliyi\nGənclər və İdman Nazirliyi\nMilli Televiziya və Radio Şurası'), [
    'executor:tehsil',
    'executor:gin',
    'executor:mtrs',
  ]);
  assert.deepEqual(split('• Daxili İşlər Nazirliyi;\n– Dövlət Sərhəd Xidməti.'), ['executor:din', 'executor:dsx']);
});

test('unknown names are kept, never dropped; repeated bodies are listed once', () => {
  const executors = readExecutors('Daxili İşlər Nazirliyi, Ağ Şəhər Agentliyi, Daxili İşlər Nazirliyi', matcher);
  assert.deepEqual(
    executors.map((e) => [e.name, e.organisationId, isUnrecognised(e)]),
    [
      ['Daxili İşlər Nazirliyi', 'din', false],
      ['Ağ Şəhər Agentliyi', null, true],
    ],
  );
  assert.equal(executors[1]?.matchScore, undefined);
  assert.deepEqual(readExecutors('', matcher), []);
});

test('names mapped by hand at an earlier import win over the dictionary', () => {
  const dictionary: PlanDictionary = { ...SEED_DICTIONARY, mappings: { 'ag seher agentliyi': 'dmx', 'daxili isler nazirliyi': 'xin' } };
  const mapped = createExecutorMatcher(dictionary);
  assert.deepEqual(split('Ağ Şəhər Agentliyi, Daxili İşlər Nazirliyi', mapped), ['executor:dmx', 'executor:xin']);
});

test('ambiguous and short names are not guessed', () => {
  const dictionary: PlanDictionary = {
    organisations: [
      { id: 'a', nameAz: 'Dövlət Abcdefgh Xidməti', shortName: 'DAX', aliases: [] },
      { id: 'b', nameAz: 'Dövlət Abcdefgk Xidməti', shortName: 'DBX', aliases: [] },
    ],
    generic: [],
    mappings: {},
  };
  const m = createExecutorMatcher(dictionary);
  assert.deepEqual(split('Dövlət Abcdefgx Xidməti, DAX, DCX', m), ['executor:?Dövlət Abcdefgx Xidməti', 'executor:a', 'executor:?DCX']);
});
