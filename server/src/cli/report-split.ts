/**
 * `npm run koordinator -- report split <file> [--json]`: splits an implementation report by
 * measure and prints what was recognised. Writes nothing. Exit 0 when split, 2 when the file
 * cannot be read or nothing in it could be recognised (with a message on stderr).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ReportSplitError, splitReport, type SplitEntry, type SplitReport } from '../reports/split/split-report.js';

const USAGE = `Usage: npm run koordinator -- report split <file> [--json]

  Splits an implementation report (Word or text) into entries per plan measure; writes nothing.
  --json   print one JSON document instead of a summary`;

/** The documented machine-readable shape: the preview's essentials, no confidences. */
export function reportJson(report: SplitReport) {
  return {
    entries: report.entries.map((e) => ({
      measures: e.measures,
      text: e.text,
      activities: e.activities.map(({ title, dateFrom, dateTo, place, participants }) => ({ title, dateFrom, dateTo, place, participants })),
      figures: e.figures.map(({ label, value, unit }) => ({ label, value, unit })),
    })),
    warnings: report.warnings.map(({ code, message, entry }) => ({ code, message, ...(entry === undefined ? {} : { entry }) })),
  };
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function entryLines(entry: SplitEntry, index: number): string[] {
  const lines = [`  ${index + 1}. ${entry.measures.join(', ')}: ${count(entry.activities.length, 'activity', 'activities')}, ${count(entry.figures.length, 'figure', 'figures')}`];
  for (const a of entry.activities) {
    const when = a.dateFrom === null ? 'no date' : a.dateFrom === a.dateTo ? a.dateFrom : `${a.dateFrom}…${a.dateTo}`;
    lines.push(`       - ${when}${a.place === null ? '' : `, ${a.place}`}${a.participants === null ? '' : `, ${a.participants} participants`}: ${a.title}`);
  }
  for (const f of entry.figures) lines.push(`       # ${f.value}${f.unit === null ? '' : ` ${f.unit}`}${f.label === '' ? '' : `: ${f.label}`}`);
  return lines;
}

function describe(report: SplitReport, name: string): string {
  const activities = report.entries.reduce((n, e) => n + e.activities.length, 0);
  const figures = report.entries.reduce((n, e) => n + e.figures.length, 0);
  const lines = [`${name}: ${count(report.entries.length, 'entry', 'entries')}, ${count(activities, 'activity', 'activities')}, ${count(figures, 'figure', 'figures')}`];
  report.entries.forEach((entry, i) => lines.push(...entryLines(entry, i)));
  for (const w of report.warnings) lines.push(`  warning: ${w.entry === undefined ? '' : `entry ${w.entry + 1}: `}${w.message}`);
  return lines.join('\n');
}

/** The arguments, or null when they are not the command's. */
function parse(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch {
    return null;
  }
}

/** Runs the command; the result is the exit code. */
export async function reportSplitCommand(args: string[]): Promise<number> {
  const parsed = parse(args);
  const [path, ...extra] = parsed?.positionals ?? [];
  if (parsed === null || path === undefined || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    console.error(`Cannot read ${path}: ${(error as Error).message}`);
    return 2;
  }
  let report: SplitReport;
  try {
    report = await splitReport({ bytes, fileName: basename(path) });
  } catch (error) {
    if (!(error instanceof ReportSplitError)) throw error;
    console.error(`${path}: ${error.message} (${error.code})`);
    return 2;
  }
  console.log(parsed.values.json ? JSON.stringify(reportJson(report), null, 2) : describe(report, basename(path)));
  return 0;
}
