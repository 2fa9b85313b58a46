import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../../app/api';
import type { Dashboard, NeedFilters, Needs } from './types';

/** Under the reports key, so every change of an entry or period refreshes the dashboard too. */
export const dashboardQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['reports', 'period', periodId, 'dashboard'] as const,
    queryFn: ({ signal }) => api.get<Dashboard>(`/api/report-periods/${encodeURIComponent(periodId)}/dashboard`, signal),
  });

/** Every need of the period with the filters applied on the server (so the totals follow them). */
export const needsQuery = (periodId: string, filters: NeedFilters) =>
  queryOptions({
    queryKey: ['reports', 'period', periodId, 'needs', filters] as const,
    queryFn: ({ signal }) => api.get<Needs>(`/api/report-periods/${encodeURIComponent(periodId)}/needs${queryString({ ...filters })}`, signal),
    placeholderData: keepPreviousData,
  });
