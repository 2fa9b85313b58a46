import type { TFunction } from 'i18next';
import type { Option } from '../ui/FilterBar';

/** Options of the "period" filter (server parameter `period`). */
export function periodFilterOptions(t: TFunction): Option[] {
  return [
    { value: 'this_year', label: t('plans.filter.periodThisYear') },
    { value: 'overdue', label: t('plans.filter.periodOverdue') },
    { value: 'ongoing', label: t('plans.period.ongoing') },
  ];
}

/** The roles a person filters by (generic entries are not anyone's own). */
export const FILTER_ROLES = ['executor', 'involved', 'recommended'] as const;

export function roleFilterOptions(t: TFunction): Option[] {
  return FILTER_ROLES.map((role) => ({ value: role, label: t(`plans.role.${role}`) }));
}
