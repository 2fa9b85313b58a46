import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../app/api';
import type {
  AssessmentDetail,
  Comparison,
  CycleGrid,
  CycleList,
  Draft,
  DraftCandidates,
  DraftItemInput,
  DraftSummary,
  Framework,
  IndicatorKind,
  RatingInput,
  Recommendation,
  RecommendationInput,
  RecommendationList,
} from './types';

const enc = encodeURIComponent;

export const indicatorKeys = {
  all: ['indicators'] as const,
  framework: ['indicators', 'framework'] as const,
  cycles: ['indicators', 'cycles'] as const,
  cycle: (id: string) => ['indicators', 'cycle', id] as const,
  assessment: (cycleId: string, indicatorId: string) => ['indicators', 'assessment', cycleId, indicatorId] as const,
  comparison: (cycleIds: string) => ['indicators', 'comparison', cycleIds] as const,
  recommendations: ['recommendations'] as const,
  recommendationList: (filters: Record<string, string>) => ['recommendations', 'list', filters] as const,
  drafts: ['draft-plans'] as const,
  draft: (id: string) => ['draft-plans', 'detail', id] as const,
  candidates: (planId: string) => ['draft-plans', 'candidates', planId] as const,
};

export const frameworkQuery = queryOptions({
  queryKey: indicatorKeys.framework,
  queryFn: ({ signal }) => api.get<Framework>('/api/indicator-framework', signal),
});

export const cycleListQuery = queryOptions({
  queryKey: indicatorKeys.cycles,
  queryFn: ({ signal }) => api.get<CycleList>('/api/assessment-cycles', signal),
});

export const cycleQuery = (id: string) =>
  queryOptions({
    queryKey: indicatorKeys.cycle(id),
    queryFn: ({ signal }) => api.get<CycleGrid>(`/api/assessment-cycles/${enc(id)}`, signal),
  });

export const assessmentQuery = (cycleId: string, indicatorId: string) =>
  queryOptions({
    queryKey: indicatorKeys.assessment(cycleId, indicatorId),
    queryFn: ({ signal }) => api.get<AssessmentDetail>(`/api/assessment-cycles/${enc(cycleId)}/indicators/${enc(indicatorId)}`, signal),
  });

/** `cycleIds`: comma-separated, or '' for every cycle the reader may see. */
export const comparisonQuery = (cycleIds: string) =>
  queryOptions({
    queryKey: indicatorKeys.comparison(cycleIds),
    queryFn: ({ signal }) => api.get<Comparison>(`/api/assessment-comparison${queryString({ cycleIds })}`, signal),
    placeholderData: keepPreviousData,
  });

export const recommendationListQuery = (filters: Record<string, string>) =>
  queryOptions({
    queryKey: indicatorKeys.recommendationList(filters),
    queryFn: ({ signal }) => api.get<RecommendationList>(`/api/recommendations${queryString(filters)}`, signal),
    placeholderData: keepPreviousData,
  });

export const draftListQuery = queryOptions({
  queryKey: indicatorKeys.drafts,
  queryFn: ({ signal }) => api.get<{ items: DraftSummary[]; abilities: { create: boolean } }>('/api/draft-plans', signal),
});

export const draftQuery = (id: string) =>
  queryOptions({
    queryKey: indicatorKeys.draft(id),
    queryFn: ({ signal }) => api.get<Draft>(`/api/draft-plans/${enc(id)}`, signal),
  });

export const candidatesQuery = (planId: string) =>
  queryOptions({
    queryKey: indicatorKeys.candidates(planId),
    queryFn: ({ signal }) => api.get<DraftCandidates>(`/api/draft-plans/candidates${queryString({ planId })}`, signal),
  });

export const draftExportUrl = (id: string) => `/api/draft-plans/${enc(id)}/export.docx`;

/** A change after which the framework, the cycles and the comparison are read again. */
function useIndicatorMutation<TInput, TResult = void>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }) });
}

