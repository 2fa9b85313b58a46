import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  allowedEdits,
  editDistance,
  matchOrganisation,
  normalizeOrgName,
  separateInvolvedParties,
  splitExecutorList,
  type MatchableOrganisation,
} from './org-names.js';

/** Executor names exactly as the 2020–2024 plan spells them (seeds 000 and 004). */
const PLAN_NAMES = [
  'Nazirlər Kabineti',
  'Daxili İşlər Nazirliyi',
  'Xarici İşlər Nazirliyi',
  'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
  'Ədliyyə Nazirliyi',
  'Təhsil Nazirliyi',
  'Səhiyyə Nazirliyi',
  'İqtisadiyyat Nazirliyi',
  'Mədəniyyət Nazirliyi',
  'Gənclər və İdman Nazirliyi',
  'Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi',
  'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi',
  'Dövlət Gömrük Komitəsi',
  'Dövlət Miqrasiya Xidməti',
  'Dövlət Təhlükəsizliyi Xidməti',
  'Dövlət Sərhəd Xidməti',
  'Maliyyə Monitorinqi Xidməti',
  'İcbari Tibbi Sığorta üzrə Dövlət Agentliyi',
  'Dövlət Turizm Agentliyi',
  'Dövlət Reklam Agentliyi',
  'Milli Televiziya və Radio Şurası',
  'Azərbaycan Respublikasının Prezidenti yanında Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi',
  'Azərbaycan Respublikasının Prezidenti yanında Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Şurası',
  '“Azərbaycan Televiziya və Radio Verilişləri” Qapalı Səhmdar Cəmiyyəti',
  '“Azərbaycan Hava Yolları” Qapalı Səhmdar Cəmiyyəti',
  '“Azərbaycan Dəmir Yolları” Qapalı Səhmdar Cəmiyyəti',
  '“Azərbaycan Xəzər Dəniz Gəmiçiliyi” Qapalı Səhmdar Cəmiyyəti',
  'Yetkinlik yaşına çatmayanların işləri və hüquqlarının müdafiəsi üzrə komissiyalar',
  'Milli Koordinator',
  'digər aidiyyəti dövlət orqanları',
  'yerli icra hakimiyyəti orqanları',
];

/** One organisation per plan name, no aliases: what matches here matches by tolerance alone. */
const BARE: MatchableOrganisation[] = PLAN_NAMES.map((nameAz, i) => ({
  id: `o${i}`,
  nameAz,
  shortName: '',
  aliases: [],
}));
const idOf = (name: string): string => `o${PLAN_NAMES.indexOf(name)}`;

test('normalizeOrgName: Azerbaijani case, folded letters, punctuation, prefix', () => {
  assert.equal(normalizeOrgName('Daxili İşlər Nazirliyi'), 'daxili isler nazirliyi');
  assert.equal(
    normalizeOrgName('Azərbaycan Respublikasının  Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi'),
    'emek ve ehalinin sosial mudafiesi nazirliyi',
  );
  assert.equal(normalizeOrgName('Azərbaycan Respublikası Dövlət Miqrasiya Xidməti'), 'dovlet miqrasiya xidmeti');
  assert.equal(normalizeOrgName('DAXİLİ İŞLƏR NAZİRLİYİ'), 'daxili isler nazirliyi');
  assert.equal(normalizeOrgName('DAXILI ISLER NAZIRLIYI'), 'daxili isler nazirliyi');
  assert.equal(normalizeOrgName('Ailə, Qadın və Uşaq\nProblemləri  üzrə Dövlət Komitəsi'), 'aile qadin ve usaq problemleri uzre dovlet komitesi');
  assert.equal(normalizeOrgName('Dövlət Gömrük Komitəsi; Ağ Şəhər'), 'dovlet gomruk komitesi ag seher');
  assert.equal(
    normalizeOrgName('“Azərbaycan Hava Yolları” Qapalı Səhmdar Cəmiyyəti'),
    normalizeOrgName('"Azərbaycan Hava Yolları" Qapalı Səhmdar Cəmiyyəti'),
  );
  assert.equal(normalizeOrgName('Qeyri- Hökumət'), normalizeOrgName('Qeyri-Hökumət'));
  // Seed 002 writes "alvеrinə" with a Cyrillic е.
  assert.equal(normalizeOrgName('insan alv\u0435rinə'), 'insan alverine');
  assert.equal(normalizeOrgName('  —  '), '');
  assert.equal(normalizeOrgName('Azərbaycan Respublikasının'), 'azerbaycan respublikasinin');
});

