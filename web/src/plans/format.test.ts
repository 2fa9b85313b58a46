import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actKindKey, codeQuery, compareCodes, normaliseDashes, periodText, yearSpan } from './format.js';

test('dashes between years become one en dash', () => {
  assert.equal(normaliseDashes('2020─2022'), '2020–2022');
  assert.equal(normaliseDashes('2020 - 2022'), '2020–2022');
  assert.equal(normaliseDashes('2020—2022-ci illər'), '2020–2022-ci illər');
  assert.equal(normaliseDashes('İyun 2004'), 'İyun 2004');
});

test('year spans', () => {
  assert.equal(yearSpan('2020-01-01', '2024-12-31'), '2020–2024');
  assert.equal(yearSpan('2021-01-01', '2021-12-31'), '2021');
  assert.equal(yearSpan(null, '2021-12-31'), '2021');
  assert.equal(yearSpan(null, null), '');
});

test('period text', () => {
  assert.equal(periodText({ kind: 'ongoing', from: null, to: null, text: 'mütəmadi' }, 'On a regular basis'), 'On a regular basis');
  assert.equal(periodText({ kind: 'range', from: '2020-01-01', to: '2022-12-31', text: '2020─2022' }, 'x'), '2020–2022');
  assert.equal(periodText({ kind: 'range', from: '2020-01-01', to: '2022-12-31', text: '' }, 'x'), '2020–2022');
  assert.equal(periodText({ kind: 'range', from: '2020-01-01', to: '2022-12-31', text: '2020 2022' }, 'x'), '2020–2022');
  assert.equal(periodText({ kind: 'range', from: null, to: null, text: '2020 ─ 2022-ci illər' }, 'x'), '2020–2022-ci illər');
  assert.equal(periodText({ kind: 'month', from: '2004-06-01', to: '2004-06-30', text: 'İyun 2004' }, 'x'), 'İyun 2004');
  assert.equal(periodText(null, 'x'), '');
});

test('codes sort numerically', () => {
  const codes = ['4.1.10', '4.2', '4.1.2', '4.1', '13.1.1', '4.1.1.'];
  assert.deepEqual([...codes].sort(compareCodes), ['4.1', '4.1.1.', '4.1.2', '4.1.10', '4.2', '13.1.1']);
});

test('code queries', () => {
  assert.deepEqual(codeQuery('13.2.4'), { code: '13.2.4', section: '13.2' });
  assert.deepEqual(codeQuery(' 4.1. '), { code: '4.1', section: '4.1' });
  assert.deepEqual(codeQuery('13'), { code: '13', section: null });
  assert.equal(codeQuery('məcburi əmək'), null);
  assert.equal(codeQuery(''), null);
});

test('act kinds as the importer names them', () => {
  assert.equal(actKindKey('Prezidentin Sərəncamı'), 'president_order');
  assert.equal(actKindKey('PREZİDENTİN FƏRMANI'), 'president_decree');
  assert.equal(actKindKey('Nazirlər Kabinetinin Qərarı'), 'cabinet_resolution');
  assert.equal(actKindKey('Qanunu'), 'law');
  assert.equal(actKindKey('Sərəncam'), 'order');
  assert.equal(actKindKey('Protokol'), null);
});
