/**
 * Count tables of victims (presumed and identified) per year, suppressed so that they identify
 * no one. Pure: facts in, publishable tables out.
 *
 * Every table has the years as rows and one breakdown of the year's people as columns: status,
 * sex, children/adults, the CTDC age bands, citizenship, form of exploitation, internal or
 * transnational, identification channel. Each person is in exactly one column of each table
 * (an "unknown" column takes those without the value), so every row adds up to the year's total.
 *
 * How the rows are protected:
 * - A year is published on its own. No sum over years (no "all years" row or column totals) is
 *   published: the range of years is the reader's choice, and the sums over two ranges would give
 *   a year's hidden values by subtraction. A year's row depends only on that year's people (and
 *   on which columns exist, chosen from all years), whatever range is asked for.
 * - The year's total is the margin every table of the year shares; it is published unchanged in
 *   all of them, so the tables' protections hold together (the module's shared-margin rule,
 *   checked with `checkSharedMargin` for every year).
 * - A year with fewer people than the threshold is published as "<5" and not broken down: the
 *   shared total cannot be kept, and a breakdown of three people describes them.
 * - Each breakdown is suppressed with `suppressList` (total kept): "<5" for small counts, "x" for
 *   the complements that stop them being worked out from the total. Children/adults and the age
 *   bands are one table (`suppressTable`: groups as rows, bands as columns, each band in its
 *   group), because a group is the sum of its bands and the two published apart would give
 *   equations neither protection knows about.
 * - Forms of exploitation: a person may have several. Counting them under each form would make a
 *   row add up to more than its total, and the totals would then give equations the suppression
 *   does not know about (a hidden form could be worked out from the others). So each person is
 *   counted once: under their only form, under "multiple" when they have several, or "unknown".
 *   The forms mentioned together are in the case-level export, which is k-anonymous instead.
 * - A breakdown the module cannot protect with its total published is not published (the row has
 *   no cells), rather than published with a total that differs from the other tables.
 * - Which columns a table has depends only on what the broken-down years publish, over every year
 *   in the database (not the range asked for): a category is shown when some broken-down year has
 *   someone in it, and the citizenship columns are the countries with most victims in the
 *   broken-down years. A column that existed only because of the people of a year that is not
 *   broken down would tell the reader something about those few people.
 */
import { EXPLOITATION_FORMS, IDENTIFICATION_CHANNELS, SEXES } from '../../../common/src/case-parts.js';
import { ageBand, childOrAdult, CTDC_AGE_BANDS } from './disclosure/index.js';
import { isVictim, VICTIM_STATUSES, type CaseFact } from './facts.js';
import { assertSharedMargin, auditMargins, auditRow, keptGrandTotalTable, keptTotalList, listCells, shown, yearTotal, type Cell, type YearRow } from './publish.js';

export const CASE_TABLES = ['status', 'sex', 'ageGroup', 'ageBand', 'citizenship', 'exploitation', 'transnational', 'channel'] as const;
export type CaseTableKey = (typeof CASE_TABLES)[number];

export const AGE_GROUPS = ['child', 'adult', 'unknown'] as const;
export const AGE_BANDS = [...CTDC_AGE_BANDS, 'unknown'] as const;
/** Where each age band sits among the groups (for auditing the two tables as the one they are). */
export const AGE_BAND_GROUP: readonly number[] = AGE_BANDS.map((band) => (band === 'unknown' ? 2 : band === '0-8' || band === '9-17' ? 0 : 1));
export const TRANSNATIONAL = ['internal', 'transnational', 'unknown'] as const;
/** The countries with most victims in the years broken down get a column each; the rest are "other". */
export const TOP_COUNTRIES = 5;

export interface CountTable<K extends string = string> {
  readonly key: K;
  readonly columns: readonly string[];
  readonly rows: readonly YearRow[];
}

export interface CaseStatistics {
  readonly from: number;
  readonly to: number;
  readonly threshold: number;
  /** The people of each year: the total every table of the year repeats. */
  readonly totals: readonly { readonly year: number; readonly total: Cell }[];
  readonly tables: readonly CountTable<CaseTableKey>[];
}

const validAge = (age: number | null) => (age !== null && Number.isFinite(age) && age >= 0 ? age : null);
const sexOf = (f: CaseFact) => ((SEXES as readonly string[]).includes(f.sex) ? f.sex : 'unknown');
const ageGroupOf = (f: CaseFact) => {
  const age = validAge(f.age);
  return age === null ? 'unknown' : childOrAdult(age);
};
const ageBandOf = (f: CaseFact) => {
  const age = validAge(f.age);
  return age === null ? 'unknown' : ageBand(age);
};
const formsOf = (f: CaseFact) => [...new Set(f.exploitation.filter((form) => (EXPLOITATION_FORMS as readonly string[]).includes(form)))];
const exploitationOf = (f: CaseFact) => {
  const forms = formsOf(f);
  return forms.length === 0 ? 'unknown' : forms.length === 1 ? forms[0]! : 'multiple';
};
const transnationalOf = (f: CaseFact) => (f.transnational === null ? 'unknown' : f.transnational ? 'transnational' : 'internal');
const channelOf = (f: CaseFact) => ((IDENTIFICATION_CHANNELS as readonly string[]).includes(f.channel) ? f.channel : 'other');

