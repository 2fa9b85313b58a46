import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config/paths.js';
import { inTransaction, type Database, type Tx } from '../db/database.js';
import { insertArea, insertIndicator } from './framework.repository.js';
import { parseAssessmentText } from './import/parse.js';
import type { ParsedAssessment } from './import/parsed-assessment.js';

/** The needs assessment's framework tables and recommendations chapter, as published (see server/seed-documents/README.md). */
export const SEED_ASSESSMENT_DOCUMENT = join(repoRoot, 'server/seed-documents/needs-assessment-2017-excerpt.txt');
/** How rows loaded from it are marked. */
export const SEED_SOURCE = 'needs-assessment-2017';
/** The source as recommendations name it. */
export const SEED_SOURCE_LABEL = 'Ehtiyacların qiymətləndirilməsi (2017)';
const PRIORITY_THEME = 'Prioritet tövsiyələr (A–Q)';

async function loadFramework(tx: Tx, parsed: ParsedAssessment): Promise<{ areas: number; indicators: number }> {
  const existingAreas = await tx.selectFrom('indicator_areas').select(['code', 'source']).execute();
  // Loaded once: codes and texts are the office's to change afterwards.
  if (existingAreas.some((a) => a.source === SEED_SOURCE)) return { areas: 0, indicators: 0 };
  const existing = new Set(existingAreas.map((a) => a.code));
  let areas = 0;
  let indicators = 0;
  for (const area of parsed.areas) {
    if (existing.has(area.code)) continue;
    const areaId = await insertArea(tx, { code: area.code, title: area.title, needsImprovement: area.needsImprovement, source: SEED_SOURCE });
    areas++;
    for (const indicator of area.indicators) {
      await insertIndicator(tx, { areaId, kind: indicator.kind, level: indicator.level, text: indicator.text, needsImprovement: indicator.needsImprovement, source: SEED_SOURCE });
      indicators++;
    }
  }
  return { areas, indicators };
}

async function loadRecommendations(tx: Tx, parsed: ParsedAssessment): Promise<number> {
  const rows = [
    ...parsed.priorities.map((p) => ({
      code: p.code,
      theme: PRIORITY_THEME,
      context: '',
      text: p.text,
      survey_votes: p.votes.survey,
      seminar_votes: p.votes.seminar,
      unplaced_votes: p.votes.unplaced,
    })),
    ...parsed.detailed.map((d) => ({
      code: d.code,
      theme: `${d.section.code} ${d.section.title}`,
      context: d.context,
      text: d.text,
      survey_votes: null,
      seminar_votes: null,
      unplaced_votes: 0,
    })),
  ];
  if (!rows.length) return 0;
  const inserted = await tx
    .insertInto('recommendations')
    .values(rows.map((row, i) => ({ ...row, source_kind: 'assessment' as const, source: SEED_SOURCE_LABEL, position: i + 1, seed_key: `${SEED_SOURCE}:${row.code}` })))
    .onConflict((oc) => oc.column('seed_key').doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

/**
 * At start: the framework areas (with their indicators) of the seed assessment, once, and its
 * recommendations that are not there yet (recognised by their place in the source; they are
 * never deleted, only marked not accepted). Running it again adds nothing.
 */
export async function seedIndicatorFramework(db: Database, document = SEED_ASSESSMENT_DOCUMENT): Promise<{ areas: number; indicators: number; recommendations: number }> {
  const parsed = parseAssessmentText(readFileSync(document, 'utf8'));
  return inTransaction(db, null, async (tx) => {
    const framework = await loadFramework(tx, parsed);
    const recommendations = await loadRecommendations(tx, parsed);
    return { ...framework, recommendations };
  });
}
