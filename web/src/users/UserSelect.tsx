import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../app/api';
import { userKeys, userQuery, type UserPage } from './api';

interface UserSelectProps {
  label: string;
  value: string;
  onChange: (id: string) => void;
  w?: number | string;
}

const label = (u: { fullName: string; login: string }) => `${u.fullName} (${u.login})`;

/** Searchable picker that asks the server as you type (there may be many users). */
export function UserSelect({ label: fieldLabel, value, onChange, w }: UserSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const selected = useQuery({ ...userQuery(value), enabled: Boolean(value) });
  const selectedLabel = selected.data ? label(selected.data) : undefined;
  // While the box shows the chosen user's name, list around that user rather than search for the label.
  const q = debounced === selectedLabel ? '' : debounced;
  const found = useQuery({
    queryKey: userKeys.lookup(q),
    queryFn: ({ signal }) => api.get<UserPage>(`/api/users${queryString({ q, pageSize: 20 })}`, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  const data = (found.data?.items ?? []).map((u) => ({ value: u.id, label: label(u) }));
  if (value && !data.some((d) => d.value === value)) data.unshift({ value, label: selectedLabel ?? value });

  return (
    <Select
      label={fieldLabel}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      data={data}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      clearable
      clearButtonProps={{ 'aria-label': t('filters.clearField') }}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('table.noMatches')}
      comboboxProps={{ width: 320, position: 'bottom-start' }}
      w={w}
    />
  );
}
