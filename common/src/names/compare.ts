/**
 * How alike two full names are, whatever their script, word order and spelling conventions.
 *
 * Each name is split into words (`nameTokens`) whose phonetic folds already absorb the
 * differences between renderings; the words of the two names are paired so that the result is
 * best (the order of surname and given name varies between registers), each pair is scored with
 * Jaro–Winkler and edit distance on the folds (typos), and words left without a partner cost a
 * little: one record may lack the patronymic or a second given name. The result is symmetric and
 * 1 for equal names.
 */
import { nameTokens, type NameToken } from './name-key.js';

/**
 * Names at or above this score are taken for the same name: the score at which the names alone,
 * with nothing else known, make `scorePersons` say "same" (its weights were chosen on the
 * labelled pairs). On the names of those pairs it finds 96 % of the duplicates; namesakes are
 * told apart only by the other evidence.
 */
export const SAME_NAME_THRESHOLD = 0.89;

/** Whether a name score says "the same name". */
export function sameName(score: number): boolean {
  return score >= SAME_NAME_THRESHOLD;
}

/** Work buffers for the string measures, grown when a longer word comes (never shared across calls). */
let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);
let rowBefore = new Int32Array(65);
let rowPrevious = new Int32Array(65);
let rowCurrent = new Int32Array(65);

function ensure(length: number): void {
  if (length < flagsA.length) return;
  const size = 2 * length + 1;
  flagsA = new Uint8Array(size);
  flagsB = new Uint8Array(size);
  rowBefore = new Int32Array(size + 1);
  rowPrevious = new Int32Array(size + 1);
  rowCurrent = new Int32Array(size + 1);
}

/** Jaro–Winkler similarity of two strings (by UTF-16 code unit; folds are ASCII), in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  ensure(Math.max(a.length, b.length));
  flagsA.fill(0, 0, a.length);
  flagsB.fill(0, 0, b.length);
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const code = a.charCodeAt(i);
    const to = Math.min(b.length - 1, i + window);
    for (let j = Math.max(0, i - window); j <= to; j += 1) {
      if (flagsB[j] === 1 || b.charCodeAt(j) !== code) continue;
      flagsA[i] = 1;
      flagsB[j] = 1;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions += 1;
    k += 1;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): the typos of the
 * registers — a letter dropped, added, changed, or two swapped — each cost one.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  ensure(Math.max(a.length, b.length));
  let before = rowBefore;
  let previous = rowPrevious;
  let current = rowCurrent;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** Half Jaro–Winkler (kind to a shared start), half edit distance relative to the longer word. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  // One order for both, so that the result is exactly symmetric.
  const [x, y] = a < b ? [a, b] : [b, a];
  return (jaroWinkler(x, y) + 1 - editDistance(x, y) / Math.max(x.length, y.length)) / 2;
}

/**
 * Similarities already computed, by the numbers of the two folds (smaller first): the same pairs
 * of words recur. Bounded; reset when full.
 */
const similarities = new Map<number, Map<number, number>>();
let cached = 0;
const SIMILARITIES_SIZE = 300_000;

function cachedSimilarity(a: string, aId: number, b: string, bId: number): number {
  if (aId === bId) return 1;
  const [low, high] = aId < bId ? [aId, bId] : [bId, aId];
  let row = similarities.get(low);
  let found = row?.get(high);
  if (found === undefined) {
    found = similarity(a, b);
    if (cached >= SIMILARITIES_SIZE) {
      similarities.clear();
      cached = 0;
      row = undefined;
    }
    if (row === undefined) similarities.set(low, (row = new Map()));
    row.set(high, found);
    cached += 1;
  }
  return found;
}

/**
 * The similarity of two words: the better of their phonetic folds (where transliterations meet)
 * and their spelling folds (where a typo stays one letter), lowered when they start differently.
 */
export function tokenSimilarity(a: NameToken, b: NameToken): number {
  if (a.folded === b.folded) return 1;
  const similar = Math.max(cachedSimilarity(a.folded, a.foldedId, b.folded, b.foldedId), cachedSimilarity(a.spelled, a.spelledId, b.spelled, b.spelledId));
  return a.folded[0] !== b.folded[0] && a.spelled[0] !== b.spelled[0] ? similar * FIRST_LETTER_DIFFERS : similar;
}

/**
 * Words that differ in their first letter are less alike than their letters say: the first letter
 * is the one least often mistyped, and many different names differ only there (Əli and Vəli,
 * Əliyev and Vəliyev).
 */
const FIRST_LETTER_DIFFERS = 0.92;

/** Weight of a matched pair of words: a patronymic counts half. */
const PAIR_WEIGHT = { name: 1, patronymic: 0.5 };
/** What a word without a partner costs: a patronymic very little, a name word somewhat more. */
const UNMATCHED_WEIGHT = { name: 0.35, patronymic: 0.1 };
/** Above this many words on a side, pairs are chosen greedily instead of exhaustively. */
const EXHAUSTIVE_LIMIT = 5;

