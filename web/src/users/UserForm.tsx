import { NativeSelect, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, ROLES, type Locale, type Role } from '../../../common/src/roles';
import { currentLanguage } from '../i18n';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useFormState } from '../ui/useFormState';
import { toUpdate, useCreateUser, userQuery, useUpdateUser, type User } from './api';
import { NewPasswordField } from './NewPasswordField';
import { UserAdminActions } from './UserAdminActions';

const FIELDS = ['login', 'fullName', 'email', 'organisationId', 'role', 'locale', 'password', 'active'] as const;

interface UserFormProps {
  /** null: create a new user. */
  user: User | null;
  opened: boolean;
  onClose: () => void;
}

export function UserForm({ user: row, opened, onClose }: UserFormProps) {
  const { t } = useTranslation();
  const fresh = useQuery({ ...userQuery(row?.id ?? ''), enabled: row !== null, placeholderData: row ?? undefined });
  const user = fresh.data ?? row;
  const { values, set } = useFormState({
    login: row?.login ?? '',
    fullName: row?.fullName ?? '',
    email: row?.email ?? '',
    organisationId: row?.organisation.id ?? '',
    role: row?.role ?? ('agency_focal_point' as Role),
    locale: row?.locale ?? currentLanguage(),
    password: '',
  });
  const [checked, setChecked] = useState(false);
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = row ? update : create;
  const server = fieldErrors(mutation.error);
  const missing = (value: string) => checked && !value.trim();
  const requiredError = (field: 'login' | 'fullName' | 'organisationId' | 'password') =>
    missing(values[field]) ? t('form.required') : server[field];

  const submit = () => {
    setChecked(true);
    const required = [values.fullName, values.organisationId, ...(row ? [] : [values.login, values.password])];
    if (required.some((v) => !v.trim())) return;
    const common = {
      fullName: values.fullName.trim(),
      organisationId: values.organisationId,
      role: values.role,
      locale: values.locale,
    };
    const done = (saved: User) => {
      notifications.show({ color: 'teal', message: t(row ? 'users.updated' : 'users.created', { name: saved.fullName }) });
      onClose();
    };
    if (user) {
      update.mutate({ id: user.id, input: { ...toUpdate(user), ...common, email: values.email.trim() || null } }, { onSuccess: done });
    } else {
      const email = values.email.trim();
      create.mutate({ ...common, login: values.login.trim(), password: values.password, ...(email ? { email } : {}) }, { onSuccess: done });
    }
  };

  return (
    <FormDrawer
      opened={opened}
      onClose={onClose}
      title={row ? t('users.editTitle') : t('users.createTitle')}
      submitLabel={t('common.save')}
      pending={mutation.isPending}
      onSubmit={submit}
      footer={user && user.abilities.update ? <UserAdminActions user={user} /> : undefined}
    >
      {row ? (
        <TextInput label={t('user.login')} value={values.login} readOnly variant="filled" />
      ) : (
        <TextInput
          label={t('user.login')}
          value={values.login}
          onChange={(e) => set('login', e.currentTarget.value)}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          data-autofocus
          error={requiredError('login')}
        />
      )}
      <TextInput
        label={t('user.fullName')}
        value={values.fullName}
        onChange={(e) => set('fullName', e.currentTarget.value)}
        required
        data-autofocus={row ? true : undefined}
        error={requiredError('fullName')}
      />
      <TextInput
        label={t('user.email')}
        type="email"
        value={values.email}
        onChange={(e) => set('email', e.currentTarget.value)}
        autoComplete="off"
        error={server.email}
      />
      <OrganisationSelect
        label={t('user.organisation')}
        value={values.organisationId}
        onChange={(id) => set('organisationId', id)}
        required
        error={requiredError('organisationId')}
      />
      <NativeSelect
        label={t('user.role')}
        value={values.role}
        onChange={(e) => set('role', e.currentTarget.value as Role)}
        data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        required
        error={server.role}
      />
      <NativeSelect
        label={t('user.locale')}
        value={values.locale}
        onChange={(e) => set('locale', e.currentTarget.value as Locale)}
        data={LOCALES.map((locale) => ({ value: locale, label: t(`language.name.${locale}`) }))}
        required
        error={server.locale}
      />
      {!row && (
        <>
          <NewPasswordField
            label={t('user.initialPassword')}
            value={values.password}
            onChange={(password) => set('password', password)}
            error={requiredError('password')}
          />
          <Text size="xs" c="dimmed">
            {t('users.mustChangeNotice')}
          </Text>
        </>
      )}
      {mutation.isError && <ProblemAlert error={mutation.error} fields={FIELDS} />}
    </FormDrawer>
  );
}
