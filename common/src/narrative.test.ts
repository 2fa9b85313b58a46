import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseInlines, parseNarrative, toggleBold, toggleBullets, type Block } from './narrative.js';

const plain = (text: string) => [{ text, bold: false }];

test('paragraphs are separated by blank lines; single line breaks stay inside', () => {
  assert.deepEqual(parseNarrative('Birinci sətir\nikinci sətir\n\n\nİkinci abzas'), [
    { type: 'paragraph', inlines: plain('Birinci sətir\nikinci sətir') },
    { type: 'paragraph', inlines: plain('İkinci abzas') },
  ]);
});

test('lines starting with "- " are one list; text around them makes paragraphs', () => {
  assert.deepEqual(parseNarrative('Keçirilmiş tədbirlər:\n- seminar – Bakı\n- təlim\nYekun.'), [
    { type: 'paragraph', inlines: plain('Keçirilmiş tədbirlər:') },
    { type: 'list', items: [plain('seminar – Bakı'), plain('təlim')] },
    { type: 'paragraph', inlines: plain('Yekun.') },
  ]);
  assert.deepEqual(parseNarrative('- a\n\n- b'), [
    { type: 'list', items: [plain('a')] },
    { type: 'list', items: [plain('b')] },
  ]);
});

test('a dash without a space is text, not an item; Windows line ends are read', () => {
  assert.deepEqual(parseNarrative('-5 dərəcə\r\n\r\n- x'), [
    { type: 'paragraph', inlines: plain('-5 dərəcə') },
    { type: 'list', items: [plain('x')] },
  ]);
});

test('bold runs, including inside list items; unpaired markers stay literal', () => {
  assert.deepEqual(parseInlines('**1913** nəfər leqallaşdırılıb'), [
    { text: '1913', bold: true },
    { text: ' nəfər leqallaşdırılıb', bold: false },
  ]);
  assert.deepEqual(parseInlines('a ** b'), plain('a ** b'));
  assert.deepEqual(parseInlines('a **** b'), plain('a **** b'));
  assert.deepEqual(parseNarrative('- **DMX**: 6 nəfər'), [{ type: 'list', items: [[{ text: 'DMX', bold: true }, { text: ': 6 nəfər', bold: false }]] }]);
});

test('empty and blank texts have no blocks', () => {
  assert.deepEqual(parseNarrative(''), []);
  assert.deepEqual(parseNarrative(' \n\t\n'), []);
});

const textOf = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === 'paragraph' ? [b.inlines] : b.items)).flat().map((i) => i.text).join('');

test('property: parsing never invents or loses letters', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '-', '*') }), (text) => {
      const letters = (s: string) => s.replace(/[^ab]/g, '');
      assert.equal(letters(textOf(parseNarrative(text))), letters(text));
    }),
  );
});

test('bold wraps the selection, trims its spaces, and unwraps it again', () => {
  const text = 'Layihə hazırlanmışdır.';
  const on = toggleBold(text, 0, 7); // "Layihə " with its space
  assert.equal(on.text, '**Layihə** hazırlanmışdır.');
  assert.equal(on.text.slice(on.start, on.end), '**Layihə** ');
  const inner = toggleBold(on.text, 2, 8);
  assert.equal(inner.text, text);
  const whole = toggleBold(on.text, 0, 10);
  assert.equal(whole.text, text);
  assert.equal(whole.text.slice(whole.start, whole.end), 'Layihə');
});

test('bold with no selection leaves the cursor between the markers; several lines are wrapped one by one', () => {
  assert.deepEqual(toggleBold('ab', 1, 1), { text: 'a****b', start: 3, end: 3 });
  const many = toggleBold('- bir\n- iki', 0, 11);
  assert.equal(many.text, '- **bir**\n- **iki**');
  assert.deepEqual(parseNarrative(many.text), [{ type: 'list', items: [[{ text: 'bir', bold: true }], [{ text: 'iki', bold: true }]] }]);
});

test('bullets are added to every touched line and removed when all have them', () => {
  const text = 'Giriş\nbir\niki\n\nSon';
  const on = toggleBullets(text, 7, 12); // from inside "bir" to inside "iki"
  assert.equal(on.text, 'Giriş\n- bir\n- iki\n\nSon');
  assert.equal(on.text.slice(on.start, on.end), '- bir\n- iki');
  const off = toggleBullets(on.text, on.start, on.end);
  assert.equal(off.text, text);
});

test('bullet on the cursor line keeps the cursor on the same letter', () => {
  assert.deepEqual(toggleBullets('abc\ndef', 5, 5), { text: 'abc\n- def', start: 7, end: 7 });
  assert.deepEqual(toggleBullets('abc\n- def', 7, 7), { text: 'abc\ndef', start: 5, end: 5 });
  assert.deepEqual(toggleBullets('', 0, 0), { text: '- ', start: 2, end: 2 });
});

test('a selection ending at the start of a line does not bullet that line', () => {
  assert.equal(toggleBullets('a\nb\nc', 0, 4).text, '- a\n- b\nc');
});
