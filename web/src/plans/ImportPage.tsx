import { Alert, Anchor, Breadcrumbs, Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../ui/PageHeader';
import { ImportPreviewView } from './ImportPreviewView';
import type { ImportPreview, ImportResult } from './importTypes';
import { ImportUpload } from './ImportUpload';

type Step =
  | { kind: 'upload' }
  | { kind: 'preview'; preview: ImportPreview; planId: string }
  | { kind: 'done'; result: ImportResult; title: string };

const STEP_INDEX = { upload: 0, preview: 1, done: 2 } as const;

/** Import a plan: upload → preview → confirm. Nothing is stored in the plan until the confirmation. */
export function ImportPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [step, setStep] = useState<Step>({ kind: 'upload' });

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/plans" size="sm">
          {t('nav.plans')}
        </Anchor>
        <Text size="sm">{t('plans.import.title')}</Text>
      </Breadcrumbs>
      <PageHeader title={t('plans.import.title')} />
      <Stepper active={STEP_INDEX[step.kind]} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('plans.import.stepUpload')} />
        <Stepper.Step label={t('plans.import.stepPreview')} />
        <Stepper.Step label={t('plans.import.stepDone')} />
      </Stepper>
      {step.kind === 'upload' && (
        <ImportUpload initialPlanId={params.get('planId') ?? ''} onPreview={(preview, planId) => setStep({ kind: 'preview', preview, planId })} />
      )}
      {step.kind === 'preview' && (
        <ImportPreviewView
          preview={step.preview}
          planId={step.planId}
          onConfirmed={(result) => {
            notifications.show({ color: 'teal', message: t('plans.import.done') });
            setStep({ kind: 'done', result, title: step.preview.target?.title ?? step.preview.plan.title });
          }}
          onDiscarded={() => {
            notifications.show({ color: 'teal', message: t('plans.import.discarded') });
            setStep({ kind: 'upload' });
          }}
        />
      )}
      {step.kind === 'done' && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} maw={720}>
          <Stack gap="sm">
            <Text fw={700}>{t('plans.import.done')}</Text>
            <Text size="sm" lang="az">
              {step.title}
            </Text>
            <Text size="sm">
              {t('plans.import.doneSummary', {
                added: step.result.summary.addMeasures.length,
                completed: step.result.summary.completeMeasures.length,
                unchanged: step.result.summary.unchangedMeasures,
              })}
            </Text>
            <Group gap="sm">
              <Button component={Link} to={`/plans/${step.result.planId}`}>
                {t('plans.import.openPlan')}
              </Button>
              <Button variant="default" onClick={() => setStep({ kind: 'upload' })}>
                {t('plans.import.another')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
