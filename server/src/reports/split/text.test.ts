import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildVocabulary } from '../../plans/import/text-repair.js';
import { listMarker, paragraphsText, toParagraphs } from './text.js';

const paragraphs = (lines: string[]) => toParagraphs(lines, buildVocabulary(lines)).map((p) => [p.marker, p.text]);

test('wrapped lines are joined; a sentence end before a capital, or a blank line, ends a paragraph', () => {
  assert.deepEqual(
    paragraphs(['Dövlət Miqrasiya Xidməti tərəfindən', 'işlər görülmüşdür. Eyni', 'zamanda təlimlər keçirilmişdir.', 'Bundan əlavə, seminar', '', 'keçirilmişdir.']),
    [
      [null, 'Dövlət Miqrasiya Xidməti tərəfindən işlər görülmüşdür. Eyni zamanda təlimlər keçirilmişdir.'],
      [null, 'Bundan əlavə, seminar'],
      [null, 'keçirilmişdir.'],
    ],
  );
});

test('a colon does not end a paragraph before a capital, only before a list', () => {
  assert.deepEqual(paragraphs(['ehtiyacların qiymətləndirilməsi:', 'Cənubi Qafqaz ölkələrində']), [[null, 'ehtiyacların qiymətləndirilməsi: Cənubi Qafqaz ölkələrində']]);
  assert.deepEqual(paragraphs(['Görülmüş işlər:', '- seminar;', '- təlim.']), [[null, 'Görülmüş işlər:'], ['-', 'seminar;'], ['-', 'təlim.']]);
});

test('list items: bullets always, dashes and numbers after an item end or in sequence', () => {
  assert.deepEqual(
    paragraphs(['· görüş – 13 yanvar 2016-cı il, Bakı', '- 6 nəfər;', '• seminar;', '1) təlim (12.03.2021, Bakı)', '2) seminar', 'davam etmişdir', 'a) kurs']),
    [
      ['·', 'görüş – 13 yanvar 2016-cı il, Bakı - 6 nəfər;'],
      ['•', 'seminar;'],
      ['1)', 'təlim (12.03.2021, Bakı)'],
      ['2)', 'seminar davam etmişdir a) kurs'],
    ],
  );
  assert.equal(listMarker('- 6 nəfər', 'text'), null);
  assert.equal(listMarker('- 6 nəfər', 'end'), '-');
  assert.equal(listMarker('-', 'end'), '-');
  assert.equal(listMarker('3) seminar', 'text', '2)'), '3)');
  assert.equal(listMarker('5) seminar', 'nothing'), '5)');
  assert.equal(listMarker('25)', 'end'), null);
  assert.equal(listMarker('1) seminar', 'end'), '1)');
  assert.equal(listMarker('-14-15 aprel', 'end'), null);
});

test('hyphenation and spacing are repaired; paragraphs and list items laid out', () => {
  const lines = ['Qanunsuz miqrasiyanın qarşısının alınması təkmilləşdi-', 'rilmişdir,qanunsuz miqrantlar', '', '· birinci;', '· ikinci.', 'Son.'];
  const result = toParagraphs(lines, buildVocabulary(lines));
  assert.equal(paragraphsText(result), 'Qanunsuz miqrasiyanın qarşısının alınması təkmilləşdirilmişdir, qanunsuz miqrantlar\n\n· birinci;\n· ikinci.\n\nSon.');
});
