import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../app/api';
import { caseQuery } from './api';
import type { CaseDetail } from './types';

/**
 * A save on top of a revision someone else has moved on: the case is read again (so the page
 * shows the current version), the form keeps the person's values, and the next save goes on top
 * of the version now shown — never silently over it.
 */
export function useConflictReload(caseId: string, revisionOf: (detail: CaseDetail) => number | undefined, initial: number) {
  const queryClient = useQueryClient();
  const [revision, setRevision] = useState(initial);
  const [conflict, setConflict] = useState(false);

  /** Returns whether the error was a conflict (handled here). */
  const handle = async (error: unknown): Promise<boolean> => {
    if (!isApiError(error, 'CASE_CONFLICT')) return false;
    const fresh = await queryClient.fetchQuery({ ...caseQuery(caseId), staleTime: 0 });
    setRevision(revisionOf(fresh) ?? revision);
    setConflict(true);
    return true;
  };

  return { revision, conflict, handle, clear: () => setConflict(false) };
}
