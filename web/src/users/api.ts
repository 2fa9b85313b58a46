import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale, Role } from '../../../common/src/roles';
import { api, queryString, type Page } from '../app/api';
import { SESSION_KEY } from '../app/session';

export interface User {
  id: string;
  login: string;
  fullName: string;
  email: string | null;
  role: Role;
  locale: Locale;
  active: boolean;
  totpEnabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  organisation: { id: string; shortName: string; nameAz: string };
  abilities: { update: boolean };
}

export interface UserPage extends Page<User> {
  abilities: { create: boolean };
}

export interface UserUpdate {
  fullName: string;
  email: string | null;
  organisationId: string;
  role: Role;
  locale: Locale;
  active: boolean;
}

export interface UserCreate extends Omit<UserUpdate, 'active' | 'email'> {
  login: string;
  email?: string;
  password: string;
}

export interface UserFilters {
  q: string;
  organisationId: string;
  role: string;
  active: string;
}

export const PAGE_SIZE = 50;

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters, page: number) => ['users', 'list', filters, page] as const,
  one: (id: string) => ['users', 'one', id] as const,
  lookup: (q: string) => ['users', 'lookup', q] as const,
};

export const userListQuery = (filters: UserFilters, page: number) =>
  queryOptions({
    queryKey: userKeys.list(filters, page),
    queryFn: ({ signal }) => api.get<UserPage>(`/api/users${queryString({ ...filters, page, pageSize: PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
  });

export const userQuery = (id: string) =>
  queryOptions({
    queryKey: userKeys.one(id),
    queryFn: ({ signal }) => api.get<User>(`/api/users/${id}`, signal),
  });

export function isLocked(user: Pick<User, 'lockedUntil'>, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}

/** The body of PUT /api/users/:id from what is known about the user. */
export function toUpdate(user: User): UserUpdate {
  return {
    fullName: user.fullName,
    email: user.email,
    organisationId: user.organisation.id,
    role: user.role,
    locale: user.locale,
    active: user.active,
  };
}

/** Mutations on users: each refreshes the lists (and the session, in case it is one's own account). */
function useUserMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['organisations'] }), // user counts
        queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
      ]);
    },
  });
}

export const useCreateUser = () => useUserMutation((input: UserCreate) => api.post<User>('/api/users', input));
export const useUpdateUser = () =>
  useUserMutation(({ id, input }: { id: string; input: UserUpdate }) => api.put<User>(`/api/users/${id}`, input));
export const useResetPassword = () =>
  useUserMutation(({ id, password }: { id: string; password: string }) => api.post(`/api/users/${id}/password`, { password }));
export const useUnlockUser = () => useUserMutation((id: string) => api.post(`/api/users/${id}/unlock`));
export const useResetTotp = () => useUserMutation((id: string) => api.post(`/api/users/${id}/reset-totp`));
