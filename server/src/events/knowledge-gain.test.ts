import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { knowledgeGain, pooledGain } from './knowledge-gain.js';

describe('knowledge gain from pre- and post-test scores', () => {
  test('per participant: mean post − mean pre, and the normalised gain of the group', () => {
    const gain = knowledgeGain({
      mode: 'individual',
      maxScore: 20,
      scores: [
        { pre: 8, post: 16 },
        { pre: 10, post: 15 },
        { pre: 12, post: 12 },
        { pre: 14, post: 13 },
      ],
    });
    assert.ok(gain);
    assert.equal(gain.tested, 4);
    assert.equal(gain.preMean, 11);
    assert.equal(gain.postMean, 14);
    assert.equal(gain.gain, 3);
    // (14 − 11) / (20 − 11) = 1/3
    assert.equal(gain.normalisedGain, 0.333333333);
    assert.deepEqual([gain.improved, gain.unchanged, gain.declined], [2, 1, 1]);
  });

  test('in aggregate: the same from the number tested and the two means', () => {
    const gain = knowledgeGain({ mode: 'aggregate', maxScore: 100, tested: 25, preMean: 40, postMean: 70 });
    assert.deepEqual(gain, { tested: 25, maxScore: 100, preMean: 40, postMean: 70, gain: 30, normalisedGain: 0.5, improved: null, unchanged: null, declined: null });
  });

  test('a loss is a negative gain; decimals are kept without binary noise', () => {
    const gain = knowledgeGain({ mode: 'aggregate', maxScore: 10, tested: 12, preMean: 6.3, postMean: 5.2 });
    assert.equal(gain?.gain, -1.1);
    assert.equal(gain?.normalisedGain, -0.297297297);
    assert.equal(knowledgeGain({ mode: 'individual', maxScore: 1, scores: [{ pre: 0.1, post: 0.3 }] })?.gain, 0.2);
  });

  test('no normalised gain when the group already had the maximum; nothing without scores', () => {
    const full = knowledgeGain({ mode: 'individual', maxScore: 10, scores: [{ pre: 10, post: 10 }, { pre: 10, post: 9 }] });
    assert.equal(full?.gain, -0.5);
    assert.equal(full?.normalisedGain, null);
    assert.equal(knowledgeGain(null), null);
    assert.equal(knowledgeGain({ mode: 'individual', maxScore: 10, scores: [] }), null);
    assert.equal(knowledgeGain({ mode: 'aggregate', maxScore: 10, tested: 0, preMean: 1, postMean: 2 }), null);
    assert.equal(knowledgeGain({ mode: 'aggregate', maxScore: 0, tested: 3, preMean: 0, postMean: 0 }), null);
  });

  test('over several trainings: normalised gains weighted by the number tested', () => {
    const a = knowledgeGain({ mode: 'aggregate', maxScore: 100, tested: 30, preMean: 40, postMean: 70 }); // 0.5
    const b = knowledgeGain({ mode: 'aggregate', maxScore: 10, tested: 10, preMean: 5, postMean: 6 }); // 0.2
    const c = knowledgeGain({ mode: 'aggregate', maxScore: 10, tested: 5, preMean: 10, postMean: 10 }); // none
    assert.deepEqual(pooledGain([a, b, c, null]), { trainings: 3, tested: 45, meanNormalisedGain: 0.425 });
    assert.deepEqual(pooledGain([]), { trainings: 0, tested: 0, meanNormalisedGain: null });
  });
});
