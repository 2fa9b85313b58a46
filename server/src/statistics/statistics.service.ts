import type { Tx } from '../db/database.js';
import { caseExport, type CaseExport } from './case-export.js';
import { caseStatistics, type CaseStatistics } from './case-statistics.js';
import { caseFacts, proceedingFacts } from './facts.js';
import { proceedingStatistics, type ProceedingStatistics } from './proceeding-statistics.js';

export interface YearRange {
  readonly from: number;
  readonly to: number;
}

/** Victims per year, by each breakdown, suppressed with `threshold`. */
export async function readCaseStatistics(tx: Tx, range: YearRange, threshold: number): Promise<CaseStatistics> {
  return caseStatistics(await caseFacts(tx), { ...range, threshold });
}

/** Criminal proceedings per year, suppressed with `threshold`. */
export async function readProceedingStatistics(tx: Tx, range: YearRange, threshold: number): Promise<ProceedingStatistics> {
  return proceedingStatistics(await proceedingFacts(tx), { ...range, threshold });
}

/** The k-anonymous case-level export of every year (one export of the same people, not one per range). */
export async function readCaseExport(tx: Tx, k: number): Promise<CaseExport> {
  return caseExport(await caseFacts(tx), { k });
}
