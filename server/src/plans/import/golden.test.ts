/**
 * The two copies of the 2020–2024 plan against the expected data in
 * fixtures/expected-2020-2024.json (checked by hand against the texts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readFixture, SEED_DICTIONARY } from './fixtures/plan-dictionary.js';
import { parsePlanDocument } from './parse.js';
import type { ImportWarning, ParsedChapter, ParsedMeasure, ParsedPeriod, ParsedPlan, ParsedSection } from './parsed-plan.js';

interface ExpectedExecutor {
  name: string;
  role: string;
  organisationId: string | null;
  genericKey?: string;
}

interface ExpectedMeasure {
  code: string;
  section: string;
  text: string;
  period: ParsedPeriod;
  executors: ExpectedExecutor[];
  recommended: string[];
}

interface Expected {
  news: {
    plan: ParsedPlan['plan'];
    sections: ParsedSection[];
    measures: ExpectedMeasure[];
    notes: number;
    warnings: Pick<ImportWarning, 'code' | 'measure' | 'params'>[];
  };
  legalDb: {
    plan: ParsedPlan['plan'];
    chapters: Pick<ParsedChapter, 'number' | 'title'>[];
    sections: ParsedSection[];
    codes: string[];
    textsDifferingFromNews: Record<string, string>;
    warnings: Pick<ImportWarning, 'code' | 'measure' | 'params'>[];
  };
}

const EXPECTED = JSON.parse(readFixture('expected-2020-2024.json').toString('utf8')) as Expected;
/** The repository's ../shared/seeds, where the fixtures were copied from. */
const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url);

const asExpected = (m: ParsedMeasure): ExpectedMeasure => ({
  code: m.code,
  section: m.section,
  text: m.text,
  period: m.period as ParsedPeriod,
  executors: m.executors.map((e) => ({
    name: e.name,
    role: e.role,
    organisationId: e.organisationId,
    ...(e.genericKey === undefined ? {} : { genericKey: e.genericKey }),
  })),
  recommended: m.recommended.map((r) => r.organisationId ?? `?${r.name}`),
});
const warningsOf = (plan: ParsedPlan) =>
  plan.warnings.map((w) => ({ code: w.code, ...(w.measure === undefined ? {} : { measure: w.measure }), ...(w.params === undefined ? {} : { params: w.params }) }));

const parseFixture = (name: string): Promise<ParsedPlan> => parsePlanDocument({ bytes: readFixture(name), fileName: name }, SEED_DICTIONARY);

test('the fixtures are unchanged copies of the shared seeds', (t) => {
  if (!existsSync(SEEDS)) {
    t.skip('../shared/seeds is not beside the repository');
    return;
  }
  assert.ok(readFixture('plan-2020-2024-news-print.txt').equals(readFileSync(new URL('000_268148417ab32cf4.txt', SEEDS))));
  assert.ok(readFixture('plan-2020-2024-legal-database.txt').equals(readFileSync(new URL('004_961f872eaa6ca64b.txt', SEEDS))));
});

test('news copy: 69 measures in 9 sections, every executor, period and recommendation', async () => {
  // Its speed is the plan-parse benchmark (npm run bench).
  const plan = await parseFixture('plan-2020-2024-news-print.txt');
  const { news } = EXPECTED;
  assert.deepEqual(plan.source, { format: 'text', layout: 'pipe-separated', encoding: 'utf-8' });
  assert.deepEqual(plan.plan, news.plan);
  assert.deepEqual(plan.sections, news.sections);
  assert.equal(plan.sections.length, 9);
  assert.equal(plan.measures.length, 69);
  assert.deepEqual(
    plan.measures.map((m) => m.code),
    news.measures.map((m) => m.code),
  );
  news.measures.forEach((expected, i) => assert.deepEqual(asExpected(plan.measures[i] as ParsedMeasure), expected, expected.code));
  assert.ok(plan.measures.every((m) => m.subActions.length === 0 && m.confidence === 1));
  assert.equal(plan.notes.length, news.notes);
  assert.match(plan.notes[3] ?? '', /^4\. Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkilinə \(Ombudsmana\)tövsiyə edilsin/);
  assert.deepEqual(warningsOf(plan), news.warnings);
  assert.deepEqual(plan.chapters, [], 'a news copy has no chapters');
});

