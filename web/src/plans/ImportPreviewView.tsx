import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useConfirmImport, useDiscardImport } from './api';
import { trimCode } from './format';
import { ImportChangesSummary } from './ImportChangesSummary';
import { ImportMeasuresTable } from './ImportMeasuresTable';
import { ImportWarnings } from './ImportWarnings';
import type { ImportPreview, ImportResult } from './importTypes';
import { ActText, PlanPeriodText } from './PlanFacts';
import type { WordingChoice } from './types';
import { WordingChoices } from './WordingChoices';

interface ImportPreviewViewProps {
  preview: ImportPreview;
  /** The plan chosen at upload; '' when it was recognised automatically. */
  planId: string;
  onConfirmed: (result: ImportResult) => void;
  onDiscarded: () => void;
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Step 2: what was recognised, what will change, wording choices; then confirm or discard. */
export function ImportPreviewView({ preview, planId, onConfirmed, onDiscarded }: ImportPreviewViewProps) {
  const { t } = useTranslation();
  const confirm = useConfirmImport();
  const discard = useDiscardImport();
  const { changes, plan } = preview;
  const [wording, setWording] = useState<Record<string, WordingChoice>>(() =>
    Object.fromEntries(changes.wordingDifferences.map((d) => [d.code, 'keep' as const])),
  );

  const submit = () =>
    confirm.mutate({ importId: preview.importId, planId: planId || undefined, wording }, { onSuccess: onConfirmed });

  return (
    <Stack gap="md">
      <ImportWarnings warnings={preview.warnings} />
      <Block title={t('plans.import.recognised')}>
        <Stack gap={4}>
          <Text fw={700} lang="az">
            {plan.title}
          </Text>
          <Text size="sm">
            {t('plans.plan.act')}: <ActText act={plan.act} />
          </Text>
          <Text size="sm">
            {t('plans.plan.period')}: <PlanPeriodText period={plan.period} />
          </Text>
          <Text size="sm">{t('plans.import.counts', { measures: preview.measures.length, sections: preview.sections.length })}</Text>
        </Stack>
      </Block>
      <Block title={t('plans.import.willChange')}>
        <ImportChangesSummary changes={changes} target={preview.target} />
      </Block>
      {changes.wordingDifferences.length > 0 && (
        <Block title={t('plans.wording.title')}>
          <WordingChoices differences={changes.wordingDifferences} value={wording} onChange={setWording} />
        </Block>
      )}
      <Block title={t('plans.import.sections')}>
        <List size="sm" spacing={2} lang="az">
          {preview.sections.map((s) => (
            <List.Item key={s.code}>
              {trimCode(s.code)}. {s.title}
            </List.Item>
          ))}
        </List>
      </Block>
      <ImportMeasuresTable measures={preview.measures} />
      {confirm.isError && <ProblemAlert error={confirm.error} />}
      <Group justify="flex-end" gap="sm">
        <ConfirmButton
          label={t('plans.import.discard')}
          title={t('plans.import.discardTitle')}
          confirmLabel={t('plans.import.discard')}
          danger
          onConfirm={async () => {
            await discard.mutateAsync(preview.importId);
            onDiscarded();
          }}
        >
          <Text size="sm">{t('plans.import.discardMessage')}</Text>
        </ConfirmButton>
        <Button onClick={submit} loading={confirm.isPending}>
          {t('plans.import.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
