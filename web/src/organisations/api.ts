import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { compareAz } from '../../../common/src/collation';
import type { OrganisationKind } from '../../../common/src/roles';
import { api, queryString, type Page } from '../app/api';

export interface Organisation {
  id: string;
  nameAz: string;
  shortName: string;
  nameRu: string;
  nameEn: string;
  kind: OrganisationKind;
  aliases: string[];
  active: boolean;
  userCount: number;
  abilities: { update: boolean; delete: boolean };
}

export interface OrganisationPage extends Page<Organisation> {
  abilities: { create: boolean };
}

export interface OrganisationInput {
  nameAz: string;
  shortName: string;
  nameRu: string;
  nameEn: string;
  kind: OrganisationKind;
  aliases: string[];
  active?: boolean;
}

export interface OrganisationFilters {
  q: string;
  kind: string;
  active: string;
}

export const PAGE_SIZE = 50;
/** The largest page the server serves. */
const MAX_PAGE_SIZE = 200;

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (filters: OrganisationFilters, page: number) => ['organisations', 'list', filters, page] as const,
  options: ['organisations', 'options'] as const,
};

export const organisationListQuery = (filters: OrganisationFilters, page: number) =>
  queryOptions({
    queryKey: organisationKeys.list(filters, page),
    queryFn: ({ signal }) =>
      api.get<OrganisationPage>(`/api/organisations${queryString({ ...filters, page, pageSize: PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
  });

/** Every organisation (all pages), for pickers; sorted in Azerbaijani order. */
export const organisationOptionsQuery = queryOptions({
  queryKey: organisationKeys.options,
  queryFn: async ({ signal }) => {
    const items: Organisation[] = [];
    for (let page = 1; ; page++) {
      const data = await api.get<OrganisationPage>(`/api/organisations${queryString({ page, pageSize: MAX_PAGE_SIZE })}`, signal);
      items.push(...data.items);
      if (data.items.length === 0 || items.length >= data.total) break;
    }
    return items.sort((a, b) => compareAz(a.nameAz, b.nameAz));
  },
  staleTime: 5 * 60_000,
});

export function useSaveOrganisation(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationInput) =>
      id ? api.put<Organisation>(`/api/organisations/${id}`, input) : api.post<Organisation>('/api/organisations', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}

export function useDeleteOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/organisations/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}
