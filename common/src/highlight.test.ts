import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldForSearch, highlightRanges, queryWords } from './highlight.js';

const slices = (text: string, query: string) => highlightRanges(text, query).map(([s, e]) => text.slice(s, e));

test('folds case and Azerbaijani letters, keeping the length', () => {
  assert.equal(foldForSearch('Məcburi Əmək'), 'mecburi emek');
  assert.equal(foldForSearch('DAXİLİ İŞLƏR'), 'daxili isler');
  assert.equal(foldForSearch('Işıq ÇÖL ğÜŞ'), 'isiq col gus');
  assert.equal(foldForSearch('İİİ').length, 3);
  assert.equal(foldForSearch('Ёлка йод'), 'елка иод');
});

test('finds words without diacritics, ignoring case', () => {
  const text = 'İnsan alveri və məcburi əmək cinayətlərinin qarşısının alınması';
  assert.deepEqual(slices(text, 'mecburi emek'), ['məcburi', 'əmək']);
  assert.deepEqual(slices(text, 'MƏCBURİ'), ['məcburi']);
  assert.deepEqual(slices(text, 'insan'), ['İnsan']);
  assert.deepEqual(slices('Daxili İşlər Nazirliyi', 'isler'), ['İşlər']);
  assert.deepEqual(slices('DAXILI ISLER', 'daxili'), ['DAXILI']);
});

test('each word independently, every occurrence, in order', () => {
  const text = 'qurban, qurbanların və ehtimal olunan qurbanlar';
  assert.deepEqual(highlightRanges(text, 'qurban'), [
    [0, 6],
    [8, 14],
    [38, 44],
  ]);
  assert.deepEqual(slices('əmək və məcburi', 'mecburi emek'), ['əmək', 'məcburi']);
});

test('overlapping and touching matches merge', () => {
  assert.deepEqual(highlightRanges('alverinə', 'alver verinə'), [[0, 8]]);
  assert.deepEqual(highlightRanges('aaaa', 'aa'), [[0, 4]]);
  assert.deepEqual(highlightRanges('insanalveri', 'insan alveri'), [[0, 11]]);
});

test('words split on white space only, like the server; empty queries', () => {
  assert.deepEqual(queryWords('  əmək  MƏCBURİ əmək '), ['emek', 'mecburi']);
  assert.deepEqual(queryWords('əmək,'), ['emek,']);
  assert.deepEqual(slices('məcburi əmək, istismar', 'əmək,'), ['əmək,']);
  assert.deepEqual(highlightRanges('some text', ''), []);
  assert.deepEqual(highlightRanges('some text', '   '), []);
  assert.deepEqual(highlightRanges('', 'text'), []);
  assert.deepEqual(highlightRanges('no match here', 'xyz'), []);
});

test('every range folds to a query word and ranges are sorted and disjoint', () => {
  const alphabet = fc.constantFrom(...'aAəƏıIİiöÖüÜçÇşŞğĞ .,');
  fc.assert(
    fc.property(fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ unit: alphabet, maxLength: 8 }), (text, query) => {
      const ranges = highlightRanges(text, query);
      const words = queryWords(query);
      let previousEnd = -1;
      for (const [start, end] of ranges) {
        assert.ok(start > previousEnd && end > start && end <= text.length);
        previousEnd = end;
        const piece = foldForSearch(text.slice(start, end));
        assert.ok(words.some((w) => piece.includes(w)));
      }
    }),
    { numRuns: 500 },
  );
});
