import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineBlock, type Block } from './blocks.js';
import { createExecutorMatcher } from './executors.js';
import { SEED_DICTIONARY } from './fixtures/plan-dictionary.js';
import { readNotes, readRecommendation, recommendationsByCode } from './notes.js';

const matcher = createExecutorMatcher(SEED_DICTIONARY);
const lines = (...texts: string[]): Block[] => texts.map((t) => (t === '' ? { kind: 'blank' } : lineBlock(t)));

test('notes after "Qeyd:", continuation lines joined, a number alone on its line', () => {
  const notes = readNotes(
    lines(
      'Qeyd:',
      '1. Azərbaycan Respublikasının Ali Məhkəməsinə tövsiyə edilsin ki, bu Milli Fəaliyyət Planının 4.1.1-ci',
      'yarımbəndində nəzərdə tutulmuş tədbirlərin həyata keçirilməsində iştirak etsin.',
      '',
      '2.',
      'Azərbaycan Respublikasının Mətbuat Şurasına tövsiyə edilsin ki, 4.2.1-ci yarımbənddə iştirak etsin.',
    ),
  );
  assert.deepEqual(notes, [
    '1. Azərbaycan Respublikasının Ali Məhkəməsinə tövsiyə edilsin ki, bu Milli Fəaliyyət Planının 4.1.1-ci yarımbəndində nəzərdə tutulmuş tədbirlərin həyata keçirilməsində iştirak etsin.',
    '2. Azərbaycan Respublikasının Mətbuat Şurasına tövsiyə edilsin ki, 4.2.1-ci yarımbənddə iştirak etsin.',
  ]);
  assert.deepEqual(readNotes(lines('Qeyd: 1. Ombudsmana tövsiyə edilsin ki, 4.1.1-ci yarımbənddə iştirak etsin.')), [
    '1. Ombudsmana tövsiyə edilsin ki, 4.1.1-ci yarımbənddə iştirak etsin.',
  ]);
  assert.deepEqual(readNotes(lines('Qeydiyyat nömrəsi: 2173', 'İlham Əliyev')), [], 'not a notes heading');
  assert.deepEqual(readNotes(lines('Son.', 'Vəkillər Kollegiyasına tövsiyə olunsun ki, 4.1.1-ci bənddə iştirak etsin.')), [
    'Son. Vəkillər Kollegiyasına tövsiyə olunsun ki, 4.1.1-ci bənddə iştirak etsin.',
  ]);
});

test('who is recommended for which codes: ordinal endings, "və", ranges, the dative', () => {
  const note =
    '4. Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkilinə (Ombudsmana)tövsiyə edilsin ki, bu Milli Fəaliyyət Planının 4.1.1-ci, 4.1.3-cü, 4.1.10-cu, 4.2.6-cı, 4.5.1–4.5.3-cü və 4.7.4-cü yarımbəndlərində nəzərdə tutulmuş tədbirlərin həyata keçirilməsində iştirak etsin (2020-ci il 22.07.2020).';
  assert.deepEqual(readRecommendation(note, matcher), {
    name: 'Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkilinə (Ombudsmana)',
    organisationId: 'ombudsman',
    codes: ['4.1.1', '4.1.3', '4.1.10', '4.2.6', '4.7.4'],
    ranges: [{ from: '4.5.1', to: '4.5.3' }],
  });
  assert.equal(readRecommendation('Dövlət Gömrük Komitəsinə tövsiyə edilsin ki, 4.3.3-cü yarımbənddə iştirak etsin.', matcher)?.organisationId, 'dgk', 'the dative of a name the dictionary has in the nominative');
  assert.equal(readRecommendation('Ağ Şəhər Şurasına tövsiyə edilsin ki, 4.3.3-cü yarımbənddə iştirak etsin.', matcher)?.organisationId, null);
  assert.equal(readRecommendation('İcraçı orqanlar hər rübün sonunda məlumat verirlər.', matcher), null);
});

test('recommendations land on measures; codes the plan lacks are reported', () => {
  const codes = ['4.5.1', '4.5.2', '4.5.3', '4.7.4'];
  const { byCode, warnings } = recommendationsByCode(
    [
      { name: 'Ombudsmana', organisationId: 'ombudsman', codes: ['4.7.4', '4.9.9'], ranges: [{ from: '4.5.1', to: '4.5.3' }] },
      { name: 'Ombudsmana', organisationId: 'ombudsman', codes: ['4.7.4'], ranges: [] },
    ],
    codes,
  );
  assert.deepEqual([...byCode.keys()].sort(), codes);
  assert.deepEqual(byCode.get('4.7.4'), [{ name: 'Ombudsmana', organisationId: 'ombudsman' }], 'once per body');
  assert.deepEqual(warnings.map((w) => [w.code, w.measure, w.params]), [['recommended_measure_unknown', '4.9.9', { code: '4.9.9', name: 'Ombudsmana' }]]);
});
