import { queryOptions } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Locale, Permission, Role } from '../../../common/src/roles';
import { api } from './api';

export interface OrganisationNames {
  id: string;
  nameAz: string;
  shortName: string;
  nameRu: string;
  nameEn: string;
}

export interface SessionUser {
  id: string;
  login: string;
  fullName: string;
  email: string | null;
  role: Role;
  locale: Locale;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  organisation: OrganisationNames;
}

export interface Session {
  user: SessionUser;
  permissions: Permission[];
  requiresSecondFactor: boolean;
}

export const SESSION_KEY = ['session'] as const;

export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: ({ signal }) => api.get<Session>('/api/session', signal),
  staleTime: 5 * 60_000,
});

const SessionContext = createContext<Session | null>(null);
export const SessionProvider = SessionContext.Provider;

/** The signed-in person; only inside the part of the app behind the session gate. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Whether the session is signed in at all (the language switch works on the login page too). */
export function useOptionalSession(): Session | null {
  return useContext(SessionContext);
}

export function useCan(permission: Permission): boolean {
  return useSession().permissions.includes(permission);
}
