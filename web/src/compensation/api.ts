import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CompensationDecision, CompensationSource, CompensationStatus } from '../../../common/src/repatriation';
import { api } from '../app/api';

export interface CompensationClaim {
  id: string;
  source: CompensationSource;
  claimedOn: string;
  /** Manats as exact decimal strings ("1500.50"). */
  amountClaimed: string;
  decision: CompensationDecision | null;
  decidedOn: string | null;
  amountAwarded: string | null;
  /** `id` and `number` are null for those who do not see the investigation part. */
  proceeding: { id: string | null; number: string | null } | null;
  payments: { id: string; paidOn: string; amount: string }[];
  paid: string;
  status: CompensationStatus;
  revision: number;
}

export interface Compensation {
  claims: CompensationClaim[];
  totals: { claimed: string; awarded: string; paid: string };
  proceedings: { id: string; number: string }[];
  abilities: { claim: boolean; decide: boolean; pay: boolean; linkProceeding: boolean };
}

const enc = encodeURIComponent;
export const compensationKey = (caseId: string) => ['cases', 'detail', caseId, 'compensation'] as const;
export const compensationQuery = (caseId: string) =>
  queryOptions({ queryKey: compensationKey(caseId), queryFn: ({ signal }) => api.get<Compensation>(`/api/cases/${enc(caseId)}/compensation`, signal) });

function useCompensationMutation<TInput, TResult = unknown>(caseId: string, mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: compensationKey(caseId) }), queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId, 'timeline'] })]) });
}

export const useAddClaim = (caseId: string) =>
  useCompensationMutation(caseId, (input: { source: CompensationSource; proceedingId: string | null; claimedOn: string; amountClaimed: string }) =>
    api.post<{ id: string }>(`/api/cases/${enc(caseId)}/compensation-claims`, input));
export const useDecideClaim = (caseId: string) =>
  useCompensationMutation(caseId, ({ id, ...input }: { id: string; revision: number; decision: CompensationDecision; decidedOn: string; amountAwarded: string | null }) =>
    api.put(`/api/compensation-claims/${enc(id)}/decision`, input));
export const useAddPayment = (caseId: string) =>
  useCompensationMutation(caseId, ({ id, ...input }: { id: string; paidOn: string; amount: string }) => api.post<{ id: string }>(`/api/compensation-claims/${enc(id)}/payments`, input));
