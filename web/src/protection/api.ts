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
  abilities: { decide: boolean };
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
