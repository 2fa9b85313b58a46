/**
 * What the splitter recognises does not depend on how a copy happens to be typeset: the lines of
 * the narrative and of the listed events broken at any spaces, continuation lines indented, CRLF
 * line ends. Headings, and lines that look like headings, keep their lines: a wrapped heading is
 * a different document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { looksLikeHeading, matchHeading } from './headings.js';
import { splitReport, type SplitReport } from './split-report.js';

/** Modest by default to keep the suite fast; raise it (PROPERTY_RUNS=1000) to search harder. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);

const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

/** What must not change: the entries' measures and their activities. */
const recognised = (report: SplitReport) =>
  report.entries.map((e) => ({
    measures: e.measures,
    activities: e.activities.map(({ title, dateFrom, dateTo, place, participants, participantsBySex, kind }) => ({ title, dateFrom, dateTo, place, participants, participantsBySex, kind })),
  }));

const wrappable = (line: string): boolean =>
  line.trim() !== '' && matchHeading(line, { paragraphStart: true, marked: false }) === null && !looksLikeHeading(line);

interface Typesetting {
  /** Indices (over all spaces of wrappable lines) where a line break replaces a space. */
  breaks: number[];
  indent: '' | '  ' | '\t';
  crlf: boolean;
}

function typeset(text: string, { breaks, indent, crlf }: Typesetting): string {
  const chosen = new Set(breaks);
  let space = 0;
  const lines = text.split('\n').map((line) => {
    if (!wrappable(line)) return line;
    // Only spaces between words: a break at a leading or doubled space would add a blank line.
    return line.replace(/(?<=\S) (?=\S)/g, () => (chosen.has(space++) ? `\n${indent}` : ' '));
  });
  return lines.join(crlf ? '\r\n' : '\n');
}

const spacesIn = (text: string): number =>
  text
    .split('\n')
    .filter(wrappable)
    .reduce((n, line) => n + (line.match(/(?<=\S) (?=\S)/g)?.length ?? 0), 0);

function typesettings(text: string): fc.Arbitrary<Typesetting> {
  return fc.record({
    breaks: fc.uniqueArray(fc.nat({ max: spacesIn(text) - 1 }), { maxLength: 300 }),
    indent: fc.constantFrom('' as const, '  ' as const, '\t' as const),
    crlf: fc.boolean(),
  });
}

for (const name of ['report-dmx-2016.txt', 'report-2021-style.txt']) {
  test(`${name}: re-wrapping the lines and CRLF keep the measures and activities`, async () => {
    const text = fixture(name);
    const baseline = recognised(await splitReport({ bytes: Buffer.from(text) }));
    assert.ok(baseline.some((e) => e.activities.length > 0));
    await fc.assert(
      fc.asyncProperty(typesettings(text), async (setting) => {
        const report = await splitReport({ bytes: Buffer.from(typeset(text, setting)) });
        assert.deepEqual(recognised(report), baseline);
      }),
      { numRuns: RUNS },
    );
  });
}

test('hard-wrapping at a fixed width keeps the measures and activities', async () => {
  const text = fixture('report-dmx-2016.txt');
  const baseline = recognised(await splitReport({ bytes: Buffer.from(text) }));
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 25, max: 120 }), async (width) => {
      const wrapped = text
        .split('\n')
        .map((line) => (wrappable(line) ? line.replace(new RegExp(`(.{1,${width}})(?: +|$)`, 'g'), '$1\n').trimEnd() : line))
        .join('\n');
      assert.deepEqual(recognised(await splitReport({ bytes: Buffer.from(wrapped) })), baseline);
    }),
    { numRuns: RUNS },
  );
});
