import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: string;
  dir: SortDirection;
}

export interface UrlFilters<K extends string> {
  /** Current filter values; '' when absent. */
  filters: Record<K, string>;
  page: number;
  sort: SortState | null;
  /** Whether any filter (not page or sort) is set. */
  filtered: boolean;
  setFilter: (key: K, value: string) => void;
  setPage: (page: number) => void;
  setSort: (sort: SortState | null) => void;
  clearFilters: () => void;
}

function parseSort(value: string | null): SortState | null {
  if (!value) return null;
  return value.startsWith('-') ? { key: value.slice(1), dir: 'desc' } : { key: value, dir: 'asc' };
}

/**
 * A list's filters, page and sort order, kept in the URL query string so that reload, links and
 * the back button all work. Changing a filter goes back to page 1.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]): UrlFilters<K> {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const keyList = keys.join(',');

  const state = useMemo(() => {
    const current = new URLSearchParams(search);
    const filters = {} as Record<K, string>;
    for (const key of keyList.split(',') as K[]) filters[key] = current.get(key) ?? '';
    const page = Math.max(1, Math.floor(Number(current.get('page'))) || 1);
    return { filters, page, sort: parseSort(current.get('sort')) };
  }, [search, keyList]);

  // Start from the address bar, not from the last render: two changes in quick succession (a form
  // filled by a script, a date picked right after typing) must both survive while the router's
  // state update for the first is still pending.
  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      const before = new URLSearchParams(window.location.search);
      const next = new URLSearchParams(before);
      change(next);
      if (next.toString() !== before.toString()) setParams(next);
    },
    [setParams],
  );

  const setFilter = useCallback(
    (key: K, value: string) =>
      update((next) => {
        if ((next.get(key) ?? '') === value) return;
        if (value) next.set(key, value);
        else next.delete(key);
        next.delete('page');
      }),
    [update],
  );

  const setPage = useCallback(
    (page: number) =>
      update((next) => {
        if (page > 1) next.set('page', String(page));
        else next.delete('page');
      }),
    [update],
  );

  const setSort = useCallback(
    (sort: SortState | null) =>
      update((next) => {
        if (sort) next.set('sort', sort.dir === 'desc' ? `-${sort.key}` : sort.key);
        else next.delete('sort');
      }),
    [update],
  );

  const clearFilters = useCallback(
    () =>
      update((next) => {
        for (const key of keyList.split(',')) next.delete(key);
        next.delete('page');
      }),
    [update, keyList],
  );

  const filtered = Object.values<string>(state.filters).some(Boolean);
  return { ...state, filtered, setFilter, setPage, setSort, clearFilters };
}
