import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DateText } from '../ui/DateText';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useChooseWording } from './api';
import type { MeasureDetail, WordingChoice } from './types';
import { WordingCompare } from './WordingCompare';

/** Open wording differences between sources: compare, then keep the current text or take the other. */
export function MeasureVariants({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation();
  const choose = useChooseWording(measure.id);
  const open = measure.variants.filter((v) => v.status === 'open');
  if (open.length === 0) return null;

  const decide = (variantId: string, choice: WordingChoice) =>
    choose.mutate(
      { variantId, choice },
      { onSuccess: () => notifications.show({ color: 'teal', message: t(choice === 'take' ? 'plans.wording.taken' : 'plans.wording.kept') }) },
    );

  return (
    <Stack gap="sm">
      {open.map((variant) => (
        <Paper key={variant.id} withBorder p="sm" bg="var(--mantine-color-grape-0)">
          <Stack gap="xs">
            <Text size="sm">
              {t('plans.wording.source', { file: variant.fileName ?? '—' })} · <DateText value={variant.createdAt} withTime />
            </Text>
            <WordingCompare before={measure.text} after={variant.text} beforeTitle={t('plans.wording.current')} afterTitle={t('plans.wording.proposed')} />
            {measure.abilities.edit && (
              <Group gap="sm">
                <Button variant="default" onClick={() => decide(variant.id, 'keep')} loading={choose.isPending && choose.variables?.variantId === variant.id && choose.variables.choice === 'keep'}>
                  {t('plans.wording.keep')}
                </Button>
                <Button onClick={() => decide(variant.id, 'take')} loading={choose.isPending && choose.variables?.variantId === variant.id && choose.variables.choice === 'take'}>
                  {t('plans.wording.take')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
      {choose.isError && <ProblemAlert error={choose.error} />}
    </Stack>
  );
}
