import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../app/api';
import type { CaseStatistics, ExportReport, ProceedingStatistics, YearRange } from './types';

export const caseStatisticsQuery = (range: YearRange) =>
  queryOptions({
    queryKey: ['statistics', 'cases', range] as const,
    queryFn: ({ signal }) => api.get<CaseStatistics>(`/api/statistics/cases${queryString({ ...range })}`, signal),
    placeholderData: keepPreviousData,
  });

export const proceedingStatisticsQuery = (range: YearRange) =>
  queryOptions({
    queryKey: ['statistics', 'proceedings', range] as const,
    queryFn: ({ signal }) => api.get<ProceedingStatistics>(`/api/statistics/proceedings${queryString({ ...range })}`, signal),
    placeholderData: keepPreviousData,
  });

export const exportReportQuery = () =>
  queryOptions({
    queryKey: ['statistics', 'export-report'] as const,
    queryFn: ({ signal }) => api.get<ExportReport>('/api/statistics/export-report', signal),
  });

/** The de-identified case-level export (CSV), with the server's default k. */
export const EXPORT_URL = '/api/statistics/export.csv';
