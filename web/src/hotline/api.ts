import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../app/api';
import type {
  Callback, CaseContacts, ConsoleInfo, ContactDetail, ContactInput, ContactReferralInput, ContactSummary, Handover, KnownCaller, Metrics, ReferralResult,
} from './types';

export const CONTACT_PAGE_SIZE = 50;

export interface ContactFilters {
  open: string;
  category: string;
  channel: string;
  mine: string;
  from: string;
  to: string;
}

export const hotlineKeys = {
  all: ['hotline'] as const,
  console: ['hotline', 'console'] as const,
  lists: ['hotline', 'contacts'] as const,
  list: (filters: ContactFilters, page: number) => ['hotline', 'contacts', filters, page] as const,
  contact: (id: string) => ['hotline', 'contact', id] as const,
  callbacks: (status: string, mine: boolean) => ['hotline', 'callbacks', status, mine] as const,
  handover: (hours: number) => ['hotline', 'handover', hours] as const,
  metrics: (from: string, to: string) => ['hotline', 'metrics', from, to] as const,
  caseContacts: (caseId: string) => ['hotline', 'case', caseId] as const,
};

const enc = encodeURIComponent;

export const consoleQuery = queryOptions({
  queryKey: hotlineKeys.console,
  queryFn: ({ signal }) => api.get<ConsoleInfo>('/api/hotline/console', signal),
  staleTime: 5 * 60_000,
});

export const contactListQuery = (filters: ContactFilters, page: number) =>
  queryOptions({
    queryKey: hotlineKeys.list(filters, page),
    queryFn: ({ signal }) =>
      api.get<{ items: ContactSummary[]; total: number }>(`/api/hotline/contacts${queryString({ ...filters, page, pageSize: CONTACT_PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
  });

export const contactQuery = (id: string) =>
  queryOptions({
    queryKey: hotlineKeys.contact(id),
    queryFn: ({ signal }) => api.get<ContactDetail>(`/api/hotline/contacts/${enc(id)}`, signal),
    // Every read of the notes is recorded: not read again on each focus.
    staleTime: 5 * 60_000,
  });

export const callbacksQuery = (status: string, mine: boolean) =>
  queryOptions({
    queryKey: hotlineKeys.callbacks(status, mine),
    queryFn: ({ signal }) => api.get<{ items: Callback[] }>(`/api/hotline/callbacks${queryString({ status, mine: mine ? 'true' : undefined })}`, signal),
    refetchInterval: 60_000,
  });

export const handoverQuery = (hours: number) =>
  queryOptions({
    queryKey: hotlineKeys.handover(hours),
    queryFn: ({ signal }) => api.get<Handover>(`/api/hotline/handover${queryString({ hours })}`, signal),
  });

export const metricsQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: hotlineKeys.metrics(from, to),
    queryFn: ({ signal }) => api.get<Metrics>(`/api/hotline/metrics${queryString({ from, to })}`, signal),
    placeholderData: keepPreviousData,
  });

export const caseContactsQuery = (caseId: string) =>
  queryOptions({
    queryKey: hotlineKeys.caseContacts(caseId),
    queryFn: ({ signal }) => api.get<CaseContacts>(`/api/cases/${enc(caseId)}/hotline-contacts`, signal),
    retry: false,
  });

export function knownCaller(phone: string, contactId: string | null) {
  return api.post<KnownCaller>('/api/hotline/known-caller', { phone, contactId });
}

/** A change to contacts: lists, the handover and the contact itself are read again. */
function useHotlineMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: hotlineKeys.all }) });
}

export const useCreateContact = () =>
  useHotlineMutation((input: ContactInput) => api.post<{ id: string; reference: string; revision: number }>('/api/hotline/contacts', input));

export const useUpdateContact = (id: string) =>
  useHotlineMutation((input: ContactInput & { revision: number }) => api.put<{ revision: number }>(`/api/hotline/contacts/${enc(id)}`, input));

export function useReferContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ContactReferralInput }) => api.post<ReferralResult>(`/api/hotline/contacts/${enc(id)}/referral`, input),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: hotlineKeys.all }), queryClient.invalidateQueries({ queryKey: ['cases'] })]),
  });
}

export const useAddCallback = (contactId: string) =>
  useHotlineMutation((input: { dueAt: string; assignedTo: string | null; note: string | null }) =>
    api.post<{ id: string }>(`/api/hotline/contacts/${enc(contactId)}/callbacks`, input),
  );

export const useCloseCallback = () =>
  useHotlineMutation(({ id, status }: { id: string; status: 'done' | 'not_done' }) => api.post(`/api/hotline/callbacks/${enc(id)}/status`, { status }));