test('matchOrganisation: misspellings and variants found in the texts match', () => {
  const cases: [string, string][] = [
    ['Maliyyə Monitorinq Xidməti', 'Maliyyə Monitorinqi Xidməti'], // 004 vs 000
    ['Əmək və Əhəlinin Sosial Müdafiəsi Nazirliyi', 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi'],
    [
      'Azərbaycan Respublikasının Prezidenti yanında Qeyri- Hökumət Təşkilatlarına Dövlət Dəstəyi Şurası',
      'Azərbaycan Respublikasının Prezidenti yanında Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Şurası',
    ],
    ['"Azərbaycan Dəmir Yolları" Qapalı Səhmdar Cəmiyyəti', '“Azərbaycan Dəmir Yolları” Qapalı Səhmdar Cəmiyyəti'],
    ['Azərbaycan Respublikası Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi', 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi'],
    ['Daxili Işlər Nazirliyi', 'Daxili İşlər Nazirliyi'],
    ['Daxili İşlər Nazirlyi', 'Daxili İşlər Nazirliyi'],
    ['DaxiliİşlərNazirliyi', 'Daxili İşlər Nazirliyi'],
    ['Ailə,Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi', 'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi'],
    ['Dövlət Təhlükəsizlik Xidməti', 'Dövlət Təhlükəsizliyi Xidməti'],
    ['Nazirlər Kabinet', 'Nazirlər Kabineti'],
    ['digər aidiyyəti dövlət orqanlarını', 'digər aidiyyəti dövlət orqanları'],
  ];
  for (const [written, meant] of cases) {
    const m = matchOrganisation(written, BARE);
    assert.ok(m, `${written} should match`);
    assert.equal(m.id, idOf(meant), written);
    assert.ok(m.score > 0.8 && m.score <= 1, `${written}: ${m.score}`);
  }
  assert.deepEqual(matchOrganisation('Daxili İşlər Nazirliyi', BARE), { id: idOf('Daxili İşlər Nazirliyi'), score: 1 });
});

test('matchOrganisation: different bodies never match each other', () => {
  const pairs: [string, string][] = [
    ['Təhsil Nazirliyi', 'Səhiyyə Nazirliyi'],
    ['Ədliyyə Nazirliyi', 'Səhiyyə Nazirliyi'],
    ['Daxili İşlər Nazirliyi', 'Xarici İşlər Nazirliyi'],
    ['Dövlət Turizm Agentliyi', 'Dövlət Reklam Agentliyi'],
    ['Dövlət Sərhəd Xidməti', 'Dövlət Miqrasiya Xidməti'],
    ['“Azərbaycan Hava Yolları” Qapalı Səhmdar Cəmiyyəti', '“Azərbaycan Dəmir Yolları” Qapalı Səhmdar Cəmiyyəti'],
  ];
  for (const [a, b] of pairs) {
    assert.equal(matchOrganisation(a, [{ id: 'b', nameAz: b, shortName: '', aliases: [] }]), null, `${a} ~ ${b}`);
    assert.equal(matchOrganisation(b, [{ id: 'a', nameAz: a, shortName: '', aliases: [] }]), null, `${b} ~ ${a}`);
  }
  // Every plan name matches itself and nothing else.
  for (const name of PLAN_NAMES) {
    const others = BARE.filter((o) => o.nameAz !== name);
    assert.equal(matchOrganisation(name, others), null, name);
    assert.equal(matchOrganisation(name, BARE)?.id, idOf(name));
  }
  // Abbreviations match exactly or not at all.
  const abbrs = [
    { id: 'din', nameAz: 'Daxili İşlər Nazirliyi', shortName: 'DİN', aliases: [] },
    { id: 'xin', nameAz: 'Xarici İşlər Nazirliyi', shortName: 'XİN', aliases: [] },
  ];
  assert.equal(matchOrganisation('dın', abbrs)?.id, 'din');
  assert.equal(matchOrganisation('DIN', abbrs)?.id, 'din');
  assert.equal(matchOrganisation('DAN', abbrs), null);
  assert.equal(matchOrganisation('', abbrs), null);
  assert.equal(matchOrganisation(' , ', abbrs), null);
});

test('matchOrganisation: equally close to two organisations is ambiguous', () => {
  const orgs = [
    { id: 'a', nameAz: 'Dövlət Abcdefgh Xidməti', shortName: '', aliases: [] },
    { id: 'b', nameAz: 'Dövlət Abcdefgk Xidməti', shortName: '', aliases: [] },
  ];
  assert.equal(matchOrganisation('Dövlət Abcdefgx Xidməti', orgs), null);
  assert.equal(matchOrganisation('Dövlət Abcdefgh Xidməti', orgs)?.id, 'a');
});

test('editDistance and allowedEdits', () => {
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('monitorinq', 'monitorinqi'), 1);
  assert.equal(editDistance('ab', 'ba'), 1);
  assert.equal(allowedEdits(3), 0);
  assert.equal(allowedEdits(10), 1);
  assert.equal(allowedEdits(40), 2);
});

test('splitExecutorList: commas with or without a space, names with commas kept whole', () => {
  assert.deepEqual(splitExecutorList('Nazirlər Kabineti, Daxili İşlər Nazirliyi'), [
    'Nazirlər Kabineti',
    'Daxili İşlər Nazirliyi',
  ]);
  assert.deepEqual(splitExecutorList('Daxili İşlər Nazirliyi,digər aidiyyəti dövlət orqanları'), [
    'Daxili İşlər Nazirliyi',
    'digər aidiyyəti dövlət orqanları',
  ]);
  assert.deepEqual(
    splitExecutorList(
      'Səhiyyə Nazirliyi, Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi, Dövlət Miqrasiya Xidməti, Nəqliyyat,Rabitə və Yüksək Texnologiyalar Nazirliyi; Dövlət Turizm Agentliyi',
    ),
    [
      'Səhiyyə Nazirliyi',
      'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi',
      'Dövlət Miqrasiya Xidməti',
      'Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi',
      'Dövlət Turizm Agentliyi',
    ],
  );
  assert.deepEqual(splitExecutorList(''), []);
  assert.deepEqual(splitExecutorList(' ,; \n'), []);
  assert.deepEqual(splitExecutorList('DİN, DMX,ƏƏSMN'), ['DİN', 'DMX', 'ƏƏSMN']);
});

test('splitExecutorList: line breaks separate names but not a name broken across lines', () => {
  assert.deepEqual(splitExecutorList('Daxili İşlər Nazirliyi\nTəhsil Nazirliyi\r\nDMX'), [
    'Daxili İşlər Nazirliyi',
    'Təhsil Nazirliyi',
    'DMX',
  ]);
  assert.deepEqual(
    splitExecutorList('Daxili İşlər Nazirliyi, Ailə, Qadın və Uşaq\nProblemləri üzrə Dövlət Komitəsi\nMilli Televiziya və\n  Radio Şurası'),
    ['Daxili İşlər Nazirliyi', 'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi', 'Milli Televiziya və Radio Şurası'],
  );
  assert.deepEqual(
    splitExecutorList('Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi\nyanında Dövlət Əmək Müfəttişliyi Xidməti'),
    ['Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi yanında Dövlət Əmək Müfəttişliyi Xidməti'],
  );
});

test('splitExecutorList: a missing comma between two bodies is repaired', () => {
  // 4.2.11 in both copies.
  assert.deepEqual(splitExecutorList('Nazirlər Kabineti Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi'), [
    'Nazirlər Kabineti',
    'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
  ]);
  // 4.7.7 after its involved parties are removed.
  assert.deepEqual(splitExecutorList('Dövlət Gömrük Komitəsi, Səhiyyə Nazirliyi digər aidiyyəti dövlət orqanları'), [
    'Dövlət Gömrük Komitəsi',
    'Səhiyyə Nazirliyi',
    'digər aidiyyəti dövlət orqanları',
  ]);
  assert.deepEqual(splitExecutorList('Dövlət Sərhəd Xidməti və Dövlət Əmək Müfəttişliyi Xidməti'), [
    'Dövlət Sərhəd Xidməti',
    'Dövlət Əmək Müfəttişliyi Xidməti',
  ]);
  // Words that continue a name are not a missing comma.
  for (const name of [
    'Azərbaycan Respublikası Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi yanında Dövlət Əmək Müfəttişliyi Xidməti',
    'İnsan alverinə qarşı mübarizə üzrə Milli Koordinator yanında İşçi Qrup',
    'İnsan Hüquqları üzrə Müvəkkil (Ombudsman)',
    'Qaynar xətt xidməti (QHT)',
    'Milli Televiziya və Radio Şurası',
    'Azərbaycan Respublikasının Prezidenti yanında Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi',
  ]) {
    assert.deepEqual(splitExecutorList(name), [name]);
  }
});

test('splitExecutorList: knownNames settles a one-word body before an enumeration', () => {
  const cell = 'Ombudsman, Gənclər və İdman Nazirliyi';
  assert.deepEqual(splitExecutorList(cell, { knownNames: ['Ombudsman', 'Gənclər və İdman Nazirliyi'] }), [
    'Ombudsman',
    'Gənclər və İdman Nazirliyi',
  ]);
  assert.deepEqual(splitExecutorList('Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi', { knownNames: [] }), [
    'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi',
  ]);
});

test('separateInvolvedParties: executors before the last body, involved parties after it', () => {
  assert.deepEqual(separateInvolvedParties('Daxili İşlər Nazirliyi ixtisaslaşmış qeyri-hökumət təşkilatlarını cəlb etməklə'), {
    executors: 'Daxili İşlər Nazirliyi',
    involved: 'ixtisaslaşmış qeyri-hökumət təşkilatlarını',
  });
  assert.deepEqual(
    separateInvolvedParties(
      'Daxili İşlər Nazirliyi,digər aidiyyəti dövlət orqanlarını, Azərbaycan Milli Elmlər Akademiyasını, ali təhsil müəssisələrini və ixtisaslaşmış qeyri-hökumət təşkilatlarını cəlb etməklə',
    ),
    {
      executors: 'Daxili İşlər Nazirliyi',
      involved:
        'digər aidiyyəti dövlət orqanlarını, Azərbaycan Milli Elmlər Akademiyasını, ali təhsil müəssisələrini və ixtisaslaşmış qeyri-hökumət təşkilatlarını',
    },
  );
  assert.deepEqual(
    separateInvolvedParties(
      'Səhiyyə Nazirliyi digər aidiyyəti dövlət orqanları ixtisaslaşmış qeyri-hökumət təşkilatlarını və beynəlxalq təşkilatları cəlb etməklə',
    ),
    {
      executors: 'Səhiyyə Nazirliyi digər aidiyyəti dövlət orqanları',
      involved: 'ixtisaslaşmış qeyri-hökumət təşkilatlarını və beynəlxalq təşkilatları',
    },
  );
  assert.deepEqual(separateInvolvedParties('Nazirlər Kabineti, Daxili İşlər Nazirliyi'), {
    executors: 'Nazirlər Kabineti, Daxili İşlər Nazirliyi',
    involved: '',
  });
  assert.deepEqual(separateInvolvedParties('qeyri-hökumət təşkilatları cəlb edilməklə'), {
    executors: '',
    involved: 'qeyri-hökumət təşkilatları',
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const AZ_UPPER: Readonly<Record<string, string>> = { i: 'İ', ı: 'I' };
const ASCII_FOLD: Readonly<Record<string, string>> = {
  ə: 'e', Ə: 'E', ı: 'i', ö: 'o', Ö: 'O', ü: 'u', Ü: 'U', ç: 'c', Ç: 'C', ş: 's', Ş: 'S', ğ: 'g', Ğ: 'G', İ: 'I',
};

/** A name with each letter independently upper-cased, lower-cased, folded to ASCII or kept. */
const variantOf = (name: string) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: name.length, maxLength: name.length }).map((ops) =>
    [...name]
      .map((ch, i) => {
        switch (ops[i]) {
          case 0:
            return AZ_UPPER[ch] ?? ch.toUpperCase();
          case 1:
            return ch === 'İ' ? 'i' : ch === 'I' ? 'ı' : ch.toLowerCase();
          case 2:
            return ASCII_FOLD[ch] ?? ch;
          default:
            return ch;
        }
      })
      .join(''),
  );

const AZ_CHARS = [...'abcçdeəfgğhxıijkqlmnoöprsştuüvyzABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ'];
const nameLike = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(fc.oneof(fc.constantFrom(...AZ_CHARS), fc.constantFrom(' ', ',', '-', '"', '“', '(', '\n', '\u0307', 'е', 'Ә', 'ẞ')), {
      maxLength: 40,
    })
    .map((cs) => cs.join('')),
  fc.constantFrom(...PLAN_NAMES).map((n) => `Azərbaycan Respublikasının Azərbaycan Respublikası ${n}`),
);

test('property: normalizeOrgName is idempotent', () => {
  fc.assert(
    fc.property(nameLike, (s) => {
      const once = normalizeOrgName(s);
      assert.equal(normalizeOrgName(once), once);
    }),
    { numRuns: 2000 },
  );
});

test('property: case and diacritic variations of a name normalize identically', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...PLAN_NAMES).chain((name) => fc.tuple(fc.constant(name), variantOf(name))),
      ([name, variant]) => {
        assert.equal(normalizeOrgName(variant), normalizeOrgName(name));
        assert.equal(matchOrganisation(variant, BARE)?.id, idOf(name));
      },
    ),
    { numRuns: 1000 },
  );
});

