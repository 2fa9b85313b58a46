import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryString, type Page } from '../app/api';
import type { ImportResult } from './importTypes';
import type {
  Measure,
  MeasureDetail,
  MeasureFilters,
  MeasureInput,
  PlanDetail,
  PlanList,
  UnmatchedName,
  WordingChoice,
} from './types';

/** The largest page of measures asked for at once. */
const MEASURE_PAGE_SIZE = 200;
/** A list of more measures than this is cut (no plan comes near it). */
const MAX_MEASURES = 2000;
export const SEARCH_PAGE_SIZE = 20;

export const planKeys = {
  all: ['plans'] as const,
  list: ['plans', 'list'] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  unmatched: ['plans', 'unmatched-names'] as const,
};

export const measureKeys = {
  all: ['measures'] as const,
  list: (filters: MeasureFilters) => ['measures', 'list', filters] as const,
  search: (filters: MeasureFilters, page: number) => ['measures', 'search', filters, page] as const,
  detail: (id: string) => ['measures', 'detail', id] as const,
};

export const planListQuery = queryOptions({
  queryKey: planKeys.list,
  queryFn: ({ signal }) => api.get<PlanList>('/api/plans', signal),
});

export const planQuery = (id: string) =>
  queryOptions({
    queryKey: planKeys.detail(id),
    queryFn: ({ signal }) => api.get<PlanDetail>(`/api/plans/${encodeURIComponent(id)}`, signal),
  });

/** Every measure matching the filters (all pages), in the server's order. */
export const measureListQuery = (filters: MeasureFilters) =>
  queryOptions({
    queryKey: measureKeys.list(filters),
    queryFn: async ({ signal }) => {
      const items: Measure[] = [];
      let total = 0;
      for (let page = 1; items.length < MAX_MEASURES; page++) {
        const data = await api.get<Page<Measure>>(`/api/measures${queryString({ ...filters, page, pageSize: MEASURE_PAGE_SIZE })}`, signal);
        items.push(...data.items);
        total = data.total;
        if (data.items.length === 0 || items.length >= data.total) break;
      }
      return { items, total };
    },
    placeholderData: keepPreviousData,
  });

/** One page of measures, for pickers that search. */
export const measureSearchQuery = (filters: MeasureFilters, page = 1) =>
  queryOptions({
    queryKey: measureKeys.search(filters, page),
    queryFn: ({ signal }) => api.get<Page<Measure>>(`/api/measures${queryString({ ...filters, page, pageSize: SEARCH_PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
  });

export const measureQuery = (id: string) =>
  queryOptions({
    queryKey: measureKeys.detail(id),
    queryFn: ({ signal }) => api.get<MeasureDetail>(`/api/measures/${encodeURIComponent(id)}`, signal),
  });

export const unmatchedNamesQuery = queryOptions({
  queryKey: planKeys.unmatched,
  queryFn: ({ signal }) => api.get<{ items: UnmatchedName[] }>('/api/plans/unmatched-names', signal),
});

export const exportUrl = (planId: string, format: 'docx' | 'xlsx') => `/api/plans/${encodeURIComponent(planId)}/export.${format}`;

/** A mutation after which plans and measures are read again (counts, texts and links change together). */
function usePlanMutation<TInput, TResult = void>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.all }),
        queryClient.invalidateQueries({ queryKey: measureKeys.all }),
      ]);
    },
  });
}

/** The deleted plan's own query is dropped rather than read again (it would answer 404 on its page). */
export function useDeletePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/plans/${encodeURIComponent(id)}`),
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: planKeys.detail(id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.list }),
        queryClient.invalidateQueries({ queryKey: planKeys.unmatched }),
        queryClient.invalidateQueries({ queryKey: measureKeys.all }),
      ]);
    },
  });
}

export const useSaveMeasure = (id: string) => usePlanMutation((input: MeasureInput) => api.put<Measure>(`/api/measures/${encodeURIComponent(id)}`, input));

export const useChooseWording = (measureId: string) =>
  usePlanMutation(({ variantId, choice }: { variantId: string; choice: WordingChoice }) =>
    api.post(`/api/measures/${encodeURIComponent(measureId)}/variants/${encodeURIComponent(variantId)}`, { choice }),
  );

export const useLinkMeasure = (measureId: string) =>
  usePlanMutation((continuesId: string) => api.post(`/api/measures/${encodeURIComponent(measureId)}/continues`, { measureId: continuesId }));

export const useUnlinkMeasure = (measureId: string) =>
  usePlanMutation((otherId: string) => api.delete(`/api/measures/${encodeURIComponent(measureId)}/continues/${encodeURIComponent(otherId)}`));

export const useConfirmImport = () =>
  usePlanMutation(({ importId, planId, wording }: { importId: string; planId?: string; wording: Record<string, WordingChoice> }) =>
    api.post<ImportResult>(`/api/plan-imports/${encodeURIComponent(importId)}/confirm`, { ...(planId ? { planId } : {}), wording }),
  );

export const useDiscardImport = () => useMutation({ mutationFn: (importId: string) => api.delete(`/api/plan-imports/${encodeURIComponent(importId)}`) });

export const useMapName = () =>
  usePlanMutation((input: { name: string; organisationId: string }) => api.post<{ updated: number }>('/api/plans/name-mappings', input));