/** The countries with most victims among `people`, most first (ties by code). */
function topCountries(people: readonly CaseFact[]): string[] {
  const counts = new Map<string, number>();
  for (const f of people) if (f.citizenship !== 'unknown') counts.set(f.citizenship, (counts.get(f.citizenship) ?? 0) + 1);
  return [...counts.entries()].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0)).slice(0, TOP_COUNTRIES).map(([code]) => code);
}

const LIST_TABLES = ['status', 'sex', 'citizenship', 'exploitation', 'transnational', 'channel'] as const;
type ListTableKey = (typeof LIST_TABLES)[number];

interface Categories {
  readonly columns: readonly string[];
  readonly categoryOf: (f: CaseFact) => string;
}

function citizenshipCategories(countries: readonly string[]): Categories {
  return {
    columns: [...countries, 'other', 'unknown'],
    categoryOf: (f) => (countries.includes(f.citizenship) ? f.citizenship : f.citizenship === 'unknown' ? 'unknown' : 'other'),
  };
}

/** Every category a one-way table can have, before the columns nobody is in are left out. */
function fullCategories(countries: readonly string[]): Record<ListTableKey, Categories> {
  return {
    status: { columns: VICTIM_STATUSES, categoryOf: (f) => f.status },
    sex: { columns: SEXES, categoryOf: sexOf },
    citizenship: citizenshipCategories(countries),
    exploitation: { columns: [...EXPLOITATION_FORMS, 'multiple', 'unknown'], categoryOf: exploitationOf },
    transnational: { columns: TRANSNATIONAL, categoryOf: transnationalOf },
    channel: { columns: IDENTIFICATION_CHANNELS, categoryOf: channelOf },
  };
}

function countBy(facts: readonly CaseFact[], columns: readonly string[], categoryOf: (f: CaseFact) => string): number[] {
  const counts = columns.map(() => 0);
  for (const f of facts) {
    const i = columns.indexOf(categoryOf(f));
    if (i === -1) throw new Error(`no column for ${categoryOf(f)}`);
    counts[i]!++;
  }
  return counts;
}

/**
 * The citizenship columns: the countries with most victims in the years whose citizenship row is
 * broken down. Dropping a year whose row the module refuses changes the countries, so this is
 * repeated until every remaining year's row is published.
 */
function citizenshipColumns(byYear: ReadonlyMap<number, readonly CaseFact[]>, threshold: number): string[] {
  let years = [...byYear.keys()].filter((year) => byYear.get(year)!.length >= threshold);
  for (;;) {
    const countries = topCountries(years.flatMap((year) => byYear.get(year)!));
    const { columns, categoryOf } = citizenshipCategories(countries);
    const refused = years.filter((year) => {
      const people = byYear.get(year)!;
      return keptTotalList(countBy(people, columns, categoryOf), people.length, threshold) === null;
    });
    if (refused.length === 0) return countries;
    years = years.filter((year) => !refused.includes(year));
  }
}

export interface CaseStatisticsOptions {
  readonly from: number;
  readonly to: number;
  readonly threshold: number;
}

export function caseStatistics(facts: readonly CaseFact[], { from, to, threshold }: CaseStatisticsOptions): CaseStatistics {
  if (!(Number.isSafeInteger(from) && Number.isSafeInteger(to) && from <= to)) throw new RangeError('from must not be after to');
  const { byYear, categories } = categoriesOf(facts, threshold);
  const years = [...new Set([...byYear.keys(), ...Array.from({ length: to - from + 1 }, (_, i) => from + i)])].sort((a, b) => a - b);
  const built = new Map(years.map((year) => [year, buildYear(byYear.get(year) ?? [], categories, threshold, year)]));

  // A column is shown when some broken-down year (in the whole database) has someone in it.
  const kept = Object.fromEntries(
    LIST_TABLES.map((key) => [
      key,
      categories[key].columns.flatMap((_, j) => ([...built.values()].some(({ lists }) => lists[key] !== null && lists[key][j]!.value !== 0) ? [j] : [])),
    ]),
  ) as Record<ListTableKey, number[]>;

  const inRange = years.filter((year) => year >= from && year <= to);
  const rowsOf = (key: CaseTableKey): YearRow[] =>
    inRange.map((year) => {
      const b = built.get(year)!;
      const cells = key === 'ageGroup' ? b.groups : key === 'ageBand' ? b.bands : b.lists[key];
      const columns = key === 'ageGroup' || key === 'ageBand' ? null : kept[key];
      return { year, total: b.total, cells: cells === null || columns === null ? cells : columns.map((j) => cells[j]!) };
    });
  const columnsOf = (key: CaseTableKey): readonly string[] =>
    key === 'ageGroup' ? AGE_GROUPS : key === 'ageBand' ? AGE_BANDS : kept[key].map((j) => categories[key].columns[j]!);
  return {
    from,
    to,
    threshold,
    totals: inRange.map((year) => ({ year, total: built.get(year)!.total })),
    tables: CASE_TABLES.map((key) => ({ key, columns: columnsOf(key), rows: rowsOf(key) })),
  };
}

