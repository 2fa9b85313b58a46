import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { RepatriationDirection, RepatriationStatus, StepKind, StepStatus, TravelMeans } from '../../../common/src/repatriation';
import { api } from '../app/api';

export interface RepatriationStep {
  id: string;
  kind: StepKind;
  position: number;
  status: StepStatus;
  plannedOn: string | null;
  doneOn: string | null;
  bodyName: string | null;
  document: string | null;
  means: TravelMeans | null;
  escorted: boolean | null;
  note: string | null;
  revision: number;
}

export interface Repatriation {
  id: string;
  direction: RepatriationDirection;
  country: string;
  status: RepatriationStatus;
  openedOn: string;
  completedOn: string | null;
  cancelledOn: string | null;
  cancelReason: string | null;
  revision: number;
  steps: RepatriationStep[];
}

export interface Repatriations {
  repatriations: Repatriation[];
  abilities: { open: boolean; updateStep: boolean; cancel: boolean };
}

export interface StepUpdate {
  revision: number;
  plannedOn: string | null;
  doneOn: string | null;
  bodyName: string | null;
  document: string | null;
  means: TravelMeans | null;
  escorted: boolean | null;
  note: string | null;
}

const enc = encodeURIComponent;
export const repatriationKey = (caseId: string) => ['cases', 'detail', caseId, 'repatriations'] as const;
export const repatriationQuery = (caseId: string) =>
  queryOptions({ queryKey: repatriationKey(caseId), queryFn: ({ signal }) => api.get<Repatriations>(`/api/cases/${enc(caseId)}/repatriations`, signal) });

function useRepatriationMutation<TInput, TResult = unknown>(caseId: string, mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: repatriationKey(caseId) }), queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId, 'timeline'] })]) });
}

export const useOpenRepatriation = (caseId: string) =>
  useRepatriationMutation(caseId, (input: { direction: RepatriationDirection; country: string; openedOn: string }) => api.post<{ id: string }>(`/api/cases/${enc(caseId)}/repatriations`, input));
export const useUpdateStep = (caseId: string) => useRepatriationMutation(caseId, ({ id, ...input }: StepUpdate & { id: string }) => api.put<{ status: string }>(`/api/repatriation-steps/${enc(id)}`, input));
export const useCancelRepatriation = (caseId: string) =>
  useRepatriationMutation(caseId, ({ id, ...input }: { id: string; revision: number; cancelledOn: string; reason: string }) => api.post(`/api/repatriations/${enc(id)}/cancel`, input));
