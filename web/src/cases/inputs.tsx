import { ActionIcon, Checkbox, MultiSelect, NativeSelect, Select, SimpleGrid, Tooltip } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDisplayDate } from '../../../common/src/dates';
import { codeOptions, type CodeGroup, type CodeOf } from './codes';
import { countryOptions, languageOptions } from './countries';

interface FieldProps<V> {
  label: string;
  value: V;
  onChange: (value: V) => void;
  error?: ReactNode;
  required?: boolean;
  description?: ReactNode;
  disabled?: boolean;
  w?: number | string;
}

/** A day typed as dd.mm.yyyy or picked; the value is YYYY-MM-DD, '' when empty. */
export function DateField({ label, value, onChange, error, required, description, disabled, w }: FieldProps<string>) {
  const { t } = useTranslation();
  return (
    <DateInput
      label={label}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      valueFormat="DD.MM.YYYY"
      dateParser={(text) => parseDisplayDate(text)}
      placeholder={t('filters.datePlaceholder')}
      clearable={!required}
      clearButtonProps={{ 'aria-label': t('filters.clearField') }}
      required={required}
      error={error}
      description={description}
      disabled={disabled}
      w={w ?? 170}
      popoverProps={{ withinPortal: true }}
    />
  );
}

/** One country, by its name in the reader's language or its ISO code. */
export function CountrySelect({ label, value, onChange, error, required, description, disabled, w }: FieldProps<string>) {
  const { t, i18n } = useTranslation();
  return (
    <Select
      label={label}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      data={countryOptions(i18n.language)}
      searchable
      clearable={!required}
      clearButtonProps={{ 'aria-label': t('filters.clearField') }}
      nothingFoundMessage={t('table.noMatches')}
      required={required}
      error={error}
      description={description}
      disabled={disabled}
      w={w ?? 240}
      limit={300}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function CountryMultiSelect({ label, value, onChange, error, description, disabled, w, max }: FieldProps<string[]> & { max?: number }) {
  const { t, i18n } = useTranslation();
  return (
    <MultiSelect
      label={label}
      value={value}
      onChange={onChange}
      data={countryOptions(i18n.language)}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('filters.clearField') }}
      nothingFoundMessage={t('table.noMatches')}
      maxValues={max}
      error={error}
      description={description}
      disabled={disabled}
      w={w}
      limit={300}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function LanguageMultiSelect({ label, value, onChange, error, description, w }: FieldProps<string[]>) {
  const { t, i18n } = useTranslation();
  return (
    <MultiSelect
      label={label}
      value={value}
      onChange={onChange}
      data={languageOptions(i18n.language, value)}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('filters.clearField') }}
      nothingFoundMessage={t('table.noMatches')}
      maxValues={10}
      error={error}
      description={description}
      w={w}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** A short code list as a native select (fast with the keyboard); an empty first option unless required. */
export function CodeSelect<G extends CodeGroup>({
  group,
  codes,
  emptyLabel,
  label,
  value,
  onChange,
  error,
  required,
  description,
  disabled,
  w,
}: FieldProps<CodeOf<G> | ''> & { group: G; codes?: readonly CodeOf<G>[]; emptyLabel?: string }) {
  const { t } = useTranslation();
  const options = codeOptions(t, group, codes);
  const data = required && value ? options : [{ value: '', label: emptyLabel ?? t('cases.form.choose') }, ...options];
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as CodeOf<G> | '')}
      data={data}
      required={required}
      error={error}
      description={description}
      disabled={disabled}
      w={w}
    />
  );
}

/** Several codes of a list, as a grid of checkboxes (every choice visible, one Tab stop each). */
export function CodeCheckboxes<G extends CodeGroup>({
  group,
  label,
  value,
  onChange,
  error,
  description,
  cols = 3,
}: FieldProps<CodeOf<G>[]> & { group: G; cols?: number }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={label} value={value} onChange={(v) => onChange(v as CodeOf<G>[])} error={error} description={description}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: cols }} spacing={6} verticalSpacing={6} mt={6}>
        {codeOptions(t, group).map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} size="sm" />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

/** The remove button of one row of a list (a name, a document, a place). */
export function RemoveRow({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="red" onClick={onClick} aria-label={label} mb={4}>
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

/** Replaces one item of a list. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, i) => (i === index ? item : current));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