test('the recommended participants are named as the notes name them', async () => {
  const plan = await parseFixture('plan-2020-2024-news-print.txt');
  const measure = plan.measures.find((m) => m.code === '4.1.1');
  assert.deepEqual(measure?.recommended, [
    { name: 'Azərbaycan Respublikasının Ali Məhkəməsinə', organisationId: 'ali_mehkeme' },
    { name: 'Azərbaycan Respublikasının Baş Prokurorluğuna', organisationId: 'bas_prokurorluq' },
    { name: 'Azərbaycan Respublikasının Vəkillər Kollegiyasına', organisationId: 'vekiller_kollegiyasi' },
    { name: 'Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkilinə (Ombudsmana)', organisationId: 'ombudsman' },
  ]);
});

test('legal-database copy: cut off after 4.8.3, the act, the period, chapters 1–3, the 4.7 heading', async () => {
  const plan = await parseFixture('plan-2020-2024-legal-database.txt');
  const { legalDb } = EXPECTED;
  assert.deepEqual(plan.source, { format: 'text', layout: 'tab-separated', encoding: 'utf-8' });
  assert.deepEqual(plan.plan, legalDb.plan);
  assert.deepEqual(plan.plan.act, { kind: 'Prezidentin Sərəncamı', number: '2173', date: '2020-07-22' });
  assert.deepEqual(plan.plan.period, { from: '2020-01-01', to: '2024-12-31' });
  assert.deepEqual(
    plan.chapters.map((c) => ({ number: c.number, title: c.title })),
    legalDb.chapters,
  );
  assert.match(plan.chapters[0]?.text ?? '', /^“Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2020 2024-cü illər üçün Milli Fəaliyyət Planı”/);
  assert.match(plan.chapters[1]?.text ?? '', /\n\n2\.3\.6\. insan alverinə qarşı mübarizə sahəsində beynəlxalq əməkdaşlığın inkişaf etdirilməsi\.$/);
  assert.match(plan.chapters[2]?.text ?? '', /^Milli Fəaliyyət Planında göstərilən tədbirlərin icrası üçün tələb olunan xərclər/);
  assert.deepEqual(plan.sections, legalDb.sections);
  assert.deepEqual(
    plan.measures.map((m) => m.code),
    legalDb.codes,
  );
  assert.equal(plan.measures.at(-1)?.code, '4.8.3');
  assert.deepEqual(warningsOf(plan), legalDb.warnings);
  const cutOff = plan.warnings.find((w) => w.code === 'document_cut_off');
  assert.equal(cutOff?.message, 'The document seems cut off after 4.8.3.');
  assert.deepEqual(cutOff?.params, { after: '4.8.3' });
  assert.deepEqual(plan.warnings.find((w) => w.code === 'section_heading_from_plain_text')?.params, { section: '4.7' });
});

test('both copies agree on sections, executors and periods; texts differ only where the wording does', async () => {
  const news = await parseFixture('plan-2020-2024-news-print.txt');
  const legal = await parseFixture('plan-2020-2024-legal-database.txt');
  const differing = EXPECTED.legalDb.textsDifferingFromNews;
  const differentNames: string[] = [];
  for (const measure of legal.measures) {
    const twin = news.measures.find((m) => m.code === measure.code);
    assert.ok(twin, measure.code);
    // Period texts differ in their dash ("2020 2022", "2020─2022").
    const comparable = (m: ParsedMeasure) => ({
      section: m.section,
      period: { ...m.period, text: '' },
      executors: m.executors.map((e) => [e.role, e.organisationId, e.genericKey]),
    });
    assert.deepEqual(comparable(measure), comparable(twin), measure.code);
    measure.executors.forEach((e, i) => {
      if (e.name !== twin.executors[i]?.name) differentNames.push(`${measure.code} ${e.name}`);
    });
    assert.equal(measure.text, differing[measure.code] ?? twin.text, measure.code);
  }
  assert.deepEqual(Object.keys(differing), ['4.1.5', '4.1.9', '4.1.10', '4.2.7', '4.2.9', '4.2.10', '4.3.1', '4.3.5', '4.4.2', '4.4.9', '4.5.2', '4.6.5']);
  // The same bodies, spelt differently by the legal database.
  assert.deepEqual(differentNames, [
    '4.1.9 insan alveri qurbanlarının Milli İstiqamətləndirmə Mexanizmi üzrə İdarələrarası Komissiyaya daxil olan qurumlar',
    '4.3.2 Maliyyə Monitorinq Xidməti',
  ]);
});
