import { Group, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES } from '../../../common/src/case-parts';
import type { ConsentChoice } from './caseForm';
import { codeLabel } from './codes';
import { DateField } from './inputs';
import type { ConsentPurpose } from './types';

interface ConsentChoicesProps {
  values: Record<ConsentPurpose, ConsentChoice>;
  onChange: (purpose: ConsentPurpose, choice: ConsentChoice) => void;
  recordedOn: string;
  onRecordedOnChange: (value: string) => void;
  error?: string;
}

/** Consent per purpose: not asked yet, given or refused; all recorded on one day. */
export function ConsentChoices({ values, onChange, recordedOn, onRecordedOnChange, error }: ConsentChoicesProps) {
  const { t } = useTranslation();
  const any = CONSENT_PURPOSES.some((p) => values[p]);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
        {CONSENT_PURPOSES.map((purpose) => (
          <Radio.Group key={purpose} label={codeLabel(t, 'consent', purpose)} value={values[purpose]} onChange={(v) => onChange(purpose, v as ConsentChoice)}>
            <Group gap="md" mt={4}>
              <Radio value="" label={t('cases.consent.notAsked')} />
              <Radio value="given" label={t('cases.consent.given')} />
              <Radio value="refused" label={t('cases.consent.refused')} />
            </Group>
          </Radio.Group>
        ))}
      </SimpleGrid>
      <DateField label={t('cases.consent.recordedOn')} value={recordedOn} onChange={onRecordedOnChange} required={any} error={error} />
    </Stack>
  );
}
