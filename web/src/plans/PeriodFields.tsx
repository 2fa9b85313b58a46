import { Fieldset, Group, NativeSelect, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDisplayDate } from '../../../common/src/dates';
import { PERIOD_KINDS, type PeriodKind } from './types';

export interface PeriodDraft {
  /** '' when the measure has no period. */
  kind: PeriodKind | '';
  from: string;
  to: string;
  text: string;
}

interface PeriodFieldsProps {
  value: PeriodDraft;
  onChange: (value: PeriodDraft) => void;
  errors: { text?: string; period?: string };
}

/** The period of a measure: its kind, the dates it covers and the words the document uses. */
export function PeriodFields({ value, onChange, errors }: PeriodFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<PeriodDraft>) => onChange({ ...value, ...patch });
  const dateProps = {
    valueFormat: 'DD.MM.YYYY',
    dateParser: (text: string) => parseDisplayDate(text),
    placeholder: t('filters.datePlaceholder'),
    clearable: true,
    clearButtonProps: { 'aria-label': t('filters.clearField') },
    style: { flex: 1 },
  };
  return (
    <Fieldset legend={t('plans.measure.period')} variant="unstyled" p={0}>
      <NativeSelect
        label={t('plans.edit.periodKind')}
        value={value.kind}
        onChange={(e) => {
          const kind = e.currentTarget.value as PeriodKind | '';
          set(kind === 'ongoing' && !value.text ? { kind, text: 'mütəmadi' } : { kind });
        }}
        data={[{ value: '', label: t('plans.period.none') }, ...PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`plans.period.kind.${kind}`) }))]}
        error={errors.period}
      />
      {value.kind && (
        <>
          <Group gap="sm" mt="xs" grow>
            <DateInput {...dateProps} label={t('plans.edit.periodFrom')} value={value.from || null} onChange={(v) => set({ from: v ?? '' })} />
            <DateInput {...dateProps} label={t('plans.edit.periodTo')} value={value.to || null} onChange={(v) => set({ to: v ?? '' })} />
          </Group>
          <TextInput
            mt="xs"
            label={t('plans.edit.periodText')}
            description={t('plans.edit.periodTextHint')}
            value={value.text}
            onChange={(e) => set({ text: e.currentTarget.value })}
            required
            lang="az"
            error={errors.text}
          />
        </>
      )}
    </Fieldset>
  );
}
