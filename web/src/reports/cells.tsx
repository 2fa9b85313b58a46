import { NativeSelect, NumberInput, TagsInput, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDisplayDate } from '../../../common/src/dates';
import type { Option } from '../ui/FilterBar';

/** Inputs of the editors' table cells: no visible label (the column header shows it), an accessible one. */

interface CellProps<V> {
  label: string;
  value: V;
  onChange: (value: V) => void;
}

export function TextCell({ label, value, onChange, required }: CellProps<string> & { required?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextInput
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      required={required}
      error={required && !value.trim() ? t('form.required') : undefined}
      lang="az"
      size="xs"
    />
  );
}

export function OptionalTextCell({ label, value, onChange }: CellProps<string | null>) {
  return <TextInput aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)} lang="az" size="xs" />;
}

export function NumberCell({ label, value, onChange, decimals = false }: CellProps<number | null> & { decimals?: boolean }) {
  return (
    <NumberInput
      aria-label={label}
      value={value ?? ''}
      onChange={(v) => onChange(v === '' || Number.isNaN(Number(v)) ? null : Number(v))}
      allowDecimal={decimals}
      allowNegative={false}
      thousandSeparator=" "
      hideControls
      size="xs"
    />
  );
}

export function DateCell({ label, value, onChange }: CellProps<string | null>) {
  const { t } = useTranslation();
  return (
    <DateInput
      aria-label={label}
      value={value}
      onChange={(v) => onChange(v || null)}
      valueFormat="DD.MM.YYYY"
      dateParser={(text) => parseDisplayDate(text)}
      placeholder={t('filters.datePlaceholder')}
      clearable
      clearButtonProps={{ 'aria-label': t('filters.clearField') }}
      size="xs"
    />
  );
}

export function SelectCell<V extends string>({ label, value, onChange, options }: CellProps<V> & { options: Option[] }) {
  return <NativeSelect aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as V)} data={options} size="xs" />;
}

export function TagsCell({ label, value, onChange }: CellProps<string[]>) {
  const { t } = useTranslation();
  return <TagsInput aria-label={label} value={value} onChange={onChange} placeholder={t('reports.activity.partnersHint')} clearable={false} size="xs" lang="az" />;
}
