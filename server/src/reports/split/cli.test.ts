/**
 * `report split` in-process: the JSON document's shape, the summary, and exit code 2 with a
 * message on stderr when nothing could be recognised or the file cannot be read.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportSplitCommand } from '../../cli/report-split.js';

const dir = mkdtempSync(join(tmpdir(), 'koordinator-report-split-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const SEED = fileURLToPath(new URL('fixtures/report-dmx-2016.txt', import.meta.url));

/** Runs the command with console output captured. */
async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const { log, error } = console;
  console.log = (...parts: unknown[]) => void out.push(parts.join(' '));
  console.error = (...parts: unknown[]) => void err.push(parts.join(' '));
  try {
    const code = await reportSplitCommand(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    Object.assign(console, { log, error });
  }
}

test('--json prints entries with measures, text, activities and figures, and the warnings', async () => {
  const { code, stdout, stderr } = await run(SEED, '--json');
  assert.equal(code, 0);
  assert.equal(stderr, '');
  const document = JSON.parse(stdout) as {
    entries: { measures: string[]; text: string; activities: Record<string, unknown>[]; figures: Record<string, unknown>[] }[];
    warnings: Record<string, unknown>[];
  };
  assert.deepEqual(Object.keys(document), ['entries', 'warnings']);
  assert.equal(document.entries.length, 7);
  const joint = document.entries[4];
  assert.deepEqual(Object.keys(joint ?? {}), ['measures', 'text', 'activities', 'figures']);
  assert.deepEqual(joint?.measures, ['13.3.6', '13.3.7']);
  assert.deepEqual(joint?.figures[1], { label: 'ölkə ərazisində yaşamaları leqallaşdırılmış', value: 1913, unit: 'nəfər' });
  const events = document.entries[5]?.activities ?? [];
  assert.equal(events.length, 10);
  assert.deepEqual(Object.keys(events[3] ?? {}), ['title', 'dateFrom', 'dateTo', 'place', 'participants']);
  assert.deepEqual({ ...events[3], title: undefined }, { title: undefined, dateFrom: '2016-03-14', dateTo: '2016-03-16', place: 'Bakı', participants: 2 });
  assert.deepEqual(document.warnings, [{ code: 'text_before_first_heading', message: 'The text before the first heading belongs to no measure.' }]);
});

test('absent values are null in the JSON document', async () => {
  const file = join(dir, 'nulls.txt');
  writeFileSync(file, '4.2.1-ci bənd üzrə:\n• Ali məktəb tələbələri ilə görüş\n');
  const { code, stdout } = await run('--json', file);
  assert.equal(code, 0);
  const document = JSON.parse(stdout) as { entries: { activities: unknown[] }[]; warnings: { entry?: number }[] };
  assert.deepEqual(document.entries[0]?.activities, [{ title: 'Ali məktəb tələbələri ilə görüş', dateFrom: null, dateTo: null, place: null, participants: null }]);
  assert.deepEqual(document.warnings.map((w) => w.entry), [0]);
});

test('without --json a readable summary', async () => {
  const { code, stdout } = await run(SEED);
  assert.equal(code, 0);
  const lines = stdout.split('\n');
  assert.equal(lines[0], 'report-dmx-2016.txt: 7 entries, 10 activities, 6 figures');
  assert.ok(lines.includes('  5. 13.3.6, 13.3.7: 0 activities, 4 figures'));
  assert.ok(lines.some((l) => l.startsWith('       - 2016-03-14…2016-03-16, Bakı, 2 participants: Azərbaycan Respublikası Daxili İşlər')));
  assert.ok(lines.includes('       # 1913 nəfər: ölkə ərazisində yaşamaları leqallaşdırılmış'));
  assert.ok(lines.includes('  warning: The text before the first heading belongs to no measure.'));
});

test('exit 2 with a message when nothing is recognised, the file is unreadable, or the arguments are wrong', async () => {
  const letter = join(dir, 'letter.txt');
  writeFileSync(letter, 'Hörmətli həmkarlar,\n2021-ci ildə 12 seminar keçirilmişdir.\n');
  const none = await run(letter, '--json');
  assert.deepEqual([none.code, none.stdout], [2, '']);
  assert.match(none.stderr, /No sub-item headings were found.*\(REPORT_NO_ENTRIES\)/);
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, '%PDF-1.7');
  const unsupported = await run(pdf);
  assert.equal(unsupported.code, 2);
  assert.match(unsupported.stderr, /PDF.*\(IMPORT_UNSUPPORTED_FORMAT\)/);
  const missing = await run(join(dir, 'missing.docx'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^Cannot read .*missing\.docx/);
  for (const args of [[], ['a.txt', 'b.txt'], ['a.txt', '--unknown']]) {
    const usage = await run(...args);
    assert.equal(usage.code, 2, args.join(' '));
    assert.match(usage.stderr, /^Usage: npm run koordinator -- report split <file> \[--json\]/);
  }
});
