import type { TFunction } from 'i18next';
import type { Option } from './FilterBar';

/** Options of the "status" filter every list has (server parameter `active=true|false`). */
export function activeOptions(t: TFunction): Option[] {
  return [
    { value: 'true', label: t('status.active') },
    { value: 'false', label: t('status.inactive') },
  ];
}
