import type { ReactNode } from 'react';
import { NoAccess } from '../app/RequirePermission';
import { useSession } from '../app/session';
import { takesPartInMeetings } from './access';

/** Meetings and action items are for the roles that act for a body (see ./access.ts). */
export function RequireMeetings({ children }: { children: ReactNode }) {
  return takesPartInMeetings(useSession().user.role) ? <>{children}</> : <NoAccess />;
}
