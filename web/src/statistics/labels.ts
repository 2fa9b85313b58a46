import type { TFunction } from 'i18next';
import { translateIfKnown } from '../i18n/dynamic';
import type { TableKey } from './types';

const countryNames = new Map<string, Intl.DisplayNames | null>();

/** A country's name in the reader's language (the code when the browser does not know it). */
export function countryName(language: string, code: string): string {
  if (!countryNames.has(language)) {
    try {
      countryNames.set(language, new Intl.DisplayNames([language], { type: 'region' }));
    } catch {
      countryNames.set(language, null);
    }
  }
  try {
    return countryNames.get(language)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The heading of a column of a statistics table. */
export function columnLabel(language: string, table: TableKey, column: string): string {
  if (table === 'ageBand' && column !== 'unknown') return column;
  if (table === 'citizenship' && /^[A-Z]{2}$/.test(column)) return countryName(language, column);
  const group = table === 'prosecuted' || table === 'convicted' ? 'sex' : table;
  return translateIfKnown(`statistics.column.${group}.${column}`) ?? column;
}

export function tableTitle(t: TFunction, table: TableKey): string {
  return t(`statistics.table.${table}`);
}
