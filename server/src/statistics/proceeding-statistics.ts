/**
 * Criminal proceedings per year, suppressed like the victims' tables (see case-statistics.ts
 * for why every year stands alone and no sum over years is published). Pure.
 *
 * - Proceedings by stage: a list of proceedings with its total.
 * - Persons prosecuted and convicted, by sex: one table of defendants, sex × convicted / not
 *   convicted, published through its margins: prosecuted by sex (row totals), convicted by sex
 *   (the convicted column) and their totals. Defendants are counted per proceeding (a person
 *   tried in two proceedings is two defendants): proceedings record no identities.
 * - Sentences of the convicted, in bands: shares the number convicted with the table above, so it
 *   is broken down only when that number is published there and is not small.
 * - Amounts (proceeds traced, confiscated, compensation ordered): sums in AZN, which are not
 *   counts. A sum is published only when at least `threshold` proceedings are behind it, and no
 *   one of them makes up more than 85% of it (a dominant amount would be that one case's).
 *   Amounts in other currencies are not converted and not included.
 */
import { PROCEEDING_STAGES, SEXES } from '../../../common/src/case-parts.js';
import { DisclosureControlError, suppressList, suppressTable, type PublishedCell } from './disclosure/index.js';
import type { ProceedingFact } from './facts.js';
import { auditRow, keptTotalList, listCells, shown, type Cell, type YearRow } from './publish.js';
import type { CountTable } from './case-statistics.js';

export const PROCEEDING_TABLES = ['stage', 'prosecuted', 'convicted', 'sentence'] as const;
export type ProceedingTableKey = (typeof PROCEEDING_TABLES)[number];
export const SENTENCE_BANDS = ['under5', '5to9', '10plus', 'unknown'] as const;
export const AMOUNTS = ['proceedsTraced', 'proceedsConfiscated', 'compensationOrdered'] as const;
export type AmountKey = (typeof AMOUNTS)[number];
export const AMOUNT_CURRENCY = 'AZN';
/** A sum is withheld when its largest part is more than this share of it. */
export const DOMINANCE_SHARE = 0.85;
/** Label of a withheld sum. */
export const WITHHELD = 'x';

export interface AmountRow {
  readonly year: number;
  readonly sum: Cell;
}

export interface ProceedingStatistics {
  readonly from: number;
  readonly to: number;
  readonly threshold: number;
  readonly currency: string;
  readonly tables: readonly CountTable<ProceedingTableKey>[];
  readonly amounts: readonly { readonly key: AmountKey; readonly rows: readonly AmountRow[] }[];
}

export function sentenceBand(months: number | null): (typeof SENTENCE_BANDS)[number] {
  if (months === null || !Number.isFinite(months) || months < 0) return 'unknown';
  return months < 60 ? 'under5' : months < 120 ? '5to9' : '10plus';
}

const sexOf = (sex: string) => ((SEXES as readonly string[]).includes(sex) ? sex : 'unknown');
const zeroCells = (n: number): Cell[] => Array.from({ length: n }, () => ({ label: '0', value: 0 }));

function protectedList(counts: readonly number[], threshold: number): { cells: Cell[]; total: Cell } {
  const list = suppressList(counts, { threshold });
  return { cells: list.values.map(shown), total: shown(list.total) };
}

/** A sum of amounts, or withheld; see the module comment. */
export function amountCell(amounts: readonly number[], threshold: number): Cell {
  if (amounts.length === 0) return { label: '0', value: 0 };
  const sum = amounts.reduce((a, b) => a + b, 0);
  const largest = Math.max(...amounts);
  if (amounts.length < threshold || (sum > 0 && largest > DOMINANCE_SHARE * sum)) return { label: WITHHELD, value: null };
  const rounded = Math.round(sum * 100) / 100;
  return { label: rounded.toFixed(2), value: rounded };
}

export function proceedingStatistics(facts: readonly ProceedingFact[], { from, to, threshold }: { from: number; to: number; threshold: number }): ProceedingStatistics {
  if (!(Number.isSafeInteger(from) && Number.isSafeInteger(to) && from <= to)) throw new RangeError('from must not be after to');
  const rows = new Map<ProceedingTableKey, YearRow[]>(PROCEEDING_TABLES.map((key) => [key, []]));
  const amounts = new Map<AmountKey, AmountRow[]>(AMOUNTS.map((key) => [key, []]));

  for (let year = from; year <= to; year++) {
    const proceedings = facts.filter((p) => p.year === year);
    const publish = (key: ProceedingTableKey, total: Cell, cells: Cell[] | null) => rows.get(key)!.push({ year, total, cells });

    const stages = PROCEEDING_STAGES.map((stage) => proceedings.filter((p) => p.stage === stage).length);
    const byStage = protectedList(stages, threshold);
    publish('stage', byStage.total, byStage.cells);

    // Defendants: sex × [convicted, not convicted], published through its margins.
    const defendants = proceedings.flatMap((p) => p.defendants);
    const matrix = SEXES.map((sex) => [
      defendants.filter((d) => sexOf(d.sex) === sex && d.convicted).length,
      defendants.filter((d) => sexOf(d.sex) === sex && !d.convicted).length,
    ]);
    const table = suppressTable(matrix, { threshold });
    publish('prosecuted', shown(table.grandTotal), table.rowTotals.map(shown));
    const convictedTotal = table.columnTotals[0]!;
    publish('convicted', shown(convictedTotal), table.cells.map((r) => shown(r[0]!)));

    // Sentences share the number convicted: broken down only when it is published above and not small.
    const convicted = defendants.filter((d) => d.convicted);
    const bands = SENTENCE_BANDS.map((band) => convicted.filter((d) => sentenceBand(d.sentenceMonths) === band).length);
    publish('sentence', shown(convictedTotal), sentenceCells(bands, convictedTotal, threshold));

    for (const key of AMOUNTS) {
      const values = proceedings.filter((p) => p.currency === AMOUNT_CURRENCY).flatMap((p) => (p[key] === null ? [] : [p[key]]));
      amounts.get(key)!.push({ year, sum: amountCell(values, threshold) });
    }
  }

  const columns: Record<ProceedingTableKey, readonly string[]> = { stage: PROCEEDING_STAGES, prosecuted: SEXES, convicted: SEXES, sentence: SENTENCE_BANDS };
  return {
    from,
    to,
    threshold,
    currency: AMOUNT_CURRENCY,
    tables: PROCEEDING_TABLES.map((key) => ({ key, columns: columns[key], rows: rows.get(key)! })),
    amounts: AMOUNTS.map((key) => ({ key, rows: amounts.get(key)! })),
  };
}

function sentenceCells(bands: readonly number[], convicted: PublishedCell, threshold: number): Cell[] | null {
  const count = bands.reduce((a, b) => a + b, 0);
  if (convicted.value !== count) return count === 0 && convicted.value === 0 ? zeroCells(bands.length) : null;
  try {
    const cells = listCells(keptTotalList(bands, count, threshold), bands.length);
    if (cells !== null && auditRow(cells, shown(convicted), bands, threshold).length > 0) throw new Error('sentence bands would reveal a small count');
    return cells;
  } catch (error) {
    if (error instanceof DisclosureControlError) return null;
    throw error;
  }
}
