import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useFormState } from '../ui/useFormState';
import { useSaveDonor } from './api';
import { DONOR_KINDS, type DonorKind, type DonorSummary } from './types';

const FIELDS = ['name', 'kind', 'country', 'website', 'notes'] as const;

/** Records a donor or partner, or changes one. */
export function DonorForm({ donor, opened, onClose }: { donor: DonorSummary | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { values, set } = useFormState({
    name: donor?.name ?? '',
    kind: donor?.kind ?? ('international_organisation' as DonorKind),
    country: donor?.country ?? '',
    website: donor?.website ?? '',
    notes: donor?.notes ?? '',
  });
  const [checked, setChecked] = useState(false);
  const save = useSaveDonor(donor?.id ?? null);
  const server = fieldErrors(save.error);

  const submit = () => {
    setChecked(true);
    if (!values.name.trim()) return;
    save.mutate(
      { name: values.name.trim(), kind: values.kind, country: values.country.trim() || null, website: values.website.trim() || null, notes: values.notes.trim() },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: t(donor ? 'donors.form.updated' : 'donors.form.created', { name: saved.name }) });
          onClose();
          if (!donor) void navigate(`/donors/${saved.id}`);
        },
      },
    );
  };

  return (
    <FormDrawer opened={opened} onClose={onClose} title={donor ? t('donors.form.editTitle') : t('donors.form.createTitle')} submitLabel={t('common.save')} pending={save.isPending} onSubmit={submit}>
      {save.error ? <ProblemAlert error={save.error} fields={FIELDS} /> : null}
      <TextInput label={t('donors.field.name')} value={values.name} onChange={(e) => set('name', e.currentTarget.value)} required data-autofocus error={checked && !values.name.trim() ? t('form.required') : server.name} />
      <NativeSelect label={t('donors.field.kind')} value={values.kind} onChange={(e) => set('kind', e.currentTarget.value as DonorKind)} data={DONOR_KINDS.map((k) => ({ value: k, label: t(`donors.kind.${k}`) }))} required error={server.kind} />
      <TextInput label={t('donors.field.country')} value={values.country} onChange={(e) => set('country', e.currentTarget.value)} error={server.country} />
      <TextInput label={t('donors.field.website')} value={values.website} onChange={(e) => set('website', e.currentTarget.value)} type="url" error={server.website} />
      <Textarea label={t('donors.field.notes')} value={values.notes} onChange={(e) => set('notes', e.currentTarget.value)} autosize minRows={3} error={server.notes} />
    </FormDrawer>
  );
}
