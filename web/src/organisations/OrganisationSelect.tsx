import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organisationOptionsQuery } from './api';

interface OrganisationSelectProps {
  label: string;
  value: string;
  onChange: (id: string) => void;
  required?: boolean;
  error?: string;
  /** Filters may be cleared; a user's organisation may not. */
  clearable?: boolean;
  w?: number | string;
}

/** Searchable picker over every organisation (by short name and Azerbaijani name). */
export function OrganisationSelect({ label, value, onChange, required, error, clearable = false, w }: OrganisationSelectProps) {
  const { t } = useTranslation();
  const query = useQuery(organisationOptionsQuery);
  const data = (query.data ?? []).map((o) => ({
    value: o.id,
    label: `${o.shortName} — ${o.nameAz}${o.active ? '' : ` (${t('status.inactive')})`}`,
  }));
  // Keep an unknown id (e.g. from the URL) selectable instead of silently dropping it.
  if (value && query.isSuccess && !data.some((d) => d.value === value)) data.unshift({ value, label: value });

  return (
    <Select
      label={label}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      data={data}
      searchable
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('filters.clearField') }}
      nothingFoundMessage={query.isPending ? t('common.loading') : t('table.noMatches')}
      required={required}
      error={error ?? (query.isError ? t('organisations.loadFailed') : undefined)}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
      w={w}
      limit={200}
    />
  );
}
