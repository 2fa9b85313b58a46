/**
 * Seed 003 (the State Migration Service's report for 2016) against the split written by hand in
 * fixtures/expected-dmx-2016.json, and the fixture against the shared seed it was copied from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { splitReport, type SplitReport } from './split-report.js';

interface ExpectedEntry {
  measures: string[];
  heading: string;
  paragraphs: number;
  textStarts: string;
  textEnds: string;
  activities: { title: string; dateFrom: string; dateTo: string; place: string; participants: number; kind: string }[];
  figures: { label: string; value: number; unit: string }[];
  otherFigures: { value: number; unit: string }[];
}

interface Expected {
  preamble: string;
  entries: ExpectedEntry[];
  warnings: { code: string }[];
}

const fixture = (name: string): Buffer => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const EXPECTED = JSON.parse(fixture('expected-dmx-2016.json').toString('utf8')) as Expected;
/** The repository's ../shared/seeds, where the fixture was copied from. */
const SEED = new URL('../../../../../shared/seeds/003_f57b2ec83df63557.txt', import.meta.url);

let split: Promise<SplitReport> | undefined;
const seed003 = (): Promise<SplitReport> => (split ??= splitReport({ bytes: fixture('report-dmx-2016.txt'), fileName: 'report-dmx-2016.txt' }));

test('the fixture is an unchanged copy of seed 003', { skip: !existsSync(SEED) && 'shared seeds not present' }, () => {
  assert.ok(readFileSync(SEED).equals(fixture('report-dmx-2016.txt')));
});

test('seed 003: every sub-item heading, with its measures, in order', async () => {
  const report = await seed003();
  assert.deepEqual(
    report.entries.map((e) => [e.measures, e.heading, e.confidence]),
    EXPECTED.entries.map((e) => [e.measures, e.heading, 1]),
  );
  assert.equal(report.preamble, EXPECTED.preamble);
});

test('seed 003: each entry holds its own text, paragraphs and list items kept', async () => {
  const report = await seed003();
  report.entries.forEach((entry, i) => {
    const expected = EXPECTED.entries[i];
    assert.ok(expected);
    assert.ok(entry.text.startsWith(expected.textStarts), `${expected.measures}: ${entry.text.slice(0, 80)}`);
    assert.ok(entry.text.endsWith(expected.textEnds), `${expected.measures}: ${entry.text.slice(-80)}`);
    assert.equal(entry.text.split(/\n+/).length, expected.paragraphs, expected.measures.join());
  });
});

test('seed 003: the listed events of 13.8.1 with dates, place, participants and kind; none elsewhere', async () => {
  const report = await seed003();
  report.entries.forEach((entry, i) => {
    const actual = entry.activities.map(({ title, dateFrom, dateTo, place, participants, kind }) => ({ title, dateFrom, dateTo, place, participants, kind }));
    assert.deepEqual(actual, EXPECTED.entries[i]?.activities);
    for (const activity of entry.activities) assert.equal(activity.confidence, 1, activity.title);
  });
});

test('seed 003: the figures of the narrative, and no year, date, code or document number among them', async () => {
  const report = await seed003();
  report.entries.forEach((entry, i) => {
    const expected = EXPECTED.entries[i];
    const main = entry.figures.filter((f) => expected?.figures.some((e) => e.value === f.value));
    assert.deepEqual(main.map(({ label, value, unit }) => ({ label, value, unit })), expected?.figures);
    assert.deepEqual(
      entry.figures.map((f) => [f.value, f.unit]),
      [...(expected?.figures ?? []), ...(expected?.otherFigures ?? [])].map((f) => [f.value, f.unit]),
    );
  });
});

test('seed 003: the only warning is the title before the first heading', async () => {
  const report = await seed003();
  assert.deepEqual(report.warnings.map((w) => w.code), EXPECTED.warnings.map((w) => w.code));
});
