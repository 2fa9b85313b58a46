import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../app/api';
import { caseKeys } from '../cases/api';
import type { CaseReferrals, Inbox, InboxFilters, ReferralInput, ReferralMove, ReferralStatus } from './types';

export const INBOX_PAGE_SIZE = 50;

export const referralKeys = {
  all: ['referrals'] as const,
  inbox: (filters: InboxFilters, page: number) => ['referrals', 'inbox', filters, page] as const,
  ofCase: (caseId: string) => ['referrals', 'case', caseId] as const,
};

const enc = encodeURIComponent;

export const inboxQuery = (filters: InboxFilters, page: number) =>
  queryOptions({
    queryKey: referralKeys.inbox(filters, page),
    queryFn: ({ signal }) => api.get<Inbox>(`/api/referrals${queryString({ ...filters, page, pageSize: INBOX_PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
    // Referrals arrive while the inbox is open.
    refetchInterval: 60_000,
  });

export const caseReferralsQuery = (caseId: string) =>
  queryOptions({
    queryKey: referralKeys.ofCase(caseId),
    queryFn: ({ signal }) => api.get<CaseReferrals>(`/api/cases/${enc(caseId)}/referrals`, signal),
  });

/** After any change to a referral: inboxes, the case's referrals and the case (its access may have ended), and the tasks. */
function useReferralMutation<TInput, TResult = unknown>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.all }),
        queryClient.invalidateQueries({ queryKey: caseKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      ]),
  });
}

export const useSendReferral = (caseId: string) =>
  useReferralMutation((input: ReferralInput) => api.post<{ id: string }>(`/api/cases/${enc(caseId)}/referrals`, input));

/** A step, decided on the state the person saw (`expected`): if someone else moved it since, nothing happens and they are told. */
export const useMoveReferral = () =>
  useReferralMutation(({ referralId, status, expected, reason }: { referralId: string; status: ReferralMove; expected: ReferralStatus; reason?: string }) =>
    api.post<{ ok: true; status: string }>(`/api/case-referrals/${enc(referralId)}/status`, { status, expected, reason: reason ?? null }),
  );
