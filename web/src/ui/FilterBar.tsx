import { Autocomplete, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDisplayDate } from '../../../common/src/dates';
import type { UrlFilters } from './useUrlFilters';

export interface Option {
  value: string;
  label: string;
}

export type FilterField<K extends string> =
  | { key: K; label: string; type: 'text'; search?: boolean }
  /** Free text with suggestions (value shown small under its label). */
  | { key: K; label: string; type: 'suggest'; options: Option[] }
  | { key: K; label: string; type: 'select'; options: Option[] }
  | { key: K; label: string; type: 'date' }
  | { key: K; label: string; type: 'custom'; render: (value: string, onChange: (value: string) => void) => ReactNode };

interface FilterBarProps<K extends string> {
  label: string;
  fields: FilterField<K>[];
  state: UrlFilters<K>;
}

const TEXT_DELAY_MS = 400;

interface UrlTextInputProps {
  label: string;
  value: string;
  onChange: (v: string) => void;
  search?: boolean;
  suggestions?: Option[];
}

/** Text input that writes to the URL after a pause in typing (or at once on Enter or a chosen suggestion). */
function UrlTextInput({ label, value, onChange, search, suggestions }: UrlTextInputProps) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => setText(value), [value]); // back button, "clear filters"
  useEffect(() => () => clearTimeout(timer.current), []);
  const change = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange(next.trim()), TEXT_DELAY_MS);
  };
  const flush = (next = text) => {
    clearTimeout(timer.current);
    onChange(next.trim());
  };
  const common = {
    label,
    value: text,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter') flush();
    },
    onBlur: () => {
      if (text.trim() !== value) flush();
    },
  };
  if (suggestions) {
    const labels = new Map(suggestions.map((o) => [o.value, o.label]));
    return (
      <Autocomplete
        {...common}
        onChange={change}
        onOptionSubmit={(v) => {
          setText(v);
          flush(v);
        }}
        data={suggestions.map((o) => o.value)}
        renderOption={({ option }) => (
          <Stack gap={0}>
            <Text size="sm">{labels.get(option.value) ?? option.value}</Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {option.value}
            </Text>
          </Stack>
        )}
        w={220}
      />
    );
  }
  return (
    <TextInput
      {...common}
      type={search ? 'search' : 'text'}
      leftSection={search ? <IconSearch size={16} aria-hidden /> : undefined}
      onChange={(e) => change(e.currentTarget.value)}
      w={search ? 260 : 180}
    />
  );
}

/** A list's filters; every value lives in the URL through `useUrlFilters`. */
export function FilterBar<K extends string>({ label, fields, state }: FilterBarProps<K>) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => e.preventDefault();

  return (
    <form role="search" aria-label={label} onSubmit={submit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        {fields.map((field) => {
          const value = state.filters[field.key];
          const set = (v: string) => state.setFilter(field.key, v);
          switch (field.type) {
            case 'text':
              return <UrlTextInput key={field.key} label={field.label} value={value} onChange={set} search={field.search} />;
            case 'suggest':
              return <UrlTextInput key={field.key} label={field.label} value={value} onChange={set} suggestions={field.options} />;
            case 'select':
              return (
                <NativeSelect
                  key={field.key}
                  label={field.label}
                  value={value}
                  onChange={(e) => set(e.currentTarget.value)}
                  data={[{ value: '', label: t('filters.all') }, ...field.options]}
                  w={200}
                />
              );
            case 'date':
              return (
                <DateInput
                  key={field.key}
                  label={field.label}
                  value={value || null}
                  onChange={(v) => set(v ?? '')}
                  valueFormat="DD.MM.YYYY"
                  dateParser={(text) => parseDisplayDate(text)}
                  placeholder={t('filters.datePlaceholder')}
                  clearable
                  clearButtonProps={{ 'aria-label': t('filters.clearField') }}
                  w={160}
                />
              );
            case 'custom':
              return <div key={field.key}>{field.render(value, set)}</div>;
          }
        })}
        {state.filtered && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={state.clearFilters}>
            {t('filters.clear')}
          </Button>
        )}
      </Group>
    </form>
  );
}
