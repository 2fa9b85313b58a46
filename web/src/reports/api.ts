import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, queryString, type Page } from '../app/api';
import type {
  Entry,
  EntryContent,
  EntryFilters,
  EntrySearchFilters,
  EntrySummary,
  ImportApplyItem,
  PeriodDetail,
  PeriodInput,
  PeriodList,
  ReportPeriod,
} from './types';

export const ENTRY_PAGE_SIZE = 50;
/** The largest page of entries asked for at once (a body's tasks are read whole). */
const MAX_PAGE_SIZE = 200;

export const reportKeys = {
  all: ['reports'] as const,
  periods: ['reports', 'periods'] as const,
  period: (id: string) => ['reports', 'period', id] as const,
  entries: ['reports', 'entries'] as const,
  entryPage: (filters: EntryFilters, page: number) => ['reports', 'entries', 'page', filters, page] as const,
  allEntries: (filters: EntryFilters) => ['reports', 'entries', 'all', filters] as const,
  entry: (id: string) => ['reports', 'entry', id] as const,
  search: (filters: EntrySearchFilters, page: number) => ['reports', 'entries', 'search', filters, page] as const,
  measure: (measureId: string) => ['reports', 'entries', 'measure', measureId] as const,
};

const enc = encodeURIComponent;

export const periodListQuery = queryOptions({
  queryKey: reportKeys.periods,
  queryFn: ({ signal }) => api.get<PeriodList>('/api/report-periods', signal),
});

export const periodQuery = (id: string) =>
  queryOptions({
    queryKey: reportKeys.period(id),
    queryFn: ({ signal }) => api.get<PeriodDetail>(`/api/report-periods/${enc(id)}`, signal),
  });

export const entryPageQuery = (filters: EntryFilters, page: number) =>
  queryOptions({
    queryKey: reportKeys.entryPage(filters, page),
    queryFn: ({ signal }) => api.get<Page<EntrySummary>>(`/api/report-entries${queryString({ ...filters, page, pageSize: ENTRY_PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
  });

/** Every entry matching the filters (all pages), in the server's order. */
export const allEntriesQuery = (filters: EntryFilters) =>
  queryOptions({
    queryKey: reportKeys.allEntries(filters),
    queryFn: async ({ signal }) => {
      const items: EntrySummary[] = [];
      for (let page = 1; ; page++) {
        const data = await api.get<Page<EntrySummary>>(`/api/report-entries${queryString({ ...filters, page, pageSize: MAX_PAGE_SIZE })}`, signal);
        items.push(...data.items);
        if (data.items.length === 0 || items.length >= data.total) break;
      }
      return items;
    },
  });

/** Entries whose narrative holds every word of `q` (ignoring case and diacritics), across periods. */
export const entrySearchQuery = (filters: EntrySearchFilters, page: number) =>
  queryOptions({
    queryKey: reportKeys.search(filters, page),
    queryFn: ({ signal }) => api.get<Page<EntrySummary>>(`/api/report-entries${queryString({ ...filters, page, pageSize: ENTRY_PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
  });

/** Every visible entry on one measure, in every period (newest period first). */
export const measureEntriesQuery = (measureId: string) =>
  queryOptions({
    queryKey: reportKeys.measure(measureId),
    queryFn: ({ signal }) => api.get<Page<EntrySummary>>(`/api/report-entries${queryString({ measureId, pageSize: MAX_PAGE_SIZE })}`, signal),
  });

export const entryQuery = (id: string) =>
  queryOptions({
    queryKey: reportKeys.entry(id),
    queryFn: ({ signal }) => api.get<Entry>(`/api/report-entries/${enc(id)}`, signal),
  });

/** PUT of an entry's content on top of the revision it was edited from (409 REPORT_CONFLICT otherwise). */
export const saveEntry = (id: string, input: EntryContent & { revision: number }) => api.put<Entry>(`/api/report-entries/${enc(id)}`, input);

/** After any change of an entry: its own query holds the answer; lists and counts are read again. */
export async function entryChanged(queryClient: QueryClient, entry: Entry): Promise<void> {
  queryClient.setQueryData(reportKeys.entry(entry.id), entry);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: reportKeys.entries }),
    queryClient.invalidateQueries({ queryKey: reportKeys.periods }),
    queryClient.invalidateQueries({ queryKey: reportKeys.period(entry.periodId) }),
  ]);
}

/** After an autosave: the state (and so every count) is unchanged; lists are read again only when next shown. */
export function entrySaved(queryClient: QueryClient, entry: Entry): void {
  queryClient.setQueryData(reportKeys.entry(entry.id), entry);
  void queryClient.invalidateQueries({ queryKey: reportKeys.entries, refetchType: 'none' });
}

function useEntryMutation<TInput>(mutationFn: (input: TInput) => Promise<Entry>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (entry) => entryChanged(queryClient, entry) });
}

export const useSubmitEntry = (id: string) => useEntryMutation<void>(() => api.post<Entry>(`/api/report-entries/${enc(id)}/submit`));

export const useReviewEntry = (id: string) =>
  useEntryMutation((input: { decision: 'accept' | 'return'; comment: string }) => api.post<Entry>(`/api/report-entries/${enc(id)}/review`, input));

export const useReopenEntry = (id: string) =>
  useEntryMutation((comment: string) => api.post<Entry>(`/api/report-entries/${enc(id)}/reopen`, { comment }));

export function useCreatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PeriodInput) => api.post<ReportPeriod>('/api/report-periods', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useClosePeriod(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ReportPeriod>(`/api/report-periods/${enc(id)}/close`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useApplyImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { periodId: string; items: ImportApplyItem[] }) => api.post<{ updated: number }>('/api/report-imports/apply', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
