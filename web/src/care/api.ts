import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { GoalArea, GoalStatus, PlanStatus, ServiceKind, ServiceStatus } from '../../../common/src/shelters';
import { api } from '../app/api';

export interface CareService {
  id: string;
  kind: ServiceKind;
  status: ServiceStatus;
  requestedOn: string;
  requestedBy: { id: string; shortName: string };
  details: string | null;
  provider: { id: string; shortName: string } | null;
  providerName: string | null;
  startedOn: string | null;
  completedOn: string | null;
  outcome: string | null;
  revision: number;
  updatedAt: string;
}

export interface Goal {
  id: string;
  area: GoalArea;
  text: string;
  targetOn: string | null;
  status: GoalStatus;
  revision: number;
  responsible: { id: string; shortName: string } | null;
}

export interface Review {
  id: string;
  heldOn: string;
  summary: string;
  nextReviewOn: string | null;
  reviewedBy: string;
  createdAt: string;
}

export interface CarePlan {
  id: string;
  status: PlanStatus;
  startedOn: string;
  nextReviewOn: string | null;
  revision: number;
  responsible: { id: string; shortName: string };
  reviewDue: boolean;
  goals: Goal[];
  reviews: Review[];
}

export interface Care {
  services: CareService[];
  plan: CarePlan | null;
  abilities: { requestService: boolean; updateService: boolean; editPlan: boolean; addGoal: boolean; updateGoal: boolean; addReview: boolean };
}

export interface ServiceRequest {
  kind: ServiceKind;
  requestedOn: string;
  details: string | null;
  providerOrgId: string | null;
  providerName: string | null;
}

export interface ServiceUpdate {
  revision: number;
  status: ServiceStatus;
  details: string | null;
  providerOrgId: string | null;
  providerName: string | null;
  startedOn: string | null;
  completedOn: string | null;
  outcome: string | null;
}

export interface PlanInput {
  revision?: number;
  status: PlanStatus;
  startedOn: string;
  responsibleOrgId: string;
  nextReviewOn: string | null;
}

export interface GoalInput {
  area: GoalArea;
  text: string;
  responsibleOrgId: string | null;
  targetOn: string | null;
  status: GoalStatus;
}

const enc = encodeURIComponent;
export const careKey = (caseId: string) => ['cases', 'detail', caseId, 'care'] as const;

export const careQuery = (caseId: string) => queryOptions({ queryKey: careKey(caseId), queryFn: ({ signal }) => api.get<Care>(`/api/cases/${enc(caseId)}/care`, signal) });

function useCareMutation<TInput, TResult = unknown>(caseId: string, mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: careKey(caseId) }) });
}

export const useRequestService = (caseId: string) => useCareMutation(caseId, (input: ServiceRequest) => api.post<{ id: string }>(`/api/cases/${enc(caseId)}/services`, input));
export const useUpdateService = (caseId: string) => useCareMutation(caseId, ({ id, ...input }: ServiceUpdate & { id: string }) => api.put(`/api/case-services/${enc(id)}`, input));
export const useSavePlan = (caseId: string) => useCareMutation(caseId, (input: PlanInput) => api.put<{ id: string }>(`/api/cases/${enc(caseId)}/care-plan`, input));
export const useAddGoal = (caseId: string) => useCareMutation(caseId, (input: GoalInput) => api.post<{ id: string }>(`/api/cases/${enc(caseId)}/care-plan/goals`, input));
export const useUpdateGoal = (caseId: string) => useCareMutation(caseId, ({ id, ...input }: GoalInput & { id: string; revision: number }) => api.put(`/api/care-plan-goals/${enc(id)}`, input));
export const useAddReview = (caseId: string) =>
  useCareMutation(caseId, (input: { heldOn: string; summary: string; nextReviewOn: string | null }) => api.post<{ id: string }>(`/api/cases/${enc(caseId)}/care-plan/reviews`, input));
