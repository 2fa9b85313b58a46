/**
 * Splits an executing body's implementation report (Word or text) into entries per plan measure:
 * the contract between the splitter (pure, no database) and whatever shows the preview and saves
 * what a person confirms. Dates are ISO `YYYY-MM-DD`; absent values are null. Nothing here
 * stores anything.
 */
import { PlanReadError } from '../../plans/import/parsed-plan.js';
import { splitLines } from './entries.js';
import type { ActivityKind } from './kinds.js';
import { readLines } from './source.js';

export type { ActivityKind } from './kinds.js';

export interface SplitActivity {
  title: string;
  dateFrom: string | null;
  dateTo: string | null;
  place: string | null;
  participants: number | null;
  /** Present when the report counts women and men. */
  participantsBySex?: { women: number | null; men: number | null };
  /** Guessed from the title's words; null when they say nothing. */
  kind: ActivityKind | null;
  /** 0..1: how sure the splitter is that date, place and participants were read right. */
  confidence: number;
}

export interface SplitFigure {
  /** What is counted, from the clause around the number. */
  label: string;
  value: number;
  /** The counted noun ("nəfər", "əcnəbi", "cinayət işi", "%"), or null. */
  unit: string | null;
  confidence: number;
}

export interface SplitEntry {
  /** Codes of the plan measures the entry reports on ("13.3.6", "13.3.7"). */
  measures: string[];
  /** The heading as written. */
  heading: string;
  /** The report's text under the heading: paragraphs separated by blank lines, list items kept. */
  text: string;
  activities: SplitActivity[];
  figures: SplitFigure[];
  /** How sure the splitter is that the heading is one and names these measures. */
  confidence: number;
}

/** Stable warning codes; `message` is the English fallback, `params` what it mentions. */
export type SplitWarningCode =
  | 'text_before_first_heading'
  | 'heading_not_recognised'
  | 'heading_uncertain'
  | 'duplicate_measure'
  | 'measure_out_of_order'
  | 'entry_without_text'
  | 'event_without_date'
  | 'event_year_assumed'
  | 'event_details_not_recognised'
  | 'event_read_from_sentence'
  | 'figure_label_unclear';

export interface SplitWarning {
  code: SplitWarningCode;
  message: string;
  /** Index into `entries` of the entry concerned. */
  entry?: number;
  params?: Record<string, string | number>;
}

export interface SplitReport {
  entries: SplitEntry[];
  /** The text before the first heading (the report's title and introduction). */
  preamble: string;
  warnings: SplitWarning[];
}

export type ReportSplitErrorCode = 'REPORT_NO_ENTRIES' | Exclude<PlanReadError['code'], 'IMPORT_NO_MEASURES'>;

/** A report that could not be split at all; the decoder's codes for files that cannot be read. */
export class ReportSplitError extends Error {
  constructor(
    readonly code: ReportSplitErrorCode,
    message: string,
  ) {
    super(message);
  }
}

async function linesOf(input: { bytes: Uint8Array; fileName?: string }) {
  try {
    return await readLines(input);
  } catch (error) {
    // The decoder speaks of plans; the codes and messages about the file hold for reports too.
    if (error instanceof PlanReadError && error.code !== 'IMPORT_NO_MEASURES') throw new ReportSplitError(error.code, error.message);
    throw error;
  }
}

export async function splitReport(input: { bytes: Uint8Array; fileName?: string }): Promise<SplitReport> {
  const report = splitLines(await linesOf(input));
  if (report.entries.length === 0) {
    throw new ReportSplitError(
      'REPORT_NO_ENTRIES',
      'No sub-item headings were found (such as "13.1.1-ci yarımbənd üzrə:" or "4.7.1. Tədbir:"), so the report could not be split by measure.',
    );
  }
  return report;
}
