/**
 * Precision and recall of a duplicate scorer on labelled pairs: of the pairs it calls the same
 * person, how many are (precision); of the pairs that are, how many it finds (recall).
 */

export interface Quality {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** A scorer answers "same person?" as a boolean or as a result with `same`. */
export type Scorer<P> = (a: P, b: P) => boolean | { same: boolean };

/**
 * Runs the scorer on every pair. Precision is 1 when the scorer calls nothing the same; recall
 * is 1 when there are no true pairs (nothing to find).
 */
export function measureQuality<P>(pairs: Iterable<{ a: P; b: P; same: boolean }>, scorer: Scorer<P>): Quality {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const pair of pairs) {
    const answer = scorer(pair.a, pair.b);
    const same = typeof answer === 'boolean' ? answer : answer.same;
    if (same && pair.same) truePositives += 1;
    else if (same) falsePositives += 1;
    else if (pair.same) falseNegatives += 1;
  }
  const called = truePositives + falsePositives;
  const real = truePositives + falseNegatives;
  return {
    precision: called === 0 ? 1 : truePositives / called,
    recall: real === 0 ? 1 : truePositives / real,
    truePositives,
    falsePositives,
    falseNegatives,
  };
}
