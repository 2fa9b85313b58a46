/**
 * De-identified case-level export: k-anonymity over the quasi-identifiers age, sex,
 * citizenship, year of identification and forms of exploitation.
 *
 * Hierarchies (level 0 is the recorded value; unknown values are "unknown" below "*"):
 *   age           CTDC band → 0-17 / 18-29 / 30+ → child / adult → *      (`age-bands.ts`)
 *   sex           as recorded → *
 *   citizenship   country → region → *                                     (`regions.ts`)
 *   year          year → 2-year range → 5-year range → *   (ranges start at multiples of their
 *                 width: 2024-2025, 2020-2024; widths configurable; they need not nest)
 *   exploitation  the sorted combination ("forced-labour+sexual") → the single form or
 *                 "multiple" → *
 *
 * Search: every combination of levels (the full lattice, 4 × 2 × 3 × 4 × 3 = 288 nodes, so no
 * pruning is needed and the year ranges need not nest). At a node the records are grouped by
 * their generalised values; the records of classes smaller than k would be suppressed (left
 * out). A node is acceptable when that leaves out at most `maxSuppressedShare` of the records.
 * Among acceptable nodes the chosen one has the least generalisation: the smallest sum over the
 * attributes of level / top level (Sweeney's precision loss), then the fewest suppressed
 * records, then lower levels for the attributes in the order age, sex, citizenship, year,
 * exploitation. With fewer than k records no node is acceptable and nothing is exported.
 *
 * Guarantees: every combination of quasi-identifier values in the output is shared by at least
 * k records; output records are input records (each at most once, other fields unchanged) with
 * only the five quasi-identifiers replaced by values of their hierarchy at the reported level;
 * records out + suppressed = records in. Output order is by class, not the input order.
 * Not guaranteed: other fields are passed through as they are — remove names, case numbers,
 * dates and free text first, or they identify people regardless of k; and k-anonymity does not
 * stop a reader learning a sensitive field that every member of a class shares.
 */
import { AGE_LEVELS, generaliseAge, type AgeLevel } from './age-bands.js';
import { CITIZENSHIP_LEVELS, generaliseCitizenship, type CitizenshipLevel } from './regions.js';

export interface QuasiIdentifiers {
  /** Age in completed years at identification (`ageAt`), or null. */
  readonly age: number | null;
  readonly sex: string | null;
  /** ISO 3166-1 alpha-2, or null. */
  readonly citizenship: string | null;
  /** Year of identification. */
  readonly year: number;
  /** Forms of exploitation, codes without "+"; empty when not recorded. */
  readonly exploitation: readonly string[];
}

export const QUASI_IDENTIFIERS = ['age', 'sex', 'citizenship', 'year', 'exploitation'] as const;
export type QuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number];

/** A record as exported: the quasi-identifiers as generalised strings, everything else as it was. */
export type Generalised<T extends QuasiIdentifiers> = Omit<T, QuasiIdentifier> & { readonly [K in QuasiIdentifier]: string };

export interface KAnonymityOptions {
  /** Smallest class size. Default 11. */
  readonly k?: number;
  /** Largest share of records that may be left out instead of generalising further. Default 0.05. */
  readonly maxSuppressedShare?: number;
  /** Widths of the year ranges at levels 1 and 2. Default [2, 5]. */
  readonly yearWidths?: readonly [number, number];
}

export type Levels = Readonly<Record<QuasiIdentifier, number>>;

export interface KAnonymityReport {
  readonly k: number;
  readonly levelPerAttribute: Readonly<Record<QuasiIdentifier, { readonly level: number; readonly name: string }>>;
  readonly suppressedRecords: number;
  readonly classes: number;
  /** 0 when nothing is exported. */
  readonly smallestClass: number;
}

export interface KAnonymousExport<T extends QuasiIdentifiers> {
  readonly records: Generalised<T>[];
  readonly report: KAnonymityReport;
}

const RESERVED = new Set(['*', 'multiple', 'unknown']);

function levelNames(yearWidths: readonly [number, number]): Record<QuasiIdentifier, readonly string[]> {
  return {
    age: AGE_LEVELS,
    sex: ['as-recorded', 'any'],
    citizenship: CITIZENSHIP_LEVELS,
    year: ['year', `${yearWidths[0]}-year-range`, `${yearWidths[1]}-year-range`, 'any'],
    exploitation: ['combination', 'single-or-multiple', 'any'],
  };
}

function exploitationAt(forms: readonly string[], level: number): string {
  if (level >= 2) return '*';
  const unique = [...new Set(forms.map((f) => f.trim()))].sort();
  for (const form of unique) {
    if (form === '' || form.includes('+') || RESERVED.has(form)) throw new RangeError(`not a form of exploitation code: "${form}"`);
  }
  if (unique.length === 0) return 'unknown';
  if (level === 0) return unique.join('+');
  return unique.length === 1 ? unique[0]! : 'multiple';
}

