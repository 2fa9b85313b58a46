import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sideParts, tokenize, wordDiff, type DiffPart } from './wordDiff.js';

const text = (parts: DiffPart[]) => parts.map((p) => p.text).join('');

test('tokenizes words, punctuation and spaces', () => {
  assert.deepEqual(tokenize('Nazirliyi, digər  orqanlar.'), ['Nazirliyi', ',', ' ', 'digər', '  ', 'orqanlar', '.']);
  assert.deepEqual(tokenize(''), []);
});

test('identical texts are one unchanged part', () => {
  assert.deepEqual(wordDiff('insan alveri', 'insan alveri'), [{ kind: 'same', text: 'insan alveri' }]);
});

test('a changed word shows as removed then added', () => {
  assert.deepEqual(wordDiff('təkliflər hazırlanması', 'təkliflərin hazırlanması'), [
    { kind: 'removed', text: 'təkliflər' },
    { kind: 'added', text: 'təkliflərin' },
    { kind: 'same', text: ' hazırlanması' },
  ]);
});

test('insertions and deletions of words', () => {
  assert.deepEqual(wordDiff('a c', 'a b c'), [
    { kind: 'same', text: 'a ' },
    { kind: 'added', text: 'b ' },
    { kind: 'same', text: 'c' },
  ]);
  assert.deepEqual(wordDiff('a b c', 'a c'), [
    { kind: 'same', text: 'a ' },
    { kind: 'removed', text: 'b ' },
    { kind: 'same', text: 'c' },
  ]);
  assert.deepEqual(wordDiff('', 'new'), [{ kind: 'added', text: 'new' }]);
  assert.deepEqual(wordDiff('old', ''), [{ kind: 'removed', text: 'old' }]);
});

test('a run of changed words is one mark on each side', () => {
  const parts = wordDiff('x one two three y', 'x uno dos tres y');
  assert.deepEqual(parts, [
    { kind: 'same', text: 'x ' },
    { kind: 'removed', text: 'one two three' },
    { kind: 'added', text: 'uno dos tres' },
    { kind: 'same', text: ' y' },
  ]);
});

test('white space differences do not count', () => {
  assert.deepEqual(
    wordDiff('a  b', 'a b').map((p) => p.kind),
    ['same'],
  );
});

test('each side rebuilds its text', () => {
  const words = fc.constantFrom('a', 'b', 'c', 'ə', ',', ' ', '  ', 'də');
  fc.assert(
    fc.property(fc.array(words, { maxLength: 20 }), fc.array(words, { maxLength: 20 }), (x, y) => {
      const before = x.join('');
      const after = y.join('');
      const parts = wordDiff(before, after);
      const norm = (s: string) => s.replace(/\s+/g, ' ');
      assert.equal(norm(text(sideParts(parts, 'before'))), norm(before));
      assert.equal(text(sideParts(parts, 'after')), after);
    }),
    { numRuns: 500 },
  );
});
