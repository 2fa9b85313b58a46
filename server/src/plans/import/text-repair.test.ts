import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildVocabulary, joinLines, repairText, tidyLine } from './text-repair.js';

const vocabulary = buildVocabulary([
  'qanunvericiliyin təkmilləşdirilməsi barədə',
  'hüquq-mühafizə orqanlarının və sosial-psixoloji aspektlərinin',
  'Qeyri-Hökumət Təşkilatlarına',
]);
const join = (text: string): string => repairText(text, vocabulary).text;

test('lines of one cell are joined with a single space', () => {
  assert.equal(join('İnsan alveri\n  qurbanlarının\n\nmüdafiəsi '), 'İnsan alveri qurbanlarının müdafiəsi');
  assert.equal(repairText('bir\niki', vocabulary).repaired, false);
});

test('a word hyphenated at a line end is rejoined; real hyphens stay', () => {
  assert.equal(join('qanunvericiliyin təkmilləşdi-\nrilməsi'), 'qanunvericiliyin təkmilləşdirilməsi');
  assert.equal(join('yeni sözün bölün-\nməsi'), 'yeni sözün bölünməsi', 'a word the document has nowhere else: hyphenation');
  assert.equal(join('Qeyri-\nHökumət Təşkilatlarına'), 'Qeyri-Hökumət Təşkilatlarına', 'a capital after the hyphen');
  assert.equal(join('hüquq-\nmühafizə orqanları'), 'hüquq-mühafizə orqanları', 'a compound the document writes whole');
  assert.equal(join('sosial-\npsixoloji'), 'sosial-psixoloji');
  assert.equal(join('qeyri-\ndövlət qurumları'), 'qeyri-dövlət qurumları', '"qeyri" is always hyphenated');
  assert.equal(join('2020-\n2022'), '2020-2022');
  assert.equal(join('2020─\n2022'), '2020─2022');
  assert.equal(repairText('təkmilləşdi-\nrilməsi', vocabulary).repaired, true, 'a hyphenation decision is reported');
});

test('spacing within a line: runs, punctuation, commas, "Qeyri- Hökumət", quotes', () => {
  assert.deepEqual(tidyLine('  Daxili İşlər Nazirliyi,digər  aidiyyəti ( dövlət ) orqanları , '), {
    text: 'Daxili İşlər Nazirliyi, digər aidiyyəti (dövlət) orqanları,',
    repaired: false,
  });
  assert.deepEqual(tidyLine('Prezidenti yanında Qeyri- Hökumət Təşkilatlarına'), {
    text: 'Prezidenti yanında Qeyri-Hökumət Təşkilatlarına',
    repaired: true,
  });
  assert.equal(tidyLine('qeyri- dövlət').text, 'qeyri-dövlət');
  assert.equal(tidyLine('Prezident yol tikintisinə - PUL AYIRDI').text, 'Prezident yol tikintisinə - PUL AYIRDI', 'a dash between words');
  assert.equal(tidyLine('"İnsan alverinə qarşı mübarizə haqqında" Avropa Şurası').text, '“İnsan alverinə qarşı mübarizə haqqında” Avropa Şurası');
  assert.equal(tidyLine('7,5 faiz; 2020 - 2022').text, '7,5 faiz; 2020-2022');
});

test('nothing to join', () => {
  assert.deepEqual(joinLines([], vocabulary), { text: '', repaired: false });
  assert.deepEqual(joinLines(['', '  '], vocabulary), { text: '', repaired: false });
});