test('property: whitespace runs and punctuation do not change the key', () => {
  fc.assert(
    fc.property(fc.constantFrom(...PLAN_NAMES), fc.constantFrom('  ', '\t', '\n', ' - ', ' . '), (name, gap) => {
      assert.equal(normalizeOrgName(name.replace(/ /g, gap)), normalizeOrgName(name));
    }),
  );
});

const withoutSpaceAfterCommas = (s: string): string => s.replace(/, /g, ',');
const withSpaceAfterCommas = (s: string): string => s.replace(/,(?! )/g, ', ');

test('property: a space after commas does not change splitExecutorList', () => {
  const token = fc.constantFrom(
    ...PLAN_NAMES,
    'Ailə',
    'Qadın və Uşaq',
    'Nazirliyi',
    'digər',
    'DİN',
    'yanında',
    '(QHT)',
    'Ombudsman',
    'və',
    'aidiyyəti qeyri-hökumət təşkilatlarını cəlb etməklə',
  );
  const separator = fc.constantFrom(',', ', ', ' ', ';', '\n', ',\n', ' , ');
  const cell = fc
    .array(fc.tuple(token, separator), { maxLength: 8 })
    .map((parts) => parts.map(([t, sep]) => t + sep).join(''));
  fc.assert(
    fc.property(cell, (c) => {
      assert.deepEqual(splitExecutorList(withoutSpaceAfterCommas(c)), splitExecutorList(withSpaceAfterCommas(c)));
      assert.deepEqual(splitExecutorList(withoutSpaceAfterCommas(c)), splitExecutorList(c));
    }),
    { numRuns: 1000 },
  );
});

test('property: a list of plan names joined by any separator splits back into the list', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.constantFrom(...PLAN_NAMES), fc.constantFrom(',', ', ', ';', '; ', '\n', ',\n')), {
        maxLength: 10,
      }),
      (parts) => {
        const cell = parts.map(([name, sep]) => name + sep).join('');
        assert.deepEqual(
          splitExecutorList(cell),
          parts.map(([name]) => name),
        );
      },
    ),
    { numRuns: 1000 },
  );
});

test('an involvement set apart in brackets is an involved party, and the brackets leave no name behind', () => {
  const { executors, involved } = separateInvolvedParties('Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi (qeyri-hökumət təşkilatlarını cəlb etməklə)');
  assert.deepEqual(splitExecutorList(executors), ['Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi']);
  assert.equal(involved, 'qeyri-hökumət təşkilatlarını');
});