/** The victims by year, and the categories of every one-way table (the citizenship columns depend on the data). */
function categoriesOf(facts: readonly CaseFact[], threshold: number) {
  const byYear = new Map<number, CaseFact[]>();
  for (const f of facts.filter(isVictim)) {
    const people = byYear.get(f.year);
    if (people) people.push(f);
    else byYear.set(f.year, [f]);
  }
  return { byYear, categories: fullCategories(citizenshipColumns(byYear, threshold)) };
}

interface YearBuild {
  readonly total: Cell;
  /** Every category of each one-way table, or null when not broken down. */
  readonly lists: Record<ListTableKey, Cell[] | null>;
  readonly groups: Cell[] | null;
  readonly bands: Cell[] | null;
}

/** One year's publications, each suppressed, audited and checked to share the year's total. */
function buildYear(people: readonly CaseFact[], categories: Record<ListTableKey, Categories>, threshold: number, year: number): YearBuild {
  const count = people.length;
  const total = yearTotal(count, threshold);
  const totalCell = shown(total);
  const margins = [total];
  const lists = {} as Record<ListTableKey, Cell[] | null>;
  for (const key of LIST_TABLES) {
    const { columns, categoryOf } = categories[key];
    const counts = countBy(people, columns, categoryOf);
    const list = keptTotalList(counts, count, threshold);
    if (list !== null && list !== 'zero') margins.push(list.total);
    const cells = listCells(list, columns.length);
    // The reader's audit of exactly what is sent, against the true counts: a last check, never expected to fail.
    if (cells !== null) assertSafe(`year ${year}, ${key}`, auditRow(cells, totalCell, counts, threshold));
    lists[key] = cells;
  }

  // Children/adults × age bands: each band sits in one group (0-8 and 9-17 are children).
  const bands = countBy(people, AGE_BANDS, ageBandOf);
  const groups = countBy(people, AGE_GROUPS, ageGroupOf);
  const matrix = AGE_GROUPS.map((_, i) => bands.map((n, j) => (AGE_BAND_GROUP[j] === i ? n : 0)));
  const ages = keptGrandTotalTable(matrix, count, threshold);
  if (ages !== null && ages !== 'zero') margins.push(ages.grandTotal);
  const groupCells = ages === 'zero' ? zeroCells(AGE_GROUPS.length) : ages === null ? null : ages.rowTotals.map(shown);
  const bandCells = ages === 'zero' ? zeroCells(AGE_BANDS.length) : ages === null ? null : ages.columnTotals.map(shown);
  if (groupCells !== null && bandCells !== null) {
    assertSafe(`year ${year}, age`, auditMargins(groupCells, bandCells, totalCell, AGE_BAND_GROUP, { rows: groups, columns: bands }, threshold));
  }

  if (margins.length > 1) assertSharedMargin(`year ${year}`, margins);
  return { total: totalCell, lists, groups: groupCells, bands: bandCells };
}

function assertSafe(what: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`${what} would reveal a small count: ${problems.join('; ')}`);
}

const zeroCells = (n: number): Cell[] => Array.from({ length: n }, () => ({ label: '0', value: 0 }));

/** The true counts behind a year's rows, in the columns `published` shows (for audits in tests). */
export function trueCounts(facts: readonly CaseFact[], published: CaseStatistics, year: number): Record<CaseTableKey, number[]> {
  const { byYear, categories } = categoriesOf(facts, published.threshold);
  const people = byYear.get(year) ?? [];
  const columnsOf = (key: CaseTableKey) => published.tables.find((t) => t.key === key)!.columns;
  return {
    ...(Object.fromEntries(LIST_TABLES.map((key) => [key, countBy(people, categories[key].columns, categories[key].categoryOf).filter((_, j) => columnsOf(key).includes(categories[key].columns[j]!))])) as Record<ListTableKey, number[]>),
    ageGroup: countBy(people, AGE_GROUPS, ageGroupOf),
    ageBand: countBy(people, AGE_BANDS, ageBandOf),
  };
}
