import { Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { trimCode } from './format';
import type { ImportChanges } from './importTypes';
import type { WordingChoice } from './types';
import { WordingCompare } from './WordingCompare';

interface WordingChoicesProps {
  differences: ImportChanges['wordingDifferences'];
  value: Record<string, WordingChoice>;
  onChange: (value: Record<string, WordingChoice>) => void;
}

/** Each measure the document words differently: compare and keep the current text (default) or take the new one. */
export function WordingChoices({ differences, value, onChange }: WordingChoicesProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {differences.map((d) => (
        <Paper key={d.code} withBorder p="sm">
          <Stack gap="xs">
            <Text fw={700} size="sm">
              {t('plans.measure.title', { code: trimCode(d.code) })}
            </Text>
            <WordingCompare before={d.current} after={d.proposed} beforeTitle={t('plans.wording.current')} afterTitle={t('plans.wording.proposed')} />
            <Radio.Group
              label={t('plans.wording.choiceFor', { code: trimCode(d.code) })}
              value={value[d.code] ?? 'keep'}
              onChange={(choice) => onChange({ ...value, [d.code]: choice as WordingChoice })}
            >
              <Group gap="lg" mt={4}>
                <Radio value="keep" label={t('plans.wording.keep')} />
                <Radio value="take" label={t('plans.wording.take')} />
              </Group>
            </Radio.Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
