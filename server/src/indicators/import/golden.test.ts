/**
 * The needs assessment's framework and recommendations, as the application loads them from
 * server/seed-documents/, against fixtures/expected-needs-assessment.json (checked by hand against
 * the text: every cell of the two framework tables, the A–Q table and its marks, the 66 bullets).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parseAssessmentText } from './parse.js';
import type { ParsedAssessment } from './parsed-assessment.js';
import { SEED_ASSESSMENT_DOCUMENT } from '../seed-framework.js';

const EXPECTED = JSON.parse(readFileSync(new URL('./fixtures/expected-needs-assessment.json', import.meta.url), 'utf8')) as Omit<ParsedAssessment, 'warnings'> & {
  warnings: { code: string; params?: Record<string, string | number> }[];
};
/** The repository's ../shared/seeds, where the excerpt was taken from. */
const SHARED_SEED = new URL('../../../../../shared/seeds/002_0155ba48a670efd7.txt', import.meta.url);

const excerpt = readFileSync(SEED_ASSESSMENT_DOCUMENT, 'utf8');
const parsed = parseAssessmentText(excerpt);

test('the framework: areas 4.5 and 5.1–5.5, each with framework and operational indicators at levels 1 and 2', () => {
  assert.deepEqual(
    parsed.areas.map((a) => a.code),
    ['4.5', '5.1', '5.2', '5.3', '5.4', '5.5'],
  );
  for (const area of parsed.areas) {
    assert.deepEqual(
      area.indicators.map((i) => `${i.kind}/${i.level}`),
      ['framework/1', 'framework/2', 'operational/1', 'operational/2'],
      area.code,
    );
  }
  const area = (code: string) => parsed.areas.find((a) => a.code === code)!;
  assert.equal(area('4.5').title, 'İnsan alverinə qarşı mübarizəyə dair sərhəd və miqrasiya idarəçiliyi tədbirləri');
  assert.equal(area('5.1').title, 'İnsan alverinə qarşı mübarizəyə dair Milli Fəaliyyət Planı');
  assert.equal(area('5.2').title, 'Milli Koordinator/Məruzəçi');
  assert.equal(area('5.3').title, 'Dövlət təşkilatları ilə QHT-lər/vətəndaş cəmiyyəti/beynəlxalq və digər təşkilatlar arasında əməkdaşlıq');
  assert.equal(area('5.4').title, 'İnsan alverinə qarşı mübarizə sahəsində ikitərəfli və transmilli cinayət mühakiməsi şəbəkələri');
  assert.equal(area('5.5').title, 'Cinayət mühakiməsi sahəsindən kənar ikitərəfli və transmilli əməkdaşlıq');
  // Cells whose lines run into the next cell's first capitalised word, or hold a name broken over lines.
  assert.equal(area('5.1').indicators[0]!.text, 'İnsan alverinə qarşı mübarizəyə dair Milli Fəaliyyət Planı mövcuddur');
  assert.equal(area('5.2').indicators[2]!.text, 'Milli Koordinator/Məruzəçi təyin olunub');
  assert.equal(area('5.3').indicators[2]!.text, 'Dövlət təşkilatları digər təşkilatlar konkret iş üzrə / xüsusi hallarda görüşlər keçirməklə əməkdaşlıq edirlər');
  assert.equal(
    area('4.5').indicators[3]!.text,
    'Miqrantların insan alverinə cəlb olunmasının və istismarının qarşısını almaq üçün görülən tədbirlərə dair faktlar (məsələn, miqrantları qeydiyyata almaqla/informasiya ilə təmin etməklə)',
  );
  assert.deepEqual(parsed.areas, EXPECTED.areas);
});

test('the green background of improvement items does not survive the text copy: nothing is guessed, a warning says so', () => {
  assert.ok(parsed.areas.every((a) => a.needsImprovement === null && a.indicators.every((i) => i.needsImprovement === null)));
  assert.ok(parsed.warnings.some((w) => w.code === 'improvement_marks_lost'));
  assert.ok(!parsed.warnings.some((w) => w.code === 'cells_uncertain' || w.code === 'cells_missing'), JSON.stringify(parsed.warnings));
});

