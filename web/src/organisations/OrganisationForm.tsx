import { NativeSelect, Switch, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../common/src/roles';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useFormState } from '../ui/useFormState';
import { useSaveOrganisation, type Organisation, type OrganisationInput } from './api';

const FIELDS = ['nameAz', 'shortName', 'nameRu', 'nameEn', 'kind', 'aliases', 'active'] as const;

interface OrganisationFormProps {
  /** null: create a new organisation. */
  organisation: Organisation | null;
  opened: boolean;
  onClose: () => void;
}

export function OrganisationForm({ organisation, opened, onClose }: OrganisationFormProps) {
  const { t } = useTranslation();
  const { values, set } = useFormState<Required<OrganisationInput>>({
    nameAz: organisation?.nameAz ?? '',
    shortName: organisation?.shortName ?? '',
    nameRu: organisation?.nameRu ?? '',
    nameEn: organisation?.nameEn ?? '',
    kind: organisation?.kind ?? 'ministry',
    aliases: organisation?.aliases ?? [],
    active: organisation?.active ?? true,
  });
  const [checked, setChecked] = useState(false);
  const save = useSaveOrganisation(organisation?.id ?? null);
  const server = fieldErrors(save.error);
  const required = (field: 'nameAz' | 'shortName') => (checked && !values[field].trim() ? t('form.required') : server[field]);

  const submit = () => {
    setChecked(true);
    if (!values.nameAz.trim() || !values.shortName.trim()) return;
    const input: OrganisationInput = {
      nameAz: values.nameAz.trim(),
      shortName: values.shortName.trim(),
      nameRu: values.nameRu.trim(),
      nameEn: values.nameEn.trim(),
      kind: values.kind,
      aliases: values.aliases.map((a) => a.trim()).filter(Boolean),
      ...(organisation ? { active: values.active } : {}),
    };
    save.mutate(input, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'teal',
          message: t(organisation ? 'organisations.updated' : 'organisations.created', { name: saved.shortName }),
        });
        onClose();
      },
    });
  };

  return (
    <FormDrawer
      opened={opened}
      onClose={onClose}
      title={organisation ? t('organisations.editTitle') : t('organisations.createTitle')}
      submitLabel={t('common.save')}
      pending={save.isPending}
      onSubmit={submit}
    >
      <TextInput
        label={t('organisation.nameAz')}
        value={values.nameAz}
        onChange={(e) => set('nameAz', e.currentTarget.value)}
        required
        data-autofocus
        lang="az"
        error={required('nameAz')}
      />
      <TextInput
        label={t('organisation.shortName')}
        value={values.shortName}
        onChange={(e) => set('shortName', e.currentTarget.value)}
        required
        error={required('shortName')}
      />
      <TextInput
        label={t('organisation.nameRu')}
        value={values.nameRu}
        onChange={(e) => set('nameRu', e.currentTarget.value)}
        lang="ru"
        error={server.nameRu}
      />
      <TextInput
        label={t('organisation.nameEn')}
        value={values.nameEn}
        onChange={(e) => set('nameEn', e.currentTarget.value)}
        lang="en"
        error={server.nameEn}
      />
      <NativeSelect
        label={t('organisation.kind')}
        value={values.kind}
        onChange={(e) => set('kind', e.currentTarget.value as OrganisationKind)}
        data={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`orgKind.${kind}`) }))}
        required
        error={server.kind}
      />
      <TagsInput
        label={t('organisation.aliases')}
        description={t('organisations.aliasesHint')}
        value={values.aliases}
        onChange={(aliases) => set('aliases', aliases)}
        error={server.aliases}
      />
      {organisation && (
        <Switch
          label={t('organisation.active')}
          checked={values.active}
          onChange={(e) => set('active', e.currentTarget.checked)}
          error={server.active}
        />
      )}
      {save.isError && <ProblemAlert error={save.error} fields={FIELDS} />}
    </FormDrawer>
  );
}
