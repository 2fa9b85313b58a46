import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../common/src/dates';
import type { Option } from '../ui/FilterBar';
import { ENTRY_STATES, STATUSES, type ReportPeriod } from './types';

/** "2021" or "2021, I yarımil". */
export function periodLabel(t: TFunction, period: Pick<ReportPeriod, 'kind' | 'year' | 'half'>): string {
  if (period.kind === 'year' || !period.half) return String(period.year);
  return t(period.half === 1 ? 'reports.period.half1' : 'reports.period.half2', { year: period.year });
}

/** HH:mm of an instant, Baku time. */
export const timeOf = (at: string) => formatDateTime(at).slice(-5);

export const stateOptions = (t: TFunction): Option[] => ENTRY_STATES.map((s) => ({ value: s, label: t(`reports.state.${s}`) }));
export const statusOptions = (t: TFunction): Option[] => STATUSES.map((s) => ({ value: s, label: t(`reports.status.${s}`) }));