export const useCreateArea = () => useIndicatorMutation((input: { code: string; title: string; needsImprovement: boolean | null }) => api.post<{ id: string }>('/api/indicator-areas', input));
export const useSaveArea = () =>
  useIndicatorMutation(({ id, ...input }: { id: string; code: string; title: string; needsImprovement: boolean | null }) => api.put(`/api/indicator-areas/${enc(id)}`, input));
export const useAddIndicator = () =>
  useIndicatorMutation(({ areaId, ...input }: { areaId: string; kind: IndicatorKind; level: number; text: string; needsImprovement: boolean | null }) =>
    api.post<{ id: string }>(`/api/indicator-areas/${enc(areaId)}/indicators`, input),
  );
export const useSaveIndicator = () =>
  useIndicatorMutation(({ id, ...input }: { id: string; text: string; needsImprovement: boolean | null }) => api.put(`/api/indicators/${enc(id)}`, input));
export const useDeleteIndicator = () => useIndicatorMutation((id: string) => api.delete(`/api/indicators/${enc(id)}`));

export const useCreateCycle = () =>
  useIndicatorMutation((input: { title: string; year: number | null; description: string }) => api.post<{ id: string }>('/api/assessment-cycles', input));
export const useSaveCycle = () =>
  useIndicatorMutation(({ id, ...input }: { id: string; title: string; year: number | null; description: string }) => api.put(`/api/assessment-cycles/${enc(id)}`, input));
export const usePublishCycle = () =>
  useIndicatorMutation(({ id, publish }: { id: string; publish: boolean }) => api.post(`/api/assessment-cycles/${enc(id)}/${publish ? 'publish' : 'unpublish'}`));
export const useRateIndicator = (cycleId: string, indicatorId: string) =>
  useIndicatorMutation((input: RatingInput) => api.put<AssessmentDetail>(`/api/assessment-cycles/${enc(cycleId)}/indicators/${enc(indicatorId)}`, input));

function useRecommendationMutation<TInput, TResult = void>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: indicatorKeys.recommendations }), queryClient.invalidateQueries({ queryKey: indicatorKeys.drafts })]),
  });
}

export const useSaveRecommendation = () =>
  useRecommendationMutation(({ id, input }: { id: string | null; input: RecommendationInput }) =>
    id ? api.put<Recommendation>(`/api/recommendations/${enc(id)}`, input) : api.post<Recommendation>('/api/recommendations', input),
  );
export const useDeleteRecommendation = () => useRecommendationMutation((id: string) => api.delete(`/api/recommendations/${enc(id)}`));

function useDraftMutation<TInput, TResult = void>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.drafts }) });
}

export const useCreateDraft = () =>
  useDraftMutation(
    (input: { title: string; planId: string | null; periodFrom: number | null; periodTo: number | null; measureIds: string[]; recommendationIds: string[] }) =>
      api.post<{ id: string }>('/api/draft-plans', input),
  );
export const useSaveDraft = (id: string) =>
  useDraftMutation((input: { title: string; periodFrom: number | null; periodTo: number | null; sections: { id: string; code: string; title: string }[] }) =>
    api.put(`/api/draft-plans/${enc(id)}`, input),
  );
export const useDeleteDraft = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/draft-plans/${enc(id)}`),
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: indicatorKeys.draft(id) });
      await queryClient.invalidateQueries({ queryKey: indicatorKeys.drafts });
    },
  });
};
export const useSaveDraftItem = (draftId: string) =>
  useDraftMutation(
    async ({ itemId, input }: { itemId: string | null; input: DraftItemInput }): Promise<void> =>
      void (itemId ? await api.put(`/api/draft-plans/${enc(draftId)}/items/${enc(itemId)}`, input) : await api.post<{ id: string }>(`/api/draft-plans/${enc(draftId)}/items`, input)),
  );
export const useMoveDraftItem = (draftId: string) =>
  useDraftMutation(({ itemId, direction }: { itemId: string; direction: 'up' | 'down' }) => api.post(`/api/draft-plans/${enc(draftId)}/items/${enc(itemId)}/move`, { direction }));
export const useDeleteDraftItem = (draftId: string) => useDraftMutation((itemId: string) => api.delete(`/api/draft-plans/${enc(draftId)}/items/${enc(itemId)}`));
