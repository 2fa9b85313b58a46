import { useQuery } from '@tanstack/react-query';
import { periodListQuery } from './api';

/** Where "My tasks" lives: the open reporting period ending last, or the list of periods. */
export function useMyTasksPath(enabled: boolean): string {
  const periods = useQuery({ ...periodListQuery, enabled });
  const open = (periods.data?.items ?? []).filter((p) => p.status === 'open');
  const latest = open.sort((a, b) => b.endsOn.localeCompare(a.endsOn))[0];
  return latest ? `/reports/${latest.id}` : '/reports';
}
