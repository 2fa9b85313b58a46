import { Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, Radio, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS } from '../../../common/src/case-parts';
import type { AgeKind, IdentityValues } from './caseForm';
import { codeOptions } from './codes';
import type { FieldErrors } from './formErrors';
import { CodeSelect, CountryMultiSelect, CountrySelect, DateField, LanguageMultiSelect, RemoveRow, removeAt, replaceAt } from './inputs';
import { CONTACT_KINDS, type ContactKind, type DocumentKind } from './types';

interface IdentityFieldsProps {
  values: IdentityValues;
  update: (change: (values: IdentityValues) => IdentityValues) => void;
  errors: FieldErrors;
}

const MAX_NAMES = 10;
const MAX_ROWS = 10;

/** The person: names as written in every script, sex, age, citizenship, languages, documents, contacts. */
export function IdentityFields({ values, update, errors }: IdentityFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof IdentityValues>(key: K, value: IdentityValues[K]) => update((v) => ({ ...v, [key]: value }));
  const p = 'person';

  return (
    <Stack gap="md">
      <Fieldset legend={t('cases.identity.names')} variant="unstyled">
        <Stack gap="xs">
          {values.names.map((name, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={i === 0 ? t('cases.identity.mainName') : t('cases.identity.otherName', { n: i + 1 })}
                value={name}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  update((v) => ({ ...v, names: replaceAt(v.names, i, text) }));
                }}
                required={i === 0}
                error={errors.at(`${p}.names.${i}`) ?? (i === 0 ? errors.at(`${p}.names`) : undefined)}
                description={i === 0 ? t('cases.identity.namesHint') : undefined}
                autoComplete="off"
                spellCheck={false}
                style={{ flex: 1 }}
                maw={520}
                data-autofocus={i === 0 ? true : undefined}
              />
              {i > 0 && <RemoveRow label={t('cases.identity.removeName', { n: i + 1 })} onClick={() => update((v) => ({ ...v, names: removeAt(v.names, i) }))} />}
            </Group>
          ))}
          {values.names.length < MAX_NAMES && (
            <Group>
              <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => update((v) => ({ ...v, names: [...v.names, ''] }))}>
                {t('cases.identity.addName')}
              </Button>
            </Group>
          )}
          <TextInput
            label={t('cases.identity.latinName')}
            description={t('cases.identity.latinNameHint')}
            value={values.latinName}
            onChange={(e) => set('latinName', e.currentTarget.value)}
            error={errors.at(`${p}.latinName`)}
            autoComplete="off"
            spellCheck={false}
            maw={520}
          />
        </Stack>
      </Fieldset>

      <Group gap="md" align="flex-start">
        <CodeSelect group="sex" label={t('cases.field.sex')} value={values.sex} onChange={(v) => set('sex', v)} required error={errors.at(`${p}.sex`)} w={200} />
        <Radio.Group
          label={t('cases.identity.ageKnownBy')}
          value={values.ageKind}
          onChange={(v) => set('ageKind', v as AgeKind)}
        >
          <Group gap="md" mt={8}>
            <Radio value="birthDate" label={t('cases.identity.byBirthDate')} />
            <Radio value="estimatedAge" label={t('cases.identity.byEstimatedAge')} />
            <Radio value="unknown" label={t('cases.identity.ageUnknown')} />
          </Group>
        </Radio.Group>
        {values.ageKind === 'birthDate' && (
          <DateField label={t('cases.field.birthDate')} value={values.birthDate} onChange={(v) => set('birthDate', v)} required error={errors.at(`${p}.birthDate`) ?? errors.at(`${p}.childAtIdentification`)} />
        )}
        {values.ageKind === 'estimatedAge' && (
          <NumberInput
            label={t('cases.field.estimatedAge')}
            description={t('cases.identity.estimatedAgeHint')}
            value={values.estimatedAge}
            onChange={(v) => set('estimatedAge', v)}
            min={0}
            max={120}
            allowDecimal={false}
            allowNegative={false}
            required
            error={errors.at(`${p}.estimatedAge`) ?? errors.at(`${p}.childAtIdentification`)}
            w={200}
          />
        )}
        {values.ageKind === 'unknown' && (
          <NativeSelect
            label={t('cases.field.childAtIdentification')}
            value={values.childAtIdentification}
            onChange={(e) => set('childAtIdentification', e.currentTarget.value as IdentityValues['childAtIdentification'])}
            data={[
              { value: '', label: t('cases.value.unknown') },
              { value: 'yes', label: t('cases.value.childYes') },
              { value: 'no', label: t('cases.value.childNo') },
            ]}
            error={errors.at(`${p}.childAtIdentification`)}
            w={260}
          />
        )}
      </Group>

      <Group gap="md" align="flex-start">
        <CountryMultiSelect
          label={t('cases.field.citizenships')}
          value={values.citizenships}
          onChange={(v) => set('citizenships', v)}
          disabled={values.stateless}
          error={errors.under(`${p}.citizenships`)}
          max={5}
          w={360}
        />
        <Checkbox
          label={t('cases.field.stateless')}
          checked={values.stateless}
          onChange={(e) => set('stateless', e.currentTarget.checked)}
          error={errors.at(`${p}.stateless`)}
          mt={30}
        />
      </Group>
      <Group gap="md" align="flex-start">
        <LanguageMultiSelect label={t('cases.field.languages')} value={values.languages} onChange={(v) => set('languages', v)} error={errors.under(`${p}.languages`)} w={360} />
        <CodeSelect group="migration" label={t('cases.field.migrationStatus')} value={values.migrationStatus} onChange={(v) => set('migrationStatus', v)} error={errors.at(`${p}.migrationStatus`)} w={240} />
      </Group>
      <TagsInput
        label={t('cases.field.disabilities')}
        description={t('cases.identity.disabilitiesHint')}
        value={values.disabilities}
        onChange={(v) => set('disabilities', v)}
        maxTags={10}
        error={errors.under(`${p}.disabilities`)}
        maw={600}
        clearable
        clearButtonProps={{ 'aria-label': t('filters.clearField') }}
      />

      <Fieldset legend={t('cases.identity.documents')} variant="unstyled">
        <Stack gap="xs">
          {values.documents.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('cases.identity.noDocuments')}
            </Text>
          )}
          {values.documents.map((doc, i) => (
            <Group key={i} gap="xs" align="flex-start" wrap="wrap">
              <NativeSelect
                label={t('cases.identity.documentKind', { n: i + 1 })}
                value={doc.kind}
                onChange={(e) => {
                  const kind = e.currentTarget.value as DocumentKind;
                  update((v) => ({ ...v, documents: replaceAt(v.documents, i, { ...v.documents[i]!, kind }) }));
                }}
                data={codeOptions(t, 'document', DOCUMENT_KINDS)}
                error={errors.at(`${p}.documents.${i}.kind`)}
                w={200}
              />
              <TextInput
                label={t('cases.identity.documentNumber', { n: i + 1 })}
                value={doc.number}
                onChange={(e) => {
                  const number = e.currentTarget.value;
                  update((v) => ({ ...v, documents: replaceAt(v.documents, i, { ...v.documents[i]!, number }) }));
                }}
                required
                error={errors.at(`${p}.documents.${i}.number`)}
                autoComplete="off"
                spellCheck={false}
                w={200}
              />
              <CountrySelect
                label={t('cases.identity.documentCountry', { n: i + 1 })}
                value={doc.country}
                onChange={(country) => update((v) => ({ ...v, documents: replaceAt(v.documents, i, { ...v.documents[i]!, country }) }))}
                error={errors.at(`${p}.documents.${i}.country`)}
              />
              <RemoveRow label={t('cases.identity.removeDocument', { n: i + 1 })} onClick={() => update((v) => ({ ...v, documents: removeAt(v.documents, i) }))} />
            </Group>
          ))}
          {errors.at(`${p}.documents`) && (
            <Text size="sm" c="red.9">
              {errors.at(`${p}.documents`)}
            </Text>
          )}
          {values.documents.length < MAX_ROWS && (
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => update((v) => ({ ...v, documents: [...v.documents, { kind: 'passport', number: '', country: v.citizenships[0] ?? '' }] }))}
              >
                {t('cases.identity.addDocument')}
              </Button>
            </Group>
          )}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('cases.identity.contacts')} variant="unstyled">
        <Stack gap="xs">
          {values.contacts.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('cases.identity.noContacts')}
            </Text>
          )}
          {values.contacts.map((contact, i) => (
            <Group key={i} gap="xs" align="flex-start">
              <NativeSelect
                label={t('cases.identity.contactKind', { n: i + 1 })}
                value={contact.kind}
                onChange={(e) => {
                  const kind = e.currentTarget.value as ContactKind;
                  update((v) => ({ ...v, contacts: replaceAt(v.contacts, i, { ...v.contacts[i]!, kind }) }));
                }}
                data={codeOptions(t, 'contact', CONTACT_KINDS)}
                error={errors.at(`${p}.contacts.${i}.kind`)}
                w={200}
              />
              <TextInput
                label={t('cases.identity.contactValue', { n: i + 1 })}
                value={contact.value}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  update((v) => ({ ...v, contacts: replaceAt(v.contacts, i, { ...v.contacts[i]!, value }) }));
                }}
                required
                error={errors.at(`${p}.contacts.${i}.value`)}
                autoComplete="off"
                w={280}
              />
              <RemoveRow label={t('cases.identity.removeContact', { n: i + 1 })} onClick={() => update((v) => ({ ...v, contacts: removeAt(v.contacts, i) }))} />
            </Group>
          ))}
          {values.contacts.length < MAX_ROWS && (
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => update((v) => ({ ...v, contacts: [...v.contacts, { kind: 'phone', value: '' }] }))}
              >
                {t('cases.identity.addContact')}
              </Button>
            </Group>
          )}
        </Stack>
      </Fieldset>

      <Textarea
        label={t('cases.field.address')}
        value={values.address}
        onChange={(e) => set('address', e.currentTarget.value)}
        error={errors.at(`${p}.address`)}
        autosize
        minRows={2}
        maxRows={5}
        maw={600}
      />
    </Stack>
  );
}
