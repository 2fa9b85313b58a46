import { Checkbox, NativeSelect, NumberInput, SimpleGrid, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS, SERVICE_KINDS, SHELTER_KINDS, type Region, type ServiceKind, type ShelterKind } from '../../../common/src/shelters';
import { fieldErrors } from '../cases/formErrors';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useFormState } from '../ui/useFormState';
import { useCreateShelter, useUpdateShelter, type Shelter, type ShelterInput } from './api';
import { careKindLabel, shelterLabel, shelterOptions } from './labels';

const FIELDS = ['kind', 'name', 'operatorOrgId', 'supervisingOrgId', 'region', 'capacity', 'services', 'contacts', 'nearCapacityPercent', 'active'];

function initialOf(shelter: Shelter | null): ShelterInput {
  if (!shelter) {
    return { kind: 'shelter', name: '', operatorOrgId: '', supervisingOrgId: null, region: 'baku', capacity: { female: 0, male: 0, children: 0 }, services: [], contacts: null, nearCapacityPercent: 90, active: true };
  }
  return {
    kind: shelter.kind, name: shelter.name, operatorOrgId: shelter.operator.id, supervisingOrgId: shelter.supervisingBody?.id ?? null, region: shelter.region,
    capacity: shelter.capacity, services: shelter.services, contacts: shelter.contacts, nearCapacityPercent: shelter.nearCapacityPercent, active: shelter.active,
  };
}

/**
 * Registers a shelter (the Coordinator's office) or changes one. The shelter's own body keeps its
 * capacity, services, contacts and whether it takes people; its place in the registry is the office's.
 */
export function ShelterForm({ shelter, opened, onClose }: { shelter: Shelter | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set } = useFormState(initialOf(shelter));
  const [checked, setChecked] = useState(false);
  const create = useCreateShelter();
  const update = useUpdateShelter(shelter?.id ?? '');
  const mutation = shelter ? update : create;
  const registry = !shelter || shelter.abilities.editRegistry;
  const missing = new Map<string, 'required'>();
  if (checked && !values.name.trim()) missing.set('name', 'required');
  if (checked && !values.operatorOrgId) missing.set('operatorOrgId', 'required');
  const errors = fieldErrors(t, mutation.error, missing);
  const places = (key: keyof ShelterInput['capacity'], label: string) => (
    <NumberInput
      label={label}
      value={values.capacity[key]}
      onChange={(v) => set('capacity', { ...values.capacity, [key]: typeof v === 'number' ? v : 0 })}
      min={0}
      max={10_000}
      allowDecimal={false}
      error={errors.at(`capacity.${key}`)}
    />
  );

  const submit = () => {
    setChecked(true);
    if (!values.name.trim() || !values.operatorOrgId) return;
    const input = { ...values, name: values.name.trim(), contacts: values.contacts?.trim() || null };
    const done = () => {
      notifications.show({ color: 'teal', message: t('shelters.saved', { name: input.name }) });
      onClose();
    };
    if (shelter) update.mutate({ ...input, revision: shelter.revision }, { onSuccess: done });
    else create.mutate(input, { onSuccess: done });
  };

  return (
    <FormDrawer opened={opened} onClose={onClose} title={shelter ? t('shelters.editTitle', { name: shelter.name }) : t('shelters.create')} submitLabel={t('common.save')} pending={mutation.isPending} onSubmit={submit}>
      {registry ? (
        <>
          <NativeSelect label={t('shelters.field.kind')} value={values.kind} onChange={(e) => set('kind', e.currentTarget.value as ShelterKind)} data={shelterOptions(t, 'kind', SHELTER_KINDS)} required error={errors.at('kind')} />
          <TextInput label={t('shelters.field.name')} value={values.name} onChange={(e) => set('name', e.currentTarget.value)} required maxLength={200} error={errors.at('name')} data-autofocus />
          <OrganisationSelect label={t('shelters.field.operator')} value={values.operatorOrgId} onChange={(id) => set('operatorOrgId', id)} required error={errors.at('operatorOrgId')} />
          <OrganisationSelect label={t('shelters.field.supervisingBody')} value={values.supervisingOrgId ?? ''} onChange={(id) => set('supervisingOrgId', id || null)} clearable error={errors.at('supervisingOrgId')} />
          <NativeSelect label={t('shelters.field.region')} value={values.region} onChange={(e) => set('region', e.currentTarget.value as Region)} data={shelterOptions(t, 'region', REGIONS)} required error={errors.at('region')} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('shelters.ownBodyHint', { operator: shelter?.operator.shortName ?? '', region: shelterLabel(t, 'region', shelter?.region) })}
        </Text>
      )}
      <Text size="sm" fw={600}>
        {t('shelters.field.capacity')}
      </Text>
      <SimpleGrid cols={3} spacing="xs">
        {places('female', t('shelters.category.female'))}
        {places('male', t('shelters.category.male'))}
        {places('children', t('shelters.category.children'))}
      </SimpleGrid>
      <NumberInput
        label={t('shelters.field.nearCapacityPercent')}
        description={t('shelters.field.nearCapacityHint')}
        value={values.nearCapacityPercent}
        onChange={(v) => set('nearCapacityPercent', typeof v === 'number' ? v : 90)}
        min={1}
        max={100}
        allowDecimal={false}
        suffix="%"
        error={errors.at('nearCapacityPercent')}
      />
      <Checkbox.Group label={t('shelters.field.services')} value={values.services} onChange={(v) => set('services', v as ServiceKind[])} error={errors.at('services')}>
        <SimpleGrid cols={2} spacing={6} mt={6}>
          {SERVICE_KINDS.map((kind) => (
            <Checkbox key={kind} value={kind} label={careKindLabel(t, kind)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea
        label={t('shelters.field.contacts')}
        description={t('shelters.field.contactsHint')}
        value={values.contacts ?? ''}
        onChange={(e) => set('contacts', e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={2000}
        error={errors.at('contacts')}
      />
      <Switch label={t('shelters.field.active')} checked={values.active} onChange={(e) => set('active', e.currentTarget.checked)} />
      {mutation.isError && <ProblemAlert error={mutation.error} fields={FIELDS} />}
    </FormDrawer>
  );
}
