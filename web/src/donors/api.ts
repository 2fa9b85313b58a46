import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../app/api';
import type { Donor, DonorInput, DonorList, Resources, SupportInput } from './types';

export const donorKeys = {
  all: ['donors'] as const,
  list: (filters: { q: string; kind: string }) => ['donors', 'list', filters] as const,
  detail: (id: string) => ['donors', 'detail', id] as const,
  resources: (filters: Record<string, string>) => ['donors', 'resources', filters] as const,
};

export const donorListQuery = (filters: { q: string; kind: string }) =>
  queryOptions({
    queryKey: donorKeys.list(filters),
    queryFn: ({ signal }) => api.get<DonorList>(`/api/donors${queryString(filters)}`, signal),
    placeholderData: keepPreviousData,
  });

export const donorQuery = (id: string) =>
  queryOptions({
    queryKey: donorKeys.detail(id),
    queryFn: ({ signal }) => api.get<Donor>(`/api/donors/${encodeURIComponent(id)}`, signal),
  });

export const resourcesQuery = (filters: { periodId: string; organisationId: string; kind: string; section: string }) =>
  queryOptions({
    queryKey: donorKeys.resources(filters),
    queryFn: ({ signal }) => api.get<Resources>(`/api/resources${queryString(filters)}`, signal),
    enabled: Boolean(filters.periodId),
    placeholderData: keepPreviousData,
  });

function useDonorMutation<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: donorKeys.all }) });
}

export const useSaveDonor = (id: string | null) =>
  useDonorMutation((input: DonorInput) => (id ? api.put<Donor>(`/api/donors/${encodeURIComponent(id)}`, input) : api.post<Donor>('/api/donors', input)));

export const useDeleteDonor = () => useDonorMutation((id: string) => api.delete(`/api/donors/${encodeURIComponent(id)}`));

/** Adds a support to a donor, or changes one. */
export const useSaveSupport = (donorId: string, supportId: string | null) =>
  useDonorMutation((input: SupportInput) =>
    supportId ? api.put<Donor>(`/api/supports/${encodeURIComponent(supportId)}`, input) : api.post<Donor>(`/api/donors/${encodeURIComponent(donorId)}/supports`, input),
  );

export const useDeleteSupport = () => useDonorMutation((id: string) => api.delete(`/api/supports/${encodeURIComponent(id)}`));

export const useMatchNeed = () =>
  useDonorMutation((input: { entryId: string; position: number; supportId: string; note: string }) => api.post<{ id: string }>('/api/resources/matches', input));

export const useUnmatchNeed = () => useDonorMutation((id: string) => api.delete(`/api/resources/matches/${encodeURIComponent(id)}`));
