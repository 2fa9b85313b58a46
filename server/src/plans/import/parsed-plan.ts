/**
 * What the plan importer recognises in a document: the contract between the parser (pure, no
 * database) and the import service that stores it. Dates are ISO `YYYY-MM-DD`.
 */

export type PeriodKind = 'range' | 'year' | 'month' | 'ongoing';

export interface ParsedPeriod {
  kind: PeriodKind;
  /** First day covered; for 'ongoing' the plan's start when known. */
  from: string | null;
  /** Last day covered; for 'ongoing' the plan's end when known. */
  to: string | null;
  /** The text as written ("2020─2022", "mütəmadi", "İyun 2004"). */
  text: string;
}

export type ExecutorRole = 'executor' | 'involved' | 'generic';

export interface ParsedExecutor {
  /** The name as written in the document, cleaned of surrounding punctuation. */
  name: string;
  /** The matched organisation, or null when nothing matched (kept and reported, never dropped). */
  organisationId: string | null;
  role: ExecutorRole;
  /** Which generic entry ("other_state_bodies", …): for role 'generic', and for an involved party that is a category (NGOs, universities). */
  genericKey?: string;
  /** 1 for an exact (normalised) match; lower for a tolerated misspelling; absent when unmatched. */
  matchScore?: number;
}

export interface ParsedRecommended {
  name: string;
  organisationId: string | null;
}

export interface ParsedSubAction {
  text: string;
  period: ParsedPeriod | null;
}

export interface ParsedMeasure {
  /** "4.1.1", "13.2.4", or for layouts without codes a generated "1", "2" … */
  code: string;
  /** Code of the section the measure belongs to ("4.1"). */
  section: string;
  text: string;
  /** 0..1: how sure the parser is that code, text, executors and period were read correctly. */
  confidence: number;
  executors: ParsedExecutor[];
  period: ParsedPeriod | null;
  /** Layouts where one task holds several actions with their own deadlines; empty otherwise. */
  subActions: ParsedSubAction[];
  /** Bodies the closing notes recommend for this measure. */
  recommended: ParsedRecommended[];
}

export interface ParsedSection {
  code: string;
  title: string;
}

export interface ParsedChapter {
  /** "1", "2", … as numbered in the document, or null. */
  number: string | null;
  title: string;
  /** Paragraphs separated by blank lines. */
  text: string;
}

/** Stable warning codes; the web client translates them, `message` is the English fallback. */
export type WarningCode =
  | 'document_cut_off'
  | 'section_heading_from_plain_text'
  | 'executors_not_recognised'
  | 'executor_not_recognised'
  | 'period_not_recognised'
  | 'measure_without_executors'
  | 'measure_without_period'
  | 'duplicate_measure_code'
  | 'measure_out_of_order'
  | 'layout_guessed'
  | 'recommended_measure_unknown'
  | 'act_not_recognised'
  | 'text_repaired';

export interface ImportWarning {
  code: WarningCode;
  message: string;
  measure?: string;
  /** Values the message mentions (names, counts, codes), for translation. */
  params?: Record<string, string | number>;
}

export interface ParsedPlan {
  plan: {
    title: string;
    act: { kind: string; number: string; date: string } | null;
    period: { from: string; to: string } | null;
  };
  chapters: ParsedChapter[];
  sections: ParsedSection[];
  measures: ParsedMeasure[];
  /** The closing notes ("Qeyd") as written. */
  notes: string[];
  warnings: ImportWarning[];
  source: { format: 'text' | 'docx' | 'html'; layout: string; encoding: string | null };
}

/** What the parser needs to know about organisations; ids are the database's. */
export interface PlanDictionary {
  organisations: { id: string; nameAz: string; shortName: string; aliases: string[] }[];
  generic: { key: string; nameAz: string; aliases: string[] }[];
  /** Names an administrator mapped by hand at an earlier import: normalised name → organisation id. */
  mappings: Record<string, string>;
}

/** A document the parser could not read at all; `code` is one of the error catalogue's. */
export class PlanReadError extends Error {
  constructor(
    readonly code: 'IMPORT_EMPTY_FILE' | 'IMPORT_UNSUPPORTED_FORMAT' | 'IMPORT_UNSAFE_ARCHIVE' | 'IMPORT_UNDECODABLE' | 'IMPORT_NO_MEASURES',
    message: string,
  ) {
    super(message);
  }
}
