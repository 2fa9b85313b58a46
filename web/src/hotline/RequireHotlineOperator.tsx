import type { ReactNode } from 'react';
import { NoAccess } from '../app/RequirePermission';
import { useSession } from '../app/session';

/** The console, the handover and the metrics are the hotline operators' own pages. */
export function RequireHotlineOperator({ children }: { children: ReactNode }) {
  return useSession().user.role === 'hotline_operator' ? <>{children}</> : <NoAccess />;
}

export function useIsHotlineOperator(): boolean {
  return useSession().user.role === 'hotline_operator';
}
