/** The statistics API's answers (server/src/statistics/statistics.routes.ts). */

/** A published value: show `label` ("12", "<5", "x"); `value` is null when hidden. */
export interface Cell {
  label: string;
  value: number | null;
}

/** One year of a table; `cells` is null when the year is not broken down (too few people). */
export interface YearRow {
  year: number;
  total: Cell;
  cells: Cell[] | null;
}

export const CASE_TABLES = ['status', 'sex', 'ageGroup', 'ageBand', 'citizenship', 'exploitation', 'transnational', 'channel'] as const;
export type CaseTableKey = (typeof CASE_TABLES)[number];
export const PROCEEDING_TABLES = ['stage', 'prosecuted', 'convicted', 'sentence'] as const;
export type ProceedingTableKey = (typeof PROCEEDING_TABLES)[number];
export type TableKey = CaseTableKey | ProceedingTableKey;
export const AMOUNTS = ['proceedsTraced', 'proceedsConfiscated', 'compensationOrdered'] as const;
export type AmountKey = (typeof AMOUNTS)[number];

export interface CountTable<K extends TableKey = TableKey> {
  key: K;
  columns: string[];
  rows: YearRow[];
}

export interface Abilities {
  export: boolean;
}

export interface CaseStatistics {
  from: number;
  to: number;
  threshold: number;
  totals: { year: number; total: Cell }[];
  tables: CountTable<CaseTableKey>[];
  abilities: Abilities;
}

export interface ProceedingStatistics {
  from: number;
  to: number;
  threshold: number;
  currency: string;
  tables: CountTable<ProceedingTableKey>[];
  amounts: { key: AmountKey; rows: { year: number; sum: Cell }[] }[];
  abilities: Abilities;
}

export interface ExportReport {
  k: number;
  records: number;
  exported: number;
  suppressedRecords: number;
  classes: number;
  smallestClass: number;
  maxSuppressedShare: number;
  columns: string[];
  generalisation: { column: string; level: number; name: string }[];
}

export interface YearRange {
  from: number;
  to: number;
}
