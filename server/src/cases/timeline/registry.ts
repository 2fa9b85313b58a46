import { referralTimelineSource } from '../../referrals/referral-timeline.js';
import { assessmentSource, caseSource, consentSource, decisionSource, documentSource, noteSource, proceedingSource } from './case-sources.js';
import { careTimelineSource } from '../../care/care-timeline.js';
import { placementTimelineSource } from '../../shelters/placement-timeline.js';
import { hotlineTimelineSource } from '../../hotline/hotline-timeline.js';
import { repatriationTimelineSource } from '../../repatriation/repatriation-timeline.js';
import { compensationTimelineSource } from '../../compensation/compensation-timeline.js';
import { protectionTimelineSource } from '../../protection/protection-timeline.js';
import { childrenTimelineSource } from '../../children/children-timeline.js';
import type { TimelineSource } from './timeline-source.js';

/**
 * Every source of a case's timeline, one line each. The hotline adds its contacts; protection adds
 * identification, placements, services, repatriation and compensation (see docs/architecture.md,
 * "The case timeline").
 */
export const TIMELINE_SOURCES: readonly TimelineSource[] = [
  caseSource,
  consentSource,
  decisionSource,
  referralTimelineSource,
  assessmentSource,
  noteSource,
  documentSource,
  proceedingSource,
  placementTimelineSource,
  careTimelineSource,
  hotlineTimelineSource,
  repatriationTimelineSource,
  compensationTimelineSource,
  protectionTimelineSource,
  childrenTimelineSource,
];
