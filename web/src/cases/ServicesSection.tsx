import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bakuToday } from '../../../common/src/dates';
import { DateText } from '../ui/DateText';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useFormState } from '../ui/useFormState';
import { useAddAssessment } from './api';
import { codeLabel, codeOptions } from './codes';
import { fieldErrors } from './formErrors';
import { DateField } from './inputs';
import { Section, SubTitle } from './layout';
import { NotesBlock } from './NotesBlock';
import { ASSESSMENT_KINDS, LEVELS, type AssessmentKind, type CaseDetail, type Level, type Note, type NotePart } from './types';

const LEVEL_COLOURS: Record<Level, string> = { low: 'teal', medium: 'orange', high: 'red' };

function AssessmentForm({ caseId, opened, onClose }: { caseId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set } = useFormState({ kind: 'risk' as AssessmentKind, assessedOn: bakuToday(), level: 'medium' as Level, body: '' });
  const [checked, setChecked] = useState(false);
  const add = useAddAssessment(caseId);
  const missing = new Map<string, 'required'>();
  if (checked && !values.body.trim()) missing.set('body', 'required');
  if (checked && !values.assessedOn) missing.set('assessedOn', 'required');
  const errors = fieldErrors(t, add.error, missing);
  const submit = () => {
    setChecked(true);
    if (!values.body.trim() || !values.assessedOn) return;
    add.mutate(
      { ...values, body: values.body.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cases.assessment.added') });
          onClose();
        },
      },
    );
  };
  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('cases.assessment.addTitle')} submitLabel={t('common.save')} pending={add.isPending} onSubmit={submit}>
      <NativeSelect
        label={t('cases.assessment.kind')}
        value={values.kind}
        onChange={(e) => set('kind', e.currentTarget.value as AssessmentKind)}
        data={codeOptions(t, 'assessment', ASSESSMENT_KINDS)}
        required
        data-autofocus
        error={errors.at('kind')}
      />
      <DateField label={t('cases.assessment.assessedOn')} value={values.assessedOn} onChange={(v) => set('assessedOn', v)} required error={errors.at('assessedOn')} />
      <NativeSelect
        label={t('cases.assessment.level')}
        value={values.level}
        onChange={(e) => set('level', e.currentTarget.value as Level)}
        data={codeOptions(t, 'level', LEVELS)}
        required
        error={errors.at('level')}
      />
      <Textarea
        label={t('cases.assessment.body')}
        value={values.body}
        onChange={(e) => set('body', e.currentTarget.value)}
        required
        error={errors.at('body')}
        autosize
        minRows={4}
        maxLength={10_000}
      />
      {add.isError && <ProblemAlert error={add.error} fields={['kind', 'assessedOn', 'level', 'body']} />}
    </FormDrawer>
  );
}

/** Assistance: risk and needs assessments, and the part's notes. */
export function ServicesSection({ detail, services }: { detail: CaseDetail; services: NonNullable<CaseDetail['services']> }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Section
      id="services"
      title={t('cases.code.part.services')}
      actions={
        detail.abilities.addAssessment && (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)}>
            {t('cases.assessment.add')}
          </Button>
        )
      }
    >
      <SubTitle>{t('cases.assessment.title')}</SubTitle>
      {services.assessments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.assessment.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {services.assessments.map((a) => (
            <Paper key={a.id} withBorder p="xs">
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {codeLabel(t, 'assessment', a.kind)}
                </Text>
                <Badge color={LEVEL_COLOURS[a.level]} variant="light" tt="none">
                  {codeLabel(t, 'level', a.level)}
                </Badge>
                <Text size="xs" c="dimmed">
                  <DateText value={a.assessedOn} />
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {a.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      <NotesBlock caseId={detail.id} part="services" notes={services.notes} canAdd={detail.abilities.addNote} />
      {adding && <AssessmentForm caseId={detail.id} opened onClose={() => setAdding(false)} />}
    </Section>
  );
}

/** A part that holds notes only (safety arrangements, hotline calls). */
export function NotesSection({ detail, part, notes }: { detail: CaseDetail; part: Extract<NotePart, 'safety' | 'hotline'>; notes: Note[] }) {
  const { t } = useTranslation();
  return (
    <Section id={part} title={codeLabel(t, 'part', part)}>
      <NotesBlock caseId={detail.id} part={part} notes={notes} canAdd={detail.abilities.addNote} />
    </Section>
  );
}
