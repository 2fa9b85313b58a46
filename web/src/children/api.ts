import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BestInterestsRecommendation, GuardianRelation } from '../../../common/src/children';
import { api } from '../app/api';

export interface Guardian {
  name: string;
  relation: GuardianRelation | null;
  contact: string | null;
  appointedOn: string | null;
  appointedBy: string | null;
}

export interface ChildProtectionRecord {
  id: string;
  revision: number;
  updatedAt: string;
  guardian: Guardian | null;
  protectionBody: { id: string; shortName: string } | null;
  protectionBodyName: string | null;
}

export interface BestInterestsAssessment {
  id: string;
  assessedOn: string;
  assessedBy: string;
  summary: string;
  recommendation: BestInterestsRecommendation;
  reviewOn: string | null;
  recordedBy: string;
  createdAt: string;
}

export interface ChildProtection {
  child: boolean;
  record: ChildProtectionRecord | null;
  assessments: BestInterestsAssessment[];
  reviewDue: boolean;
  abilities: { saveProtection: boolean; addAssessment: boolean };
}

export interface ChildProtectionInput {
  revision?: number;
  guardianName: string | null;
  guardianRelation: GuardianRelation | null;
  guardianContact: string | null;
  guardianAppointedOn: string | null;
  guardianAppointedBy: string | null;
  protectionOrgId: string | null;
  protectionBodyName: string | null;
}

export interface BestInterestsInput {
  assessedOn: string;
  assessedBy: string;
  summary: string;
  recommendation: BestInterestsRecommendation;
  reviewOn: string | null;
}

const enc = encodeURIComponent;

export const childProtectionQuery = (caseId: string) =>
  queryOptions({
    queryKey: ['cases', 'detail', caseId, 'child-protection'] as const,
    queryFn: ({ signal }) => api.get<ChildProtection>(`/api/cases/${enc(caseId)}/child-protection`, signal),
  });

export function useSaveChildProtection(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChildProtectionInput) => api.put<{ id: string }>(`/api/cases/${enc(caseId)}/child-protection`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId] }),
  });
}

export function useAddBestInterests(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BestInterestsInput) => api.post<{ id: string }>(`/api/cases/${enc(caseId)}/best-interests-assessments`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId] }),
  });
}
