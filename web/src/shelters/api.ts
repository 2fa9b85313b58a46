import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ActionStatus, CapacityLevel, ExitReason, InspectionResult, PlaceCategory, PlaceCounts, Region, ServiceKind, ShelterKind,
} from '../../../common/src/shelters';
import { api, queryString } from '../app/api';

export interface BodyRef {
  id: string;
  shortName: string;
  nameAz: string;
}

export interface ShelterAbilities {
  edit: boolean;
  editRegistry: boolean;
  inspect: boolean;
  readInspections: boolean;
  residents: boolean;
  place: boolean;
}

export interface Shelter {
  id: string;
  kind: ShelterKind;
  name: string;
  region: Region;
  operator: BodyRef;
  supervisingBody: BodyRef | null;
  capacity: PlaceCounts;
  occupancy: PlaceCounts;
  level: CapacityLevel;
  nearCapacityPercent: number;
  services: ServiceKind[];
  contactsShown: boolean;
  contacts: string | null;
  active: boolean;
  revision: number;
  openActions: number;
  lastInspectedOn: string | null;
  abilities: ShelterAbilities;
}

export interface ShelterList {
  items: Shelter[];
  abilities: { create: boolean; manageChecklist: boolean };
}

export interface ShelterInput {
  kind: ShelterKind;
  name: string;
  operatorOrgId: string;
  supervisingOrgId: string | null;
  region: Region;
  capacity: PlaceCounts;
  services: ServiceKind[];
  contacts: string | null;
  nearCapacityPercent: number;
  active: boolean;
}

export interface Resident {
  placementId: string;
  caseId: string;
  reference: string;
  name: string | null;
  category: PlaceCategory;
  enteredOn: string;
  overCapacity: boolean;
}

export interface ChecklistItem {
  id: string;
  position: number;
  text: { az: string; ru: string; en: string };
  active: boolean;
}

export interface InspectionAction {
  id: string;
  text: string;
  dueOn: string | null;
  status: ActionStatus;
  doneOn: string | null;
  note: string | null;
  revision: number;
  updatedAt: string;
  updatedBy: string | null;
  abilities: { update: boolean };
}

export interface Inspection {
  id: string;
  inspectedOn: string;
  inspector: BodyRef & { person: string };
  results: { itemId: string; text: { az: string; ru: string; en: string }; result: InspectionResult; comment: string | null }[];
  findings: string;
  actions: InspectionAction[];
}

export interface InspectionInput {
  inspectedOn: string;
  results: { itemId: string; result: InspectionResult; comment: string | null }[];
  findings: string;
  actions: { text: string; dueOn: string | null }[];
}

export interface Placement {
  id: string;
  shelter: { id: string; name: string; region: Region } | null;
  category: PlaceCategory;
  enteredOn: string;
  reason: string;
  overCapacity: boolean;
  overrideReason: string | null;
  transferredFrom: string | null;
  exitedOn: string | null;
  exitReason: ExitReason | null;
  exitNote: string | null;
  placedBy: string;
  current: boolean;
  abilities: { exit: boolean; transfer: boolean };
}

export interface OwnShelter {
  id: string;
  name: string;
  region: Region;
  capacity: PlaceCounts;
  occupancy: PlaceCounts;
  nearCapacityPercent: number;
}

export interface CasePlacements {
  items: Placement[];
  shelters: OwnShelter[];
  derivedCategory: PlaceCategory | null;
  abilities: { place: boolean };
}

export interface ShelterFilters {
  region: string;
  kind: string;
  active: string;
}

export const shelterKeys = {
  all: ['shelters'] as const,
  list: (filters: ShelterFilters) => ['shelters', 'list', filters] as const,
  detail: (id: string) => ['shelters', 'detail', id] as const,
  residents: (id: string) => ['shelters', 'detail', id, 'residents'] as const,
  inspections: (id: string) => ['shelters', 'detail', id, 'inspections'] as const,
  checklist: ['shelters', 'checklist'] as const,
  placements: (caseId: string) => ['cases', 'detail', caseId, 'placements'] as const,
};

