/**
 * The de-identified case-level export: one row per person (presumed and identified victims,
 * persons merged as duplicates once), in the form of the HTCDS / CTDC data sets, made
 * k-anonymous with `kAnonymise` (disclosure/k-anonymity.ts). Pure.
 *
 * Columns (HTCDS field names where HTCDS has the field, CTDC's otherwise):
 *   year                    year of identification: a year, or a range ("2024-2025") when generalised
 *   ageBroad                CTDC age band ("0-8" … "48+"), or 0-17 / 18-29 / 30+, or child / adult
 *   prs_Gender              Female, Male, Other, Unknown
 *   prs_Nationality         ISO 3166-1 alpha-2, "stateless", or a region ("central-asia") when generalised
 *   vic_TypeOfExploitation  HTCDS codes separated by ";", or the single form / "multiple" when generalised
 * "*" is a value generalised away entirely, "unknown" one that was not recorded.
 *
 * The five columns are exactly the quasi-identifiers the anonymisation protects: every
 * combination in the file is shared by at least k people. Nothing else is exported (no names,
 * case references, dates, places, bodies, channels or free text): any further column would be
 * another thing a reader might know about a person and is not covered by k. Rows come in the
 * order of their combination, not of the records.
 */
import { kAnonymise, type KAnonymityReport, type QuasiIdentifier } from './disclosure/index.js';
import { isVictim, type CaseFact } from './facts.js';
import { spreadsheetText } from '../http/spreadsheet.js';

export const EXPORT_COLUMNS = ['year', 'ageBroad', 'prs_Gender', 'prs_Nationality', 'vic_TypeOfExploitation'] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
/** Which quasi-identifier each column is. */
const COLUMN_OF: Record<QuasiIdentifier, ExportColumn> = {
  year: 'year',
  age: 'ageBroad',
  sex: 'prs_Gender',
  citizenship: 'prs_Nationality',
  exploitation: 'vic_TypeOfExploitation',
};
/** Stateless persons travel through the anonymisation as a user-assigned code (region "other"). */
const STATELESS_CODE = 'XX';
const GENDER: Record<string, string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' };

export interface ExportReport {
  readonly k: number;
  /** People in the database who could be exported (presumed and identified victims). */
  readonly records: number;
  readonly exported: number;
  /** Left out because their combination stayed smaller than k. */
  readonly suppressedRecords: number;
  readonly classes: number;
  readonly smallestClass: number;
  readonly maxSuppressedShare: number;
  readonly columns: readonly ExportColumn[];
  /** The level each column was generalised to (0 = as recorded). */
  readonly generalisation: readonly { readonly column: ExportColumn; readonly level: number; readonly name: string }[];
}

export interface CaseExport {
  readonly csv: string;
  readonly report: ExportReport;
}

export const MAX_SUPPRESSED_SHARE = 0.05;

function quasiIdentifiers(f: CaseFact) {
  const age = f.age !== null && Number.isFinite(f.age) && f.age >= 0 ? f.age : null;
  const citizenship = f.citizenship === 'stateless' ? STATELESS_CODE : /^[A-Z]{2}$/.test(f.citizenship) ? f.citizenship : null;
  return { year: f.year, age, sex: f.sex, citizenship, exploitation: [...new Set(f.exploitation)] };
}

function csvField(value: string): string {
  // The vocabulary is closed (years, bands, codes); still, nothing leaves that a spreadsheet would evaluate.
  const text = spreadsheetText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function caseExport(facts: readonly CaseFact[], { k }: { k: number }): CaseExport {
  const victims = facts.filter(isVictim).map(quasiIdentifiers);
  const { records, report } = kAnonymise(victims, { k, maxSuppressedShare: MAX_SUPPRESSED_SHARE });
  const rows = records.map((r) => [
    r.year,
    r.age,
    GENDER[r.sex] ?? r.sex,
    r.citizenship === STATELESS_CODE ? 'stateless' : r.citizenship,
    r.exploitation.replaceAll('+', ';'),
  ]);
  const csv = [EXPORT_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  return { csv, report: exportReport(report, victims.length) };
}

function exportReport(report: KAnonymityReport, records: number): ExportReport {
  return {
    k: report.k,
    records,
    exported: records - report.suppressedRecords,
    suppressedRecords: report.suppressedRecords,
    classes: report.classes,
    smallestClass: report.smallestClass,
    maxSuppressedShare: MAX_SUPPRESSED_SHARE,
    columns: EXPORT_COLUMNS,
    generalisation: (Object.keys(COLUMN_OF) as QuasiIdentifier[]).map((attribute) => ({ column: COLUMN_OF[attribute], ...report.levelPerAttribute[attribute] })),
  };
}
