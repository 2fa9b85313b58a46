/**
 * Knowledge gain of a training from its pre- and post-test scores, as the assessment of the plan
 * recommends measuring the effect of trainings. Pure.
 *
 * - gain: mean post-test score − mean pre-test score, in the test's points;
 * - normalised gain (Hake's g of the group): (mean post − mean pre) / (maximum − mean pre), the
 *   share of what there was left to learn that was learnt; undefined (null) when the group already
 *   had the maximum before the training.
 *
 * Scores come per participant (each with a pre and a post score) or in aggregate (how many were
 * tested, the mean before and the mean after).
 */

export type Assessment =
  | { mode: 'individual'; maxScore: number; scores: readonly { pre: number; post: number }[] }
  | { mode: 'aggregate'; maxScore: number; tested: number; preMean: number; postMean: number };

export interface KnowledgeGain {
  tested: number;
  maxScore: number;
  preMean: number;
  postMean: number;
  /** Mean post − mean pre. */
  gain: number;
  /** (mean post − mean pre) / (max − mean pre); null when the mean pre-test score is the maximum. */
  normalisedGain: number | null;
  /** Per-participant scores only: how many scored higher after, the same, lower. */
  improved: number | null;
  unchanged: number | null;
  declined: number | null;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Rounds away binary noise (0.1 + 0.2) without hiding real differences. */
const tidy = (value: number) => Math.round(value * 1e9) / 1e9;

/** The knowledge gain of one training; null when there is nothing to compute it from. */
export function knowledgeGain(assessment: Assessment | null | undefined): KnowledgeGain | null {
  if (!assessment || !(assessment.maxScore > 0)) return null;
  const { maxScore } = assessment;
  let tested: number;
  let preMean: number;
  let postMean: number;
  let counts: Pick<KnowledgeGain, 'improved' | 'unchanged' | 'declined'> = { improved: null, unchanged: null, declined: null };
  if (assessment.mode === 'individual') {
    if (!assessment.scores.length) return null;
    tested = assessment.scores.length;
    preMean = mean(assessment.scores.map((s) => s.pre));
    postMean = mean(assessment.scores.map((s) => s.post));
    counts = {
      improved: assessment.scores.filter((s) => s.post > s.pre).length,
      unchanged: assessment.scores.filter((s) => s.post === s.pre).length,
      declined: assessment.scores.filter((s) => s.post < s.pre).length,
    };
  } else {
    if (!(assessment.tested > 0)) return null;
    tested = assessment.tested;
    preMean = assessment.preMean;
    postMean = assessment.postMean;
  }
  const gain = tidy(postMean - preMean);
  const room = maxScore - preMean;
  return {
    tested,
    maxScore,
    preMean: tidy(preMean),
    postMean: tidy(postMean),
    gain,
    normalisedGain: room > 0 ? tidy((postMean - preMean) / room) : null,
    ...counts,
  };
}

export interface PooledGain {
  /** Trainings with a knowledge gain. */
  trainings: number;
  tested: number;
  /** The trainings' normalised gains, each weighted by how many were tested; null when none has one. */
  meanNormalisedGain: number | null;
}

/**
 * Knowledge gain over several trainings (whose tests may have different maxima, so points are not
 * added up): the mean of their normalised gains weighted by the number tested.
 */
export function pooledGain(gains: readonly (KnowledgeGain | null)[]): PooledGain {
  let trainings = 0;
  let tested = 0;
  let weighted = 0;
  let weights = 0;
  for (const g of gains) {
    if (!g) continue;
    trainings += 1;
    tested += g.tested;
    if (g.normalisedGain === null) continue;
    weighted += g.normalisedGain * g.tested;
    weights += g.tested;
  }
  return { trainings, tested, meanNormalisedGain: weights ? tidy(weighted / weights) : null };
}