const unmatched = (t: NameToken) => (t.patronymic ? UNMATCHED_WEIGHT.patronymic : UNMATCHED_WEIGHT.name);
const pairWeight = (x: NameToken, y: NameToken) => (x.patronymic || y.patronymic ? PAIR_WEIGHT.patronymic : PAIR_WEIGHT.name);

/** Work space of `exhaustive`: similarities and weights of the pairs, row by row (at most 5 × 5). */
const SIM = new Float64Array(EXHAUSTIVE_LIMIT * EXHAUSTIVE_LIMIT);
const WEIGHTS = new Float64Array(EXHAUSTIVE_LIMIT * EXHAUSTIVE_LIMIT);
const COST_A = new Float64Array(EXHAUSTIVE_LIMIT);
const COST_B = new Float64Array(EXHAUSTIVE_LIMIT);

/** The best ratio over every partial one-to-one pairing of rows i.. with columns not in `used`. */
function exhaustive(n: number, m: number, i: number, used: number, numerator: number, denominator: number): number {
  if (i === n) {
    for (let j = 0; j < m; j += 1) if ((used & (1 << j)) === 0) denominator += COST_B[j]!;
    return denominator === 0 ? 0 : numerator / denominator;
  }
  let best = exhaustive(n, m, i + 1, used, numerator, denominator + COST_A[i]!);
  for (let j = 0; j < m; j += 1) {
    if ((used & (1 << j)) !== 0) continue;
    const w = WEIGHTS[i * EXHAUSTIVE_LIMIT + j]!;
    const score = exhaustive(n, m, i + 1, used | (1 << j), numerator + w * SIM[i * EXHAUSTIVE_LIMIT + j]!, denominator + w);
    if (score > best) best = score;
  }
  return best;
}

/** Greedy pairing for long names: the most similar pairs first. */
function greedy(a: NameToken[], b: NameToken[]): number {
  const candidates = a.flatMap((ta, i) => b.map((tb, j) => ({ i, j, s: tokenSimilarity(ta, tb), w: pairWeight(ta, tb) })));
  candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  let numerator = 0;
  let denominator = 0;
  for (const { i, j, s, w } of candidates) {
    if (pairedA.has(i) || pairedB.has(j)) continue;
    pairedA.add(i);
    pairedB.add(j);
    numerator += w * s;
    denominator += w;
  }
  a.forEach((t, i) => (denominator += pairedA.has(i) ? 0 : unmatched(t)));
  b.forEach((t, j) => (denominator += pairedB.has(j) ? 0 : unmatched(t)));
  return denominator === 0 ? 0 : numerator / denominator;
}

/**
 * The best pairing of the words: Σ weight·similarity over pairs / (Σ pair weights + Σ costs of
 * words without a partner), maximised over every partial one-to-one pairing when the names are
 * short, else over a greedy one.
 */
function bestScore(a: NameToken[], b: NameToken[]): number {
  if (a.length > EXHAUSTIVE_LIMIT || b.length > EXHAUSTIVE_LIMIT) return greedy(a, b);
  for (let i = 0; i < a.length; i += 1) {
    COST_A[i] = unmatched(a[i]!);
    for (let j = 0; j < b.length; j += 1) {
      SIM[i * EXHAUSTIVE_LIMIT + j] = tokenSimilarity(a[i]!, b[j]!);
      WEIGHTS[i * EXHAUSTIVE_LIMIT + j] = pairWeight(a[i]!, b[j]!);
    }
  }
  for (let j = 0; j < b.length; j += 1) COST_B[j] = unmatched(b[j]!);
  return exhaustive(a.length, b.length, 0, 0, 0, 0);
}

/** Parsed names, since a name is compared with many candidates in a row. Bounded; reset when full. */
const cache = new Map<string, NameToken[]>();
const CACHE_SIZE = 10_000;

/** The words of a name (`nameTokens`), from a bounded cache: do not modify them. */
export function cachedTokens(name: string): NameToken[] {
  let tokens = cache.get(name);
  if (tokens === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    tokens = nameTokens(name);
    cache.set(name, tokens);
  }
  return tokens;
}

/** A fixed order for two parsed names (by their folds), so that scores are exactly symmetric. */
function ordered(a: NameToken[], b: NameToken[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.patronymic !== y.patronymic) return x.patronymic ? 1 : -1;
    if (x.folded !== y.folded) return x.folded < y.folded ? -1 : 1;
    if (x.spelled !== y.spelled) return x.spelled < y.spelled ? -1 : 1;
  }
  return 0;
}

/**
 * `compareNames` on names already split into words (`nameTokens`). Symmetric; 1 for the same
 * words in any order; 0 when either has none.
 */
export function compareTokens(a: NameToken[], b: NameToken[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const score = ordered(a, b) <= 0 ? bestScore(a, b) : bestScore(b, a);
  return Math.min(1, Math.max(0, score));
}

/**
 * How alike two full names are, in [0, 1]: 1 for the same words (after folding) in any order,
 * high for the same name in another script, transliteration or with a typo, lower when words
 * differ or are missing. Symmetric. Names without any letter score 0 against anything but
 * themselves.
 */
export function compareNames(a: string, b: string): number {
  if (a === b) return 1;
  return compareTokens(cachedTokens(a), cachedTokens(b));
}
