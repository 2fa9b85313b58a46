/**
 * The child-protection path of a case whose person is under 18 (server/migrations/0014_children.sql):
 * who the guardian is to the child, and what a best-interests assessment recommends.
 */
export const GUARDIAN_RELATIONS = ['parent', 'relative', 'legal_guardian', 'institution', 'other'] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

export const BEST_INTERESTS_RECOMMENDATIONS = ['stay_in_shelter', 'family_reunification', 'alternative_care', 'return_to_origin', 'other'] as const;
export type BestInterestsRecommendation = (typeof BEST_INTERESTS_RECOMMENDATIONS)[number];

/** Days before a best-interests review is due that it appears among the tasks. */
export const BEST_INTERESTS_NOTICE_DAYS = 7;
