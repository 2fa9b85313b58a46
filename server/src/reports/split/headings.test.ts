import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeHeading, matchHeading, measureCodes } from './headings.js';

const START = { paragraphStart: true, marked: false };
const MIDDLE = { paragraphStart: false, marked: false };

const measures = (line: string, context = START): string[] | null => matchHeading(line, context)?.measures ?? null;

test('the "… üzrə" forms, with every ordinal suffix, dash and spacing', () => {
  const cases: [string, string[]][] = [
    ['13.1.1-ci yarımbənd üzrə:', ['13.1.1']],
    ['13.2.6-cı yarımbənd üzrə:      ', ['13.2.6']],
    ['13.2.10-cu yarımbənd üzrə:', ['13.2.10']],
    ['4.2.4-cü bənd üzrə', ['4.2.4']],
    ['4.2.11-inci bənd üzrə:', ['4.2.11']],
    ['4.3.30-uncu bənd üzrə:', ['4.3.30']],
    ['4.4.3-üncü bənd üzrə:', ['4.4.3']],
    ['4.1.40-ıncı bənd üzrə:', ['4.1.40']],
    ['4.2.1 -ci bənd üzrə', ['4.2.1']],
    ['4.2.1– ci bənd üzrə:', ['4.2.1']],
    ['4.2.1ci bənd üzrə:', ['4.2.1']],
    ['4.2.1-ci bənd üzrə.', ['4.2.1']],
    ['13. 1. 1-ci yarımbənd üzrə:', ['13.1.1']],
    ['13.1.1 üzrə:', ['13.1.1']],
    ['13.1.1-CI YARIMBƏND ÜZRƏ:', ['13.1.1']],
    ['4.2.1-ci yarimbend uzre:', ['4.2.1']],
    ['13.3.6-cı və 13.3.7-ci yarımbəndlər üzrə:', ['13.3.6', '13.3.7']],
    ['4.1.1, 4.1.2 və 4.1.5-ci bəndlər üzrə', ['4.1.1', '4.1.2', '4.1.5']],
    ['4.1.1; 4.1.2 ilə 4.1.3-cü bəndlər üzrə:', ['4.1.1', '4.1.2', '4.1.3']],
    ['13.3.6–13.3.8-ci yarımbəndlər üzrə:', ['13.3.6', '13.3.7', '13.3.8']],
    ['4.5.1-4.5.3-cü bəndlər üzrə:', ['4.5.1', '4.5.2', '4.5.3']],
    ['4.7.1-ci tədbirin icrası barədə', ['4.7.1']],
    ['4.7.1-ci tədbirin icrası ilə bağlı:', ['4.7.1']],
    ['4.7.1-ci tədbirin icra vəziyyəti haqqında', ['4.7.1']],
    ['4.2.1-ci bənd üzrə görülmüş işlər:', ['4.2.1']],
    ['13.1.1-ci yarımbənd:', ['13.1.1']],
    ['4.7.1-ci tədbirin icrası', ['4.7.1']],
    ['Milli Fəaliyyət Planının 4.2.1-ci bəndi üzrə:', ['4.2.1']],
  ];
  for (const [line, codes] of cases) {
    assert.deepEqual(measures(line), codes, line);
    assert.deepEqual(measures(line, MIDDLE), codes, `${line} (inside a paragraph)`);
  }
});

test('the word-first forms: "Tədbir 4.7.1:", "Bənd 4.2.1.", "№ 4.2.1", Russian "Пункт"', () => {
  const cases: [string, string[]][] = [
    ['Tədbir 4.7.1:', ['4.7.1']],
    ['Tədbir 4.7.1: Hüquq-mühafizə orqanlarının əməkdaşları üçün təlimlər', ['4.7.1']],
    ['Bənd 4.2.1.', ['4.2.1']],
    ['Yarımbənd 13.1.1', ['13.1.1']],
    ['Tədbirlər 4.1.1 və 4.1.2:', ['4.1.1', '4.1.2']],
    ['№ 4.2.1', ['4.2.1']],
    ['Tədbir № 4.4.2', ['4.4.2']],
    ['Пункт 4.2.1:', ['4.2.1']],
    ['По пункту 4.2.1:', ['4.2.1']],
  ];
  for (const [line, codes] of cases) assert.deepEqual(measures(line, MIDDLE), codes, line);
});

