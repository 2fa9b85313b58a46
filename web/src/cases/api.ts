import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../app/api';
import type {
  AccessLogEntry,
  AccessRequest,
  CaseDetail,
  CaseFilters,
  CaseList,
  ConsentInput,
  CreateCaseInput,
  Duplicates,
  HeaderInput,
  IdentityInput,
  Level,
  AssessmentKind,
  NotePart,
  PerpetratorInput,
  PersonSummary,
  ProceedingInput,
  SearchQuery,
  VictimInput,
} from './types';

export const CASE_PAGE_SIZE = 50;

export const caseKeys = {
  all: ['cases'] as const,
  lists: ['cases', 'list'] as const,
  list: (filters: CaseFilters, page: number) => ['cases', 'list', filters, page] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  accessLog: (id: string) => ['cases', 'detail', id, 'access-log'] as const,
  duplicates: (id: string) => ['cases', 'detail', id, 'duplicates'] as const,
  search: (query: SearchQuery) => ['cases', 'search', query] as const,
  access: ['cases', 'access'] as const,
};

const enc = encodeURIComponent;

export const caseListQuery = (filters: CaseFilters, page: number) =>
  queryOptions({
    queryKey: caseKeys.list(filters, page),
    queryFn: ({ signal }) => api.get<CaseList>(`/api/cases${queryString({ ...filters, page, pageSize: CASE_PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
  });

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => api.get<CaseDetail>(`/api/cases/${enc(id)}`, signal),
  });

export const accessLogQuery = (id: string) =>
  queryOptions({
    queryKey: caseKeys.accessLog(id),
    queryFn: ({ signal }) => api.get<{ items: AccessLogEntry[] }>(`/api/cases/${enc(id)}/access-log`, signal),
  });

export const duplicatesQuery = (id: string) =>
  queryOptions({
    queryKey: caseKeys.duplicates(id),
    queryFn: ({ signal }) => api.get<Duplicates>(`/api/cases/${enc(id)}/duplicates`, signal),
  });

/** Search across the whole database: a minimal summary of each match. */
export const caseSearchQuery = (query: SearchQuery) =>
  queryOptions({
    queryKey: caseKeys.search(query),
    queryFn: ({ signal }) => api.get<{ items: PersonSummary[] }>(`/api/case-search${queryString({ ...query })}`, signal),
    // Every search is recorded; the same question is not asked again on each focus.
    staleTime: 60_000,
  });

export const accessRequestsQuery = queryOptions({
  queryKey: caseKeys.access,
  queryFn: ({ signal }) => api.get<{ items: AccessRequest[] }>('/api/case-access', signal),
});

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCaseInput) => api.post<{ id: string; reference: string; duplicates: number }>('/api/cases', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.lists }),
  });
}

/** A change to one case: the case (and its panels) and the lists are read again. */
function useCaseMutation<TInput, TResult = unknown>(caseId: string, mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.lists }),
      ]),
  });
}

const base = (id: string) => `/api/cases/${enc(id)}`;

export const useUpdateHeader = (id: string) => useCaseMutation(id, (input: HeaderInput) => api.put(base(id), input));
export const useUpdateIdentity = (id: string) =>
  useCaseMutation(id, (input: { revision: number; person: IdentityInput }) => api.put(`${base(id)}/person`, input));
export const useUpdateVictim = (id: string) =>
  useCaseMutation(id, (input: { revision: number; victim: VictimInput }) => api.put(`${base(id)}/victim`, input));
export const useAddNote = (id: string) => useCaseMutation(id, (input: { part: NotePart; body: string }) => api.post(`${base(id)}/notes`, input));
export const useAddConsent = (id: string) => useCaseMutation(id, (input: ConsentInput) => api.post(`${base(id)}/consents`, input));
export const useAddAssessment = (id: string) =>
  useCaseMutation(id, (input: { kind: AssessmentKind; assessedOn: string; level: Level; body: string }) => api.post(`${base(id)}/assessments`, input));
export const useAddPerpetrator = (id: string) => useCaseMutation(id, (input: PerpetratorInput) => api.post(`${base(id)}/perpetrators`, input));
export const useSaveProceeding = (id: string) =>
  useCaseMutation(id, ({ existing, input }: { existing: { id: string; revision: number } | null; input: ProceedingInput }) =>
    existing
      ? api.put(`${base(id)}/proceedings/${enc(existing.id)}`, { ...input, revision: existing.revision })
      : api.post(`${base(id)}/proceedings`, input),
  );

export function useEmergencyAccess(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.post<{ id: string }>(`${base(id)}/emergency-access`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function useRequestAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, reason }: { caseId: string; reason: string }) => api.post<{ id: string }>(`${base(caseId)}/access-requests`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.access }),
  });
}

export function useDecideAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ grantId, decision, expiresOn }: { grantId: string; decision: 'granted' | 'refused' | 'revoked'; expiresOn: string | null }) =>
      api.post(`/api/case-access/${enc(grantId)}/decision`, { decision, expiresOn }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function useReviewEmergency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) => api.post(`/api/case-access/${enc(grantId)}/review`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.access }),
  });
}

/** Duplicates change the case's cluster: the panel and the case are read again. */
function useDuplicateMutation<TInput, TResult = unknown>(caseId: string, mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }) });
}

export const useRefreshDuplicates = (id: string) => useDuplicateMutation(id, () => api.post<{ found: number }>(`${base(id)}/duplicates/refresh`));
export const useDecideDuplicate = (id: string) =>
  useDuplicateMutation(id, ({ personId, decision }: { personId: string; decision: 'merge' | 'dismiss' }) =>
    api.post(`${base(id)}/duplicates/${enc(personId)}`, { decision }),
  );
export const useUndoMerge = (id: string) => useDuplicateMutation(id, (mergeId: string) => api.post(`${base(id)}/merges/${enc(mergeId)}/undo`));