test('recommendations A–Q with the marks of the survey and the seminar groups', () => {
  assert.deepEqual(
    parsed.priorities.map((p) => p.code),
    [...'ABCDEFGHIJKLMNOPQ'],
  );
  const votes = Object.fromEntries(parsed.priorities.map((p) => [p.code, p.votes]));
  // "J", chosen by three survey respondents and as many seminar groups, as the text says.
  assert.deepEqual(votes.J, { survey: 3, seminar: 3, unplaced: 0 });
  assert.deepEqual(votes.L, { survey: 1, seminar: 2, unplaced: 0 });
  // One line of marks: the copy lost which of the two cells it was in.
  assert.deepEqual(votes.A, { survey: null, seminar: null, unplaced: 3 });
  assert.deepEqual(votes.G, { survey: null, seminar: null, unplaced: 2 });
  assert.deepEqual(votes.D, { survey: 0, seminar: 0, unplaced: 0 });
  assert.equal(parsed.priorities.find((p) => p.code === 'Q')?.text, 'Digər tövsiyələr');
  assert.deepEqual(
    parsed.warnings.filter((w) => w.code === 'votes_column_unknown').map((w) => w.params?.recommendation),
    ['A', 'B', 'E', 'G', 'N'],
  );
  assert.deepEqual(parsed.priorities, EXPECTED.priorities);
});

test('detailed recommendations: 66 bullets in the five parts of chapter 3, each under its group’s introduction', () => {
  const perSection = parsed.detailed.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.section.code]: (acc[d.section.code] ?? 0) + 1 }), {});
  assert.deepEqual(perSection, { '3.1': 13, '3.2': 16, '3.3': 14, '3.4': 15, '3.5': 8 });
  assert.deepEqual(
    [...new Set(parsed.detailed.map((d) => `${d.section.code} ${d.section.title}`))],
    ['3.1 Müəyyənləşdirmə və istiqamətləndirmə', '3.2 Yardım və müdafiə', '3.3 Təhqiqat və cinayət təqibi', '3.4 Qarşısını alma', '3.5 Əlaqələndirmə və əməkdaşlıq'],
  );
  // A bullet cut by a page break is one recommendation, and the next group's introduction is not part of it.
  const cut = parsed.detailed.find((d) => d.code === '3.1.3')!;
  assert.match(cut.text, /imkanlarından istifadəsi üçün mümkün qədər tez/);
  assert.match(cut.text, /Standart Əməliyyat Prosedurlarının işlənib hazırlanması\.$/);
  const seventh = parsed.detailed.find((d) => d.code === '3.1.8')!;
  assert.match(seventh.context, /^Müəyyənləşdirmə və istiqamətləndirmə proseslərini gücləndirmək məqsədi ilə .*dəvət olunurlar:$/);
  assert.ok(parsed.detailed.every((d) => d.context.endsWith(':') && !d.text.includes('●')));
  assert.deepEqual(parsed.detailed, EXPECTED.detailed);
});

test('the seed document is an unchanged excerpt of the shared seed, and reads the same as the whole', (t) => {
  if (!existsSync(SHARED_SEED)) {
    t.skip('../shared/seeds is not beside the repository');
    return;
  }
  const whole = readFileSync(SHARED_SEED, 'utf8');
  for (const part of excerpt.split('\n[…]\n')) assert.ok(whole.includes(part.trim()), part.slice(0, 80));
  const fromWhole = parseAssessmentText(whole);
  assert.deepEqual({ ...fromWhole, warnings: fromWhole.warnings.map((w) => w.code) }, { ...parsed, warnings: parsed.warnings.map((w) => w.code) });
});

test('a text with no framework and no recommendations says so', () => {
  const empty = parseAssessmentText('Hörmətli həmkarlar,\nsizə məktub yazırıq.\n');
  assert.deepEqual(empty.areas, []);
  assert.deepEqual(
    empty.warnings.map((w) => w.code),
    ['no_framework_table', 'no_recommendations'],
  );
});
