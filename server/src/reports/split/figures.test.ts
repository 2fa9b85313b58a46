import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFigures } from './figures.js';

const figures = (text: string) => findFigures(text).map(({ label, value, unit }) => [value, unit, label]);

test('counts with their unit and the clause that says what they count', () => {
  const cases: [string, unknown[][]][] = [
    ['onlardan əsas olduğu üçün 1913 nəfərin ölkə ərazisində yaşamaları leqallaşdırılmış, 4989 əcnəbinin inzibati qaydada ölkə hüdudlarından kənara çıxarılmalarına dair qərarlar qəbul edilmişdir.', [
      [1913, 'nəfər', 'ölkə ərazisində yaşamaları leqallaşdırılmış'],
      [4989, 'əcnəbi', 'əcnəbinin inzibati qaydada ölkə hüdudlarından kənara çıxarılmalarına dair qərarlar qəbul edilmişdir'],
    ]],
    ['1913 nəfər əcnəbinin ölkədə yaşaması qanuniləşdirilmişdir.', [[1913, 'nəfər', 'əcnəbinin ölkədə yaşaması qanuniləşdirilmişdir']]],
    ['Cari ildə 35 cinayət işi başlanmışdır.', [[35, 'cinayət işi', 'cinayət işi başlanmışdır']]],
    ['1250 təsərrüfat subyektində yoxlama aparılmışdır.', [[1250, 'təsərrüfat subyekti', 'təsərrüfat subyektində yoxlama aparılmışdır']]],
    ['Fond tərəfindən 12 500 manat yardım göstərilmişdir.', [[12500, 'manat', 'yardım göstərilmişdir']]],
    ['1,5 min nəfər əcnəbiyə iş icazəsi verilmişdir.', [[1500, 'nəfər', 'əcnəbiyə iş icazəsi verilmişdir']]],
    ['Qurbanların sayı 12 % azalmışdır.', [[12, '%', 'Qurbanların sayı azalmışdır']]],
    ['Halların 12,5 faizi tikinti sahəsinə aiddir.', [[12.5, '%', 'tikinti sahəsinə aiddir']]],
    ['Aşkar edilmiş halların 12 %-i tikinti sahəsinə aiddir.', [[12, '%', 'tikinti sahəsinə aiddir']]],
    ['5000 ədəd buklet çap edilərək paylanmışdır.', [[5000, 'ədəd', 'buklet çap edilərək paylanmışdır']]],
    ['DMX-nin 11 videotəlimatının (vətəndaşlığın bərpası (müddətin uzadılması) barədə) hazırlanması təmin edilmişdir.', [[11, 'videotəlimat', 'videotəlimatının hazırlanması təmin edilmişdir']]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(figures(text), expected, text);
});

test('not figures: years, dates, codes, document, telephone and ordinal numbers, durations, quoted names', () => {
  for (const text of [
    '2016-cı il ərzində işlər davam etdirilmişdir.',
    '1 dekabr 2016-cı il tarixli 02/2896 saylı məktubla göndərilmişdir.',
    '13.04.2016-cı il tarixli 3/851-04 saylı məktubu ilə daxil olmuşdur.',
    'Nazirlər Kabinetinin 20 may 2001-ci il tarixli 81 nömrəli qərarı',
    '2015-ci il 20 oktyabr tarixli, 1410-IVQ nömrəli Qanunu',
    'Tədbirlər Planı (2013-2018-ci illər) icra olunmuşdur.',
    'Birgə Komissiyanın 19-cu iclası keçirilmişdir.',
    '2016-cı ilin 11 ayı ərzində müəyyən olunmuşdur.',
    'Çağrı Mərkəzinin (919 telefon nömrəsi) fəaliyyəti təmin olunmuşdur.',
    '13.2.10-cu yarımbənd üzrə işlər görülmüşdür.',
    '“2020 – Könüllülər ili” çərçivəsində tədbirlər keçirilmişdir.',
    '20 oktyabr – 20 noyabr tarixlərində aylıq elan olunmuşdur.',
    '18 yaşına çatmamış şəxslər üçün',
    'Qanunun 5 maddəsinə dəyişiklik edilmişdir.',
  ]) {
    assert.deepEqual(figures(text), [], text);
  }
});

test('confidence: known units above unknown ones, an unclear label lowest', () => {
  const [known] = findFigures('Cari ildə 35 cinayət işi başlanmışdır.');
  const [unknown] = findFigures('İşçi qrupunun 3 müzakirəsi keçirilmişdir.');
  const [bare] = findFigures('Qeydə alınmış qurbanların sayı 35-dir.');
  const [unclear] = findFigures('Müraciətlər: 45.');
  assert.deepEqual([known?.confidence, unknown?.confidence, bare?.confidence, unclear?.confidence], [0.9, 0.6, 0.38, 0.3]);
  assert.deepEqual([bare?.label, bare?.unit, bare?.value], ['Qeydə alınmış qurbanların sayı', null, 35]);
  assert.deepEqual([unclear?.labelUnclear, known?.labelUnclear], [true, false]);
});

test('a year followed by a count noun is a count', () => {
  assert.deepEqual(figures('Ümumilikdə 2000 nəfər əcnəbi qeydiyyata alınmışdır.'), [[2000, 'nəfər', 'əcnəbi qeydiyyata alınmışdır']]);
});
