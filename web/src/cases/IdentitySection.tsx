import { Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api';
import { DateText } from '../ui/DateText';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useUpdateIdentity } from './api';
import { identityValuesOf, missingIdentity, toIdentityInput, type ClientError, type IdentityValues } from './caseForm';
import { codeLabel } from './codes';
import { countryList, countryName, languageName } from './countries';
import { fieldErrors, loosePartOf, useFocusFirstInvalid } from './formErrors';
import { IdentityFields } from './IdentityFields';
import { ConflictNotice, Facts, Section } from './layout';
import type { CaseDetail, Identity } from './types';
import { useConflictReload } from './useConflictReload';

export function yesNo(t: TFunction, value: boolean | null) {
  return value === null ? t('cases.value.unknown') : value ? t('cases.value.yes') : t('cases.value.no');
}

export function IdentityView({ identity }: { identity: Identity }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const age = identity.birthDate ? (
    <DateText value={identity.birthDate} />
  ) : identity.estimatedAge !== null ? (
    t('cases.identity.estimatedAgeValue', { age: identity.estimatedAge })
  ) : (
    t('cases.value.unknown')
  );
  return (
    <Facts
      items={[
        {
          term: t('cases.identity.names'),
          value: (
            <Stack gap={0} component="span">
              {identity.names.map((name, i) => (
                <Text key={i} span size="sm" fw={i === 0 ? 600 : undefined}>
                  {name}
                </Text>
              ))}
            </Stack>
          ),
        },
        { term: t('cases.identity.latinName'), value: identity.latinName },
        { term: t('cases.field.sex'), value: codeLabel(t, 'sex', identity.sex) },
        { term: identity.birthDate ? t('cases.field.birthDate') : t('cases.field.estimatedAge'), value: age },
        { term: t('cases.field.childAtIdentification'), value: yesNo(t, identity.childAtIdentification) },
        { term: t('cases.field.childAtExploitation'), value: yesNo(t, identity.childAtExploitation) },
        { term: t('cases.field.citizenships'), value: identity.stateless ? t('cases.field.stateless') : countryList(identity.citizenships, locale) },
        { term: t('cases.field.languages'), value: identity.languages.map((code) => languageName(code, locale)).join(', ') },
        { term: t('cases.field.migrationStatus'), value: codeLabel(t, 'migration', identity.migrationStatus) },
        { term: t('cases.field.disabilities'), value: identity.disabilities.join('; ') },
        {
          term: t('cases.identity.documents'),
          value: identity.documents
            .map((d) => `${codeLabel(t, 'document', d.kind)} ${d.number}${d.country ? ` (${countryName(d.country, locale)})` : ''}`)
            .join('\n'),
        },
        { term: t('cases.identity.contacts'), value: identity.contacts.map((c) => `${codeLabel(t, 'contact', c.kind)}: ${c.value}`).join('\n') },
        { term: t('cases.field.address'), value: identity.address, wide: true },
      ]}
    />
  );
}

function IdentityEdit({ detail, identity, onDone }: { detail: CaseDetail; identity: Identity; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<IdentityValues>(() => identityValuesOf(identity));
  const [missing, setMissing] = useState<Map<string, ClientError> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [showCurrent, { toggle }] = useDisclosure(false);
  const update = useUpdateIdentity(detail.id);
  const reload = useConflictReload(detail.id, (fresh) => fresh.identity?.revision, identity.revision);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  const errors = fieldErrors(t, update.error, missing ? missingIdentity(values) : null, { sent: update.variables, current: { revision: reload.revision, person: toIdentityInput(values) } });

  const submit = () => {
    const found = missingIdentity(values);
    setMissing(found);
    setAttempt((n) => n + 1);
    if (found.size > 0) return;
    update.mutate(
      { revision: reload.revision, person: toIdentityInput(values) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cases.saved') });
          onDone();
        },
        onError: async (error) => {
          if (await reload.handle(error)) update.reset();
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label={t('cases.identity.editTitle')}
    >
      <Stack gap="md">
        {reload.conflict && (
          <ConflictNotice>
            <Button variant="subtle" size="compact-sm" mt={6} onClick={toggle} aria-expanded={showCurrent}>
              {showCurrent ? t('cases.conflict.hideCurrent') : t('cases.conflict.showCurrent')}
            </Button>
            <Collapse expanded={showCurrent}>{detail.identity && <IdentityView identity={detail.identity} />}</Collapse>
          </ConflictNotice>
        )}
        <IdentityFields values={values} update={setValues} errors={errors} />
        {update.isError && !isApiError(update.error, 'CASE_CONFLICT') && <ProblemAlert error={loosePartOf(update.error, t('cases.form.fixMarked'))} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Who the person is; shown only to those who see identities. */
export function IdentitySection({ detail, identity }: { detail: CaseDetail; identity: Identity }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Section
      id="identity"
      title={t('cases.code.part.identity')}
      actions={
        detail.abilities.editIdentity &&
        !editing && (
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(true)}>
            {t('cases.identity.edit')}
          </Button>
        )
      }
    >
      {editing ? <IdentityEdit detail={detail} identity={identity} onDone={() => setEditing(false)} /> : <IdentityView identity={identity} />}
    </Section>
  );
}
