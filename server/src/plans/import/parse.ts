/**
 * The plan importer's parser: a document (text in any of the encodings plans come in, HTML or
 * Word) → the plan, its chapters, sections and measures, the closing notes' recommendations and
 * warnings for everything a person should check. No database: the organisations come in as a
 * dictionary.
 */
import type { Block, DocumentBlocks } from './blocks.js';
import { readChapters } from './chapters.js';
import { codeSequenceIssues, cutOffWarning } from './checks.js';
import { decodeDocument, type DecodeInput } from './decode.js';
import { createExecutorMatcher, isUnrecognised, type ExecutorMatcher } from './executors.js';
import { htmlBlocks } from './html-blocks.js';
import { buildMeasure, confidenceOf, type Doubt } from './measures.js';
import { readNotes, readRecommendation, recommendationsByCode } from './notes.js';
import { readNumberedLines } from './numbered-lines.js';
import { PlanReadError, type ImportWarning, type ParsedMeasure, type ParsedPlan, type PlanDictionary } from './parsed-plan.js';
import { parsePeriodCell, yearsCovered } from './period.js';
import { readPlanMeta } from './plan-meta.js';
import { textBlocks } from './rows.js';
import { listSections, measureCodesOf, plainHeadingWarnings, sectionCodesOf, sectionOfMeasure } from './sections.js';
import { readMeasureTable, type FoundMeasures } from './table.js';
import { buildVocabulary } from './text-repair.js';

const blockTexts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : b.kind === 'row' ? b.cells.map((c) => c.text) : []));

/** Without years in the title, the plan's period is the years its measures' deadlines cover. */
const periodOfMeasures = (found: FoundMeasures) =>
  yearsCovered(
    found.measures
      .flatMap((m) => [m.period, ...m.subActions.map((s) => s.period)])
      .map((text) => (text.trim() === '' ? null : parsePeriodCell(text, null))),
  );

function unrecognisedSummary(measures: readonly ParsedMeasure[]): ImportWarning[] {
  const names = new Set(measures.flatMap((m) => m.executors.filter(isUnrecognised).map((e) => e.name)));
  if (names.size === 0) return [];
  const count = names.size;
  return [
    {
      code: 'executors_not_recognised',
      message: `${count} executor name${count === 1 ? '' : 's'} not recognised.`,
      params: { count, names: [...names].join('; ') },
    },
  ];
}

// ---------------------------------------------------------------------------------------------

function findMeasures(doc: DocumentBlocks, matcher: ExecutorMatcher): { found: FoundMeasures; fromTable: boolean } {
  const table = readMeasureTable(doc, matcher);
  if (table !== null) return { found: table, fromTable: true };
  const lines = readNumberedLines(doc, matcher);
  if (lines === null || lines.measures.length === 0) {
    throw new PlanReadError('IMPORT_NO_MEASURES', 'No measures were found: no table of numbered measures and no numbered items with executors or periods.');
  }
  return { found: lines, fromTable: false };
}

export async function parsePlanDocument(input: DecodeInput, dictionary: PlanDictionary): Promise<ParsedPlan> {
  const decoded = await decodeDocument(input);
  const doc = decoded.format === 'text' ? textBlocks(decoded.content) : htmlBlocks(decoded.content, decoded.format);
  const matcher = createExecutorMatcher(dictionary);
  const { found, fromTable } = findMeasures(doc, matcher);

  const meta = readPlanMeta(found.before, input.fileName);
  const sectionCodes = sectionCodesOf(found);
  const { codes, guessed } = measureCodesOf(found.measures, sectionCodes);
  const sectionOf = found.measures.map((m, i) => sectionOfMeasure(codes[i] ?? '', m, sectionCodes));
  const vocabulary = buildVocabulary(blockTexts(doc.blocks));
  const sections = listSections(found, sectionCodes, sectionOf, vocabulary);
  const notes = readNotes(found.after);
  const recommendations = notes.flatMap((n) => readRecommendation(n, matcher) ?? []);
  const recommended = recommendationsByCode(recommendations, codes);
  const sequence = codeSequenceIssues(codes);
  const context = {
    matcher,
    vocabulary,
    hardBreaks: doc.breaks === 'hard',
    plan: meta.period ?? periodOfMeasures(found),
  };

  const measureWarnings: ImportWarning[] = [];
  const measures: ParsedMeasure[] = found.measures.map((raw, i) => {
    const code = codes[i] ?? '';
    const built = buildMeasure(raw, code, sectionOf[i] ?? '', context);
    const doubts: Doubt[] = [...built.doubts];
    if (found.guessed) doubts.push('layout_guessed');
    if (sequence.duplicates.has(i)) doubts.push('duplicate_measure_code');
    if (sequence.outOfOrder.has(i)) doubts.push('measure_out_of_order');
    if (guessed.has(i)) {
      doubts.push('code_guessed');
      measureWarnings.push({ code: 'layout_guessed', message: `A measure without a code was numbered ${code}.`, measure: code, params: { code } });
    }
    measureWarnings.push(...built.warnings);
    return { ...built.measure, confidence: confidenceOf(doubts), recommended: recommended.byCode.get(code) ?? [] };
  });

  const endsInTable = fromTable && (doc.truncated || (decoded.format === 'text' && !found.after.some((b) => b.kind === 'line')));
  const cutOff = cutOffWarning({
    codes,
    sectionsOfMeasures: sectionOf,
    sections,
    endsInTable,
    cited: recommendations.flatMap((r) => [...r.codes, ...r.ranges.flatMap((x) => [x.from, x.to])]),
  });
  const warnings: ImportWarning[] = [
    ...(cutOff === null ? [] : [cutOff]),
    ...(found.guessed ? [{ code: 'layout_guessed' as const, message: `The layout (${doc.layout}) was recognised without a header naming the columns.`, params: { layout: doc.layout } }] : []),
    ...(meta.act === null ? [{ code: 'act_not_recognised' as const, message: 'The approving act (kind, number, date) is not named in the document.' }] : []),
    ...unrecognisedSummary(measures),
    ...plainHeadingWarnings(found, sectionCodes),
    ...measureWarnings,
    ...sequence.warnings,
    ...recommended.warnings,
  ];
  return {
    plan: { title: meta.title, act: meta.act, period: context.plan },
    chapters: readChapters(found.before, codes[0]?.includes('.') === true ? (codes[0].split('.')[0] ?? null) : null),
    sections,
    measures,
    notes,
    warnings,
    source: { format: decoded.format, layout: doc.layout, encoding: decoded.encoding },
  };
}