const enc = encodeURIComponent;

export const shelterListQuery = (filters: ShelterFilters) =>
  queryOptions({ queryKey: shelterKeys.list(filters), queryFn: ({ signal }) => api.get<ShelterList>(`/api/shelters${queryString({ ...filters })}`, signal) });

export const shelterQuery = (id: string) =>
  queryOptions({ queryKey: shelterKeys.detail(id), queryFn: ({ signal }) => api.get<Shelter>(`/api/shelters/${enc(id)}`, signal) });

export const residentsQuery = (id: string) =>
  queryOptions({ queryKey: shelterKeys.residents(id), queryFn: ({ signal }) => api.get<{ items: Resident[]; notShown: number }>(`/api/shelters/${enc(id)}/residents`, signal) });

export const inspectionsQuery = (id: string) =>
  queryOptions({
    queryKey: shelterKeys.inspections(id),
    queryFn: ({ signal }) => api.get<{ items: Inspection[]; abilities: { inspect: boolean } }>(`/api/shelters/${enc(id)}/inspections`, signal),
  });

export const checklistQuery = queryOptions({
  queryKey: shelterKeys.checklist,
  queryFn: ({ signal }) => api.get<{ items: ChecklistItem[]; abilities: { manage: boolean } }>('/api/shelter-checklist', signal),
});

export const placementsQuery = (caseId: string) =>
  queryOptions({ queryKey: shelterKeys.placements(caseId), queryFn: ({ signal }) => api.get<CasePlacements>(`/api/cases/${enc(caseId)}/placements`, signal) });

/** A change to the registry or a shelter's records: every shelter view is read again. */
function useShelterMutation<TInput, TResult = unknown>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: shelterKeys.all }) });
}

export const useCreateShelter = () => useShelterMutation((input: ShelterInput) => api.post<{ id: string }>('/api/shelters', input));
export const useUpdateShelter = (id: string) => useShelterMutation((input: ShelterInput & { revision: number }) => api.put(`/api/shelters/${enc(id)}`, input));
export const useRecordInspection = (id: string) => useShelterMutation((input: InspectionInput) => api.post<{ id: string }>(`/api/shelters/${enc(id)}/inspections`, input));
export const useUpdateAction = () =>
  useShelterMutation(({ id, ...input }: { id: string; revision: number; status: ActionStatus; doneOn: string | null; note: string | null }) => api.put(`/api/inspection-actions/${enc(id)}`, input));
export const useAddChecklistItem = () => useShelterMutation((input: { textAz: string; textRu: string; textEn: string }) => api.post<{ id: string }>('/api/shelter-checklist', input));
export const useUpdateChecklistItem = () =>
  useShelterMutation(({ id, ...input }: { id: string; textAz: string; textRu: string; textEn: string; active: boolean; position: number }) => api.put(`/api/shelter-checklist/${enc(id)}`, input));

/** A change to a person's placements: the case's placements, and the registry's occupancy, are read again. */
function usePlacementMutation<TInput, TResult = unknown>(caseId: string, mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: shelterKeys.placements(caseId) }), queryClient.invalidateQueries({ queryKey: shelterKeys.all })]),
  });
}

export interface Override {
  reason: string;
}

export const usePlace = (caseId: string) =>
  usePlacementMutation(caseId, (input: { shelterId: string; enteredOn: string; reason: string; category: PlaceCategory | null; override: Override | null }) =>
    api.post<{ id: string }>(`/api/cases/${enc(caseId)}/placements`, input),
  );
export const useExit = (caseId: string) =>
  usePlacementMutation(caseId, ({ id, ...input }: { id: string; exitedOn: string; reason: ExitReason; note: string | null }) => api.post(`/api/placements/${enc(id)}/exit`, input));
export const useTransfer = (caseId: string) =>
  usePlacementMutation(caseId, ({ id, ...input }: { id: string; shelterId: string; on: string; reason: string; override: Override | null }) =>
    api.post<{ id: string }>(`/api/placements/${enc(id)}/transfer`, input),
  );
