import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api';

export const IDENTIFICATION_DECISIONS = ['identified', 'not_identified', 'more_information'] as const;
export type IdentificationDecision = (typeof IDENTIFICATION_DECISIONS)[number];

export interface Indicator {
  code: string;
  audience: 'general' | 'child';
  text: { az: string; ru: string; en: string };
}

export interface Identification {
  child: boolean;
  checklist: { id: string; version: number; title: string; publishedOn: string; indicators: Indicator[] };
  decisions: {
    id: string;
    decision: IdentificationDecision;
    decidedOn: string;
    indicatorsMet: string[];
    childPath: boolean;
    checklist: { id: string; version: number };
    officer: string;
    organisation: string;
    notes: string | null;
    createdAt: string;
  }[];
  reflection: Reflection | null;
  /** The configured length of a reflection period, offered when one is started. */
  reflectionDays: number | null;
  abilities: { decide: boolean };
}

export const REFLECTION_DECISIONS = ['assistance_continues', 'cooperates_with_proceedings', 'returns_home', 'declined_assistance'] as const;
export type ReflectionDecision = (typeof REFLECTION_DECISIONS)[number];

export interface Reflection {
  id: string;
  startedOn: string;
  days: number;
  endsOn: string;
  decision: ReflectionDecision | null;
  decidedOn: string | null;
  endingSoon: boolean;
  ended: boolean;
}

export interface IdentificationInput {
  checklistId: string;
  decision: IdentificationDecision;
  decidedOn: string;
  indicatorsMet: string[];
  notes: string | null;
}

const enc = encodeURIComponent;
export const identificationKey = (caseId: string) => ['cases', 'detail', caseId, 'identification'] as const;

export const identificationQuery = (caseId: string) =>
  queryOptions({ queryKey: identificationKey(caseId), queryFn: ({ signal }) => api.get<Identification>(`/api/cases/${enc(caseId)}/identification`, signal) });

export function useRecordIdentification(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IdentificationInput) => api.post<{ id: string }>(`/api/cases/${enc(caseId)}/identifications`, input),
    // An 'identified' decision changes the record's status too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId] }),
  });
}

export function useStartReflection(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { startedOn: string; days: number | null }) => api.post<{ id: string }>(`/api/cases/${enc(caseId)}/reflection`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId] }),
  });
}

export function useDecideReflection(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { decision: ReflectionDecision; decidedOn: string }) => api.post<{ ok: true }>(`/api/cases/${enc(caseId)}/reflection/decision`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId] }),
  });
}

export interface ChecklistVersion {
  id: string;
  version: number;
  title: string;
  publishedOn: string;
  publishedBy: string | null;
  indicators: number;
  current: boolean;
}

export interface Checklist {
  id: string;
  version: number;
  title: string;
  publishedOn: string;
  indicators: Indicator[];
}

export interface ChecklistInput {
  title: string;
  publishedOn: string;
  indicators: Indicator[];
}

export const checklistVersionsQuery = queryOptions({
  queryKey: ['identification-checklists'] as const,
  queryFn: ({ signal }) => api.get<{ versions: ChecklistVersion[]; abilities: { publishChecklist: boolean } }>('/api/identification-checklists', signal),
});

export const checklistQuery = (id: string) =>
  queryOptions({ queryKey: ['identification-checklists', id] as const, queryFn: ({ signal }) => api.get<Checklist>(`/api/identification-checklists/${enc(id)}`, signal) });

export function usePublishChecklist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChecklistInput) => api.post<{ id: string; version: number }>('/api/identification-checklists', input),
    // Cases assess against the new version from now on.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['identification-checklists'] }), queryClient.invalidateQueries({ queryKey: ['cases', 'detail'] })]),
  });
}
