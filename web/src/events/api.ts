import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../app/api';
import type { EvaluationInput, EventDetail, EventFilters, EventInput, EventPage, EventSummary, EventTotals } from './types';

export const PAGE_SIZE = 50;

export const eventKeys = {
  all: ['events'] as const,
  list: (filters: EventFilters, page: number) => ['events', 'list', filters, page] as const,
  totals: (filters: EventFilters) => ['events', 'totals', filters] as const,
  detail: (id: string) => ['events', 'detail', id] as const,
};

export const eventListQuery = (filters: EventFilters, page: number) =>
  queryOptions({
    queryKey: eventKeys.list(filters, page),
    queryFn: ({ signal }) => api.get<EventPage>(`/api/events${queryString({ ...filters, page, pageSize: PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
  });

export const eventTotalsQuery = (filters: EventFilters) =>
  queryOptions({
    queryKey: eventKeys.totals(filters),
    queryFn: ({ signal }) => api.get<EventTotals>(`/api/events/totals${queryString(filters)}`, signal),
    placeholderData: keepPreviousData,
  });

export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: eventKeys.detail(id),
    queryFn: ({ signal }) => api.get<EventDetail>(`/api/events/${encodeURIComponent(id)}`, signal),
  });

/** Events the user's body may link a report activity to (decision 021). */
export const linkableEventsQuery = (q: string) =>
  queryOptions({
    queryKey: ['events', 'linkable', q] as const,
    queryFn: ({ signal }) => api.get<{ items: EventSummary[] }>(`/api/events/linkable${queryString({ q: q || undefined })}`, signal),
    placeholderData: keepPreviousData,
  });

function useEventMutation<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.all }) });
}

/** Creates an event, or changes one over the revision the writer saw. */
export const useSaveEvent = (event: { id: string; revision: number } | null) =>
  useEventMutation((input: EventInput) =>
    event ? api.put<EventDetail>(`/api/events/${encodeURIComponent(event.id)}`, { ...input, revision: event.revision }) : api.post<EventDetail>('/api/events', input),
  );

export const useDeleteEvent = () => useEventMutation((id: string) => api.delete(`/api/events/${encodeURIComponent(id)}`));

export const useAddEvaluation = (eventId: string) =>
  useEventMutation((input: EvaluationInput) => api.post<EventDetail>(`/api/events/${encodeURIComponent(eventId)}/evaluations`, input));

export const useDeleteEvaluation = (eventId: string) =>
  useEventMutation((evaluationId: string) => api.delete<EventDetail>(`/api/events/${encodeURIComponent(eventId)}/evaluations/${encodeURIComponent(evaluationId)}`));
