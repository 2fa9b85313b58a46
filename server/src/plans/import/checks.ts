/**
 * Checks on the measures as a whole: codes repeated or out of order, and a document that seems
 * to have been cut short (a copy that ends inside the table, notes that cite measures it does not
 * have, section headings with nothing under them at the end).
 */
import { compareCodes, isNumericCode } from './codes.js';
import type { ImportWarning, ParsedSection } from './parsed-plan.js';

/** Indices of measures whose code repeats an earlier one or does not follow the one before. */
export function codeSequenceIssues(codes: readonly string[]): {
  duplicates: Set<number>;
  outOfOrder: Set<number>;
  warnings: ImportWarning[];
} {
  const duplicates = new Set<number>();
  const outOfOrder = new Set<number>();
  const warnings: ImportWarning[] = [];
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    const previous = codes[i - 1];
    if (seen.has(code)) {
      duplicates.add(i);
      warnings.push({ code: 'duplicate_measure_code', message: `The code ${code} occurs more than once.`, measure: code, params: { code } });
    } else if (previous !== undefined && isNumericCode(code) && isNumericCode(previous) && compareCodes(code, previous) <= 0) {
      outOfOrder.add(i);
      warnings.push({
        code: 'measure_out_of_order',
        message: `${code} comes after ${previous}.`,
        measure: code,
        params: { code, after: previous },
      });
    }
    seen.add(code);
  });
  return { duplicates, outOfOrder, warnings };
}

export interface CutOffEvidence {
  /** Codes of the measures in document order. */
  codes: readonly string[];
  /** The section of each measure. */
  sectionsOfMeasures: readonly string[];
  sections: readonly ParsedSection[];
  /** The document ends inside the measures table (nothing after it, or an unclosed HTML table). */
  endsInTable: boolean;
  /** Codes the closing notes cite. */
  cited: readonly string[];
}

/** A warning when the document seems cut off after its last measure, or null. */
export function cutOffWarning(evidence: CutOffEvidence): ImportWarning | null {
  const last = evidence.codes.at(-1);
  if (last === undefined) return null;
  const citedBeyond = isNumericCode(last) && evidence.cited.some((c) => isNumericCode(c) && compareCodes(c, last) > 0);
  const lastSection = evidence.sections.findIndex((s) => s.code === evidence.sectionsOfMeasures.at(-1));
  const emptySectionsAtEnd = lastSection >= 0 && lastSection < evidence.sections.length - 1;
  if (!evidence.endsInTable && !citedBeyond && !emptySectionsAtEnd) return null;
  return {
    code: 'document_cut_off',
    message: `The document seems cut off after ${last}.`,
    measure: last,
    params: { after: last },
  };
}
