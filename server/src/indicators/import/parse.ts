/**
 * Reads an assessment's text (as copied out of its PDF): the indicator framework, the summary
 * recommendations with their priority votes, and the detailed recommendations. Pure: text in,
 * `ParsedAssessment` out; nothing is written anywhere.
 */
import { parseFramework } from './framework.js';
import { toLines } from './lines.js';
import type { ParsedAssessment } from './parsed-assessment.js';
import { parseDetailed, parsePriorities } from './recommendations.js';

export function parseAssessmentText(text: string): ParsedAssessment {
  const lines = toLines(text);
  const framework = parseFramework(lines);
  const priorities = parsePriorities(lines);
  const detailed = parseDetailed(lines, priorities.end);
  const warnings = [...framework.warnings, ...priorities.warnings];
  if (!priorities.items.length && !detailed.length) {
    warnings.push({ code: 'no_recommendations', message: 'No recommendations were found.' });
  }
  return { areas: framework.areas, priorities: priorities.items, detailed, warnings };
}