function yearAt(year: number, level: number, widths: readonly [number, number]): string {
  if (!Number.isSafeInteger(year)) throw new RangeError(`not a year: ${year}`);
  if (level >= 3) return '*';
  if (level === 0) return String(year);
  const width = widths[level - 1]!;
  const start = Math.floor(year / width) * width;
  return `${start}-${start + width - 1}`;
}

/** One quasi-identifier of a record at a level of its hierarchy. */
export function generalise(attribute: QuasiIdentifier, record: QuasiIdentifiers, level: number, yearWidths: readonly [number, number] = [2, 5]): string {
  switch (attribute) {
    case 'age':
      return generaliseAge(record.age, Math.min(level, 3) as AgeLevel);
    case 'sex':
      return level >= 1 ? '*' : record.sex === null || record.sex.trim() === '' ? 'unknown' : record.sex.trim().toLowerCase();
    case 'citizenship':
      return generaliseCitizenship(record.citizenship, Math.min(level, 2) as CitizenshipLevel);
    case 'year':
      return yearAt(record.year, level, yearWidths);
    case 'exploitation':
      return exploitationAt(record.exploitation, level);
  }
}

function checkOptions(options: KAnonymityOptions): { k: number; share: number; widths: readonly [number, number] } {
  const k = options.k ?? 11;
  const share = options.maxSuppressedShare ?? 0.05;
  const widths = options.yearWidths ?? [2, 5];
  if (!Number.isSafeInteger(k) || k < 1) throw new RangeError('k must be a positive integer');
  if (!(share >= 0 && share <= 1)) throw new RangeError('maxSuppressedShare must be between 0 and 1');
  if (widths.some((w) => !Number.isSafeInteger(w) || w < 2)) throw new RangeError('year range widths must be integers of at least 2');
  return { k, share, widths };
}

/** Every combination of levels, finest first. */
function lattice(tops: readonly number[]): number[][] {
  let nodes: number[][] = [[]];
  for (const top of tops) nodes = nodes.flatMap((node) => Array.from({ length: top + 1 }, (_, level) => [...node, level]));
  return nodes;
}

export function kAnonymise<T extends QuasiIdentifiers>(records: readonly T[], options: KAnonymityOptions = {}): KAnonymousExport<T> {
  const { k, share, widths } = checkOptions(options);
  const names = levelNames(widths);
  const tops = QUASI_IDENTIFIERS.map((a) => names[a].length - 1);
  // values[attribute][level][record]
  const values = QUASI_IDENTIFIERS.map((attribute, a) =>
    Array.from({ length: tops[a]! + 1 }, (_, level) => records.map((r) => generalise(attribute, r, level, widths))),
  );
  const keyOf = (node: readonly number[], i: number) => node.map((level, a) => values[a]![level]![i]!).join('\u0000');
  const allowed = Math.floor(share * records.length);

  let best: { node: number[]; cost: number; suppressed: number; classes: Map<string, number[]> } | undefined;
  for (const node of lattice(tops)) {
    const cost = node.reduce((sum, level, a) => sum + level / tops[a]!, 0);
    if (best !== undefined && cost > best.cost) continue;
    const classes = new Map<string, number[]>();
    records.forEach((_, i) => {
      const key = keyOf(node, i);
      const members = classes.get(key);
      if (members) members.push(i);
      else classes.set(key, [i]);
    });
    let suppressed = 0;
    for (const members of classes.values()) if (members.length < k) suppressed += members.length;
    if (suppressed > allowed) continue;
    const better =
      best === undefined ||
      cost < best.cost - 1e-9 ||
      (Math.abs(cost - best.cost) <= 1e-9 && (suppressed < best.suppressed || (suppressed === best.suppressed && node.join() < best.node.join())));
    if (better) best = { node, cost, suppressed, classes };
  }

  const node = best?.node ?? tops;
  const kept = best === undefined ? [] : [...best.classes.entries()].filter(([, members]) => members.length >= k).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out = kept.flatMap(([, members]) =>
    members.map((i) => {
      const generalised = Object.fromEntries(QUASI_IDENTIFIERS.map((attribute, a) => [attribute, values[a]![node[a]!]![i]!]));
      return { ...records[i]!, ...generalised } as unknown as Generalised<T>;
    }),
  );
  const levelPerAttribute = Object.fromEntries(QUASI_IDENTIFIERS.map((attribute, a) => [attribute, { level: node[a]!, name: names[attribute][node[a]!]! }])) as KAnonymityReport['levelPerAttribute'];
  return {
    records: out,
    report: {
      k,
      levelPerAttribute,
      suppressedRecords: records.length - out.length,
      classes: kept.length,
      smallestClass: kept.reduce((min, [, members]) => Math.min(min, members.length), kept.length === 0 ? 0 : Infinity),
    },
  };
}
