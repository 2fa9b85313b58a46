import { Anchor, Breadcrumbs, Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { casePartsOf } from '../../../common/src/case-parts';
import { bakuToday } from '../../../common/src/dates';
import { useSession } from '../app/session';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useCreateCase } from './api';
import { emptyNewCase, missingNewCase, toCreateInput, type ClientError, type IdentityValues, type NewCaseValues, type VictimValues } from './caseForm';
import { codeLabel } from './codes';
import { ConsentChoices } from './ConsentChoices';
import { fieldErrors, loosePartOf, useFocusFirstInvalid } from './formErrors';
import { IdentityFields } from './IdentityFields';
import { CodeSelect, DateField } from './inputs';
import { LeaveGuard } from './LeaveGuard';
import type { NotePart } from './types';
import { VictimFields } from './VictimFields';

/** What the case page tells the person who has just recorded the case. */
export interface CreatedState {
  created: { reference: string; duplicates: number };
}

function FormSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb={hint ? 2 : 'sm'}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Card>
  );
}

/** Recording a presumed victim: first contact, the person, the victim context, consents and a first note. */
export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const noteParts = casePartsOf(user.role).filter((part): part is NotePart => part !== 'identity');
  const [values, setValues] = useState<NewCaseValues>(() => emptyNewCase(bakuToday(), noteParts[0] ?? 'victim'));
  const [dirty, setDirty] = useState(false);
  const [missing, setMissing] = useState<Map<string, ClientError> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateCase();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  const change = (next: (v: NewCaseValues) => NewCaseValues) => {
    setDirty(true);
    setValues(next);
  };
  const set = <K extends keyof NewCaseValues>(key: K, value: NewCaseValues[K]) => change((v) => ({ ...v, [key]: value }));
  const updatePerson = (fn: (v: IdentityValues) => IdentityValues) => change((v) => ({ ...v, person: fn(v.person) }));
  const updateVictim = (fn: (v: VictimValues) => VictimValues) => change((v) => ({ ...v, victim: fn(v.victim) }));
  // The form's own checks are shown only after a save was tried, and follow the values from then on.
  const clientMissing = missing ? missingNewCase(values) : null;
  const errors = fieldErrors(t, create.error, clientMissing, { sent: create.variables, current: toCreateInput(values) });

  const submit = () => {
    const found = missingNewCase(values);
    setMissing(found);
    setAttempt((n) => n + 1);
    if (found.size > 0) return;
    create.mutate(toCreateInput(values), {
      onSuccess: (result) => {
        // The guard must see the form saved before the page moves on.
        flushSync(() => setDirty(false));
        notifications.show({ color: 'teal', message: t('cases.new.saved', { reference: result.reference }) });
        const state: CreatedState = { created: { reference: result.reference, duplicates: result.duplicates } };
        void navigate(`/cases/${result.id}`, { state });
      },
      onError: () => setAttempt((n) => n + 1),
    });
  };

  return (
    <Stack gap="md" maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/cases" size="sm">
          {t('nav.cases')}
        </Anchor>
        <Text size="sm">{t('cases.new.title')}</Text>
      </Breadcrumbs>
      <PageHeader title={t('cases.new.title')} />
      <Text size="sm" c="dimmed">
        {t('cases.new.intro')}
      </Text>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        aria-label={t('cases.new.title')}
      >
        <Stack gap="md">
          <FormSection title={t('cases.new.firstContact')}>
            <Group gap="md" align="flex-start">
              <CodeSelect
                group="channel"
                label={t('cases.field.channel')}
                value={values.identificationChannel}
                onChange={(v) => set('identificationChannel', v)}
                required
                error={errors.at('identificationChannel')}
                w={300}
              />
              <DateField label={t('cases.field.firstContactOn')} value={values.firstContactOn} onChange={(v) => set('firstContactOn', v)} required error={errors.at('firstContactOn')} />
            </Group>
          </FormSection>
          <FormSection title={t('cases.code.part.identity')} hint={t('cases.new.identityHint')}>
            <IdentityFields values={values.person} update={updatePerson} errors={errors} />
          </FormSection>
          <FormSection title={t('cases.code.part.victim')}>
            <VictimFields values={values.victim} update={updateVictim} errors={errors} />
          </FormSection>
          <FormSection title={t('cases.consent.title')} hint={t('cases.consent.hint')}>
            <ConsentChoices
              values={values.consents}
              onChange={(purpose, choice) => change((v) => ({ ...v, consents: { ...v.consents, [purpose]: choice } }))}
              recordedOn={values.consentsRecordedOn}
              onRecordedOnChange={(v) => set('consentsRecordedOn', v)}
              error={errors.under('consents')}
            />
          </FormSection>
          <FormSection title={t('cases.new.firstNote')}>
            <Stack gap="sm">
              {noteParts.length > 1 && (
                <NativeSelect
                  label={t('cases.note.part')}
                  value={values.notePart}
                  onChange={(e) => set('notePart', e.currentTarget.value as NotePart)}
                  data={noteParts.map((part) => ({ value: part, label: codeLabel(t, 'part', part) }))}
                  w={260}
                />
              )}
              <Textarea
                label={noteParts.length > 1 ? t('cases.note.body') : t('cases.note.bodyOf', { part: codeLabel(t, 'part', values.notePart) })}
                value={values.note}
                onChange={(e) => set('note', e.currentTarget.value)}
                error={errors.under('note')}
                autosize
                minRows={3}
                maxRows={12}
                maxLength={10_000}
              />
            </Stack>
          </FormSection>
          {create.isError && <ProblemAlert error={loosePartOf(create.error, t('cases.form.fixMarked'))} />}
          {!create.isError && missing && missing.size > 0 && (
            <Text size="sm" c="red.9" role="alert">
              {t('cases.form.fixMarked')}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to="/cases">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} leftSection={<IconDeviceFloppy size={16} aria-hidden />}>
              {t('cases.new.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <LeaveGuard when={dirty} />
    </Stack>
  );
}
