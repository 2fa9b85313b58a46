import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measureSearchQuery } from '../plans/api';
import { trimCode } from '../plans/format';

export interface MeasureRef {
  id: string;
  code: string;
  text: string;
}

interface MeasureMultiSelectProps {
  label: string;
  description?: string;
  value: MeasureRef[];
  onChange: (measures: MeasureRef[]) => void;
  /** Measures that stay selected (the measure of a report entry). */
  fixed?: string[];
  error?: string;
}

const labelOf = (m: MeasureRef) => `${trimCode(m.code)} — ${m.text.length > 90 ? `${m.text.slice(0, 90)}…` : m.text}`;

/** Picks measures of any plan by code or words of their text, searching on the server. */
export function MeasureMultiSelect({ label, description, value, onChange, fixed = [], error }: MeasureMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const query = useQuery({ ...measureSearchQuery({ q }), enabled: q.length > 0 });
  const known = useRef(new Map<string, MeasureRef>());
  for (const m of value) known.current.set(m.id, m);
  for (const m of query.data?.items ?? []) known.current.set(m.id, { id: m.id, code: m.code, text: m.text });
  const data = useMemo(() => {
    const ids = new Set([...value.map((m) => m.id), ...(query.data?.items ?? []).map((m) => m.id)]);
    return [...ids].map((id) => {
      const m = known.current.get(id)!;
      return { value: id, label: labelOf(m), disabled: fixed.includes(id) };
    });
  }, [value, query.data, fixed]);

  return (
    <MultiSelect
      label={label}
      description={description}
      data={data}
      value={value.map((m) => m.id)}
      onChange={(ids) => onChange([...new Set([...fixed, ...ids])].map((id) => known.current.get(id)!).filter(Boolean))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q ? (query.isFetching ? t('common.loading') : t('table.noMatches')) : t('events.form.measureSearchHint')}
      placeholder={value.length ? undefined : t('events.form.measureSearchHint')}
      error={error}
      clearable={!fixed.length}
      hidePickedOptions
      maxDropdownHeight={280}
      comboboxProps={{ width: 520, position: 'bottom-start' }}
    />
  );
}