test('a bare code starts an entry only at the start of a paragraph, followed by a title or "Tədbir:"', () => {
  assert.deepEqual(measures('4.7.1. Tədbir:'), ['4.7.1']);
  assert.deepEqual(measures('4.7.1. Tədbir: Polis əməkdaşları üçün təlimlər'), ['4.7.1']);
  assert.deepEqual(measures('4.7.1 Təlimlərin keçirilməsi'), ['4.7.1']);
  assert.deepEqual(measures('4.7.1. “Təlimlər”'), ['4.7.1']);
  assert.deepEqual(measures('4.7.1.'), ['4.7.1']);
  assert.equal(measures('4.7.1 Təlimlərin keçirilməsi', MIDDLE), null);
  // Lower case after the code reads as a sentence that mentions a measure…
  assert.equal(measures('4.7.1 təlimlər keçirilib'), null);
  // …unless markup says the line is a heading.
  assert.deepEqual(measures('4.7.1 təlimlər', { paragraphStart: false, marked: true }), ['4.7.1']);
  // Sections ("2.1. Ümumi müddəalar") and numbered lists are not measures.
  assert.equal(measures('2.1. Ümumi müddəalar'), null);
  assert.equal(measures('1. Birinci bənd'), null);
});

test('what a heading gives: the line as written, text after its colon, a confidence', () => {
  assert.deepEqual(matchHeading('13.1.1-ci yarımbənd üzrə: Qanun layihəsi hazırlanmışdır.', START), {
    measures: ['13.1.1'],
    heading: '13.1.1-ci yarımbənd üzrə:',
    rest: 'Qanun layihəsi hazırlanmışdır.',
    confidence: 1,
  });
  assert.deepEqual(matchHeading('  4.7.1.  Tədbir:   Təlimlər  ', START), { measures: ['4.7.1'], heading: '4.7.1. Tədbir: Təlimlər', rest: '', confidence: 0.9 });
  assert.equal(matchHeading('4.7.1 Təlimlər', START)?.confidence, 0.7);
  assert.equal(matchHeading('Planın 4.2.1-ci bəndi üzrə:', START)?.confidence, 0.85);
  assert.equal(matchHeading('4.2-ci bənd üzrə:', START)?.confidence, 0.8);
  // A numbered paragraph: the code is the heading, its long text the entry's.
  const long = `4.7.1. ${'Nazirlik tərəfindən təlimlər keçirilmişdir və '.repeat(6)}nəticələr təhlil edilmişdir.`;
  const numbered = matchHeading(long, START);
  assert.equal(numbered?.heading, '4.7.1.');
  assert.ok(numbered?.rest.startsWith('Nazirlik'));
});

test('sentences and dates that only mention codes are not headings', () => {
  for (const line of [
    '13.2.10-cu yarımbənd üzrə görülən işlər barədə məlumat verilmişdir.',
    '13.04.2016-cı il tarixli 3/851-04 saylı məktubu ilə daxil olmuş',
    '12.03.2021 tarixində seminar keçirilmişdir.',
    '5.6.2016-cı il tarixli məktub',
    'Tədbir 4.7.1 çərçivəsində 5 təlim keçirilmişdir.',
    'Planın 4.2.1-ci bəndinə əsasən işlər görülmüşdür.',
    '1913 nəfərin ölkə ərazisində yaşamaları leqallaşdırılmış',
    '2016-cı il ərzində tədbirlər keçirilmişdir:',
    // Without a colon, words after "üzrə" are a sentence going on (perhaps wrapped), not a heading.
    '4.2.1-ci bənd üzrə görülmüş işlər',
    'Planın 4.2.1-ci bəndi üzrə Nazirlik tərəfindən',
    'Planın 4.2.1-ci bəndi üzrə',
  ]) {
    assert.equal(matchHeading(line, START), null, line);
  }
});

test('lines that start like a heading are told apart for the warning', () => {
  assert.ok(looksLikeHeading('4.9.2 bəndi ilə bağlı məlumat növbəti hesabatda veriləcək.'));
  assert.ok(looksLikeHeading('13.2.10-cu yarımbənd üzrə görülən işlər barədə məlumat verilmişdir.'));
  assert.ok(looksLikeHeading('Həmçinin 4.2.1-ci bənd üzrə işlər davam etdirilir.'));
  assert.ok(!looksLikeHeading('13.04.2016-cı il tarixli məktub'));
  assert.ok(!looksLikeHeading('1.5 min nəfər'));
  assert.ok(!looksLikeHeading('Nazirlik tərəfindən təlimlər keçirilmişdir.'));
});

test('code lists: ranges within one parent are expanded, others kept as written', () => {
  assert.deepEqual(measureCodes('4.1.1–4.1.4'), ['4.1.1', '4.1.2', '4.1.3', '4.1.4']);
  assert.deepEqual(measureCodes('4.1.9-4.2.2'), ['4.1.9', '4.2.2']);
  assert.deepEqual(measureCodes('4.1.1, 4.1.1 və 4.1.2-ci'), ['4.1.1', '4.1.2']);
});
