import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Dashboard } from './types';

/** Under the reports key, so every change of an entry or period refreshes the dashboard too. */
export const dashboardQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['reports', 'period', periodId, 'dashboard'] as const,
    queryFn: ({ signal }) => api.get<Dashboard>(`/api/report-periods/${encodeURIComponent(periodId)}/dashboard`, signal),
  });
