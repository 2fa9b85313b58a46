import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { SESSION_KEY } from '../app/session';
import { PasswordField } from '../ui/PasswordField';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);

  const mutation = useMutation({
    mutationFn: () => api.put('/api/account/password', { currentPassword, newPassword }),
    onSuccess: async () => {
      setCurrent('');
      setNew('');
      setRepeat('');
      setChecked(false);
      notifications.show({ color: 'teal', message: t('account.passwordChanged') });
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });

  const server = fieldErrors(mutation.error);
  const local = {
    currentPassword: checked && !currentPassword ? t('form.required') : undefined,
    newPassword: checked && !newPassword ? t('form.required') : undefined,
    repeat: checked && repeat !== newPassword ? t('account.passwordsDiffer') : undefined,
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (currentPassword && newPassword && repeat === newPassword) mutation.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('account.changePassword')}>
      <Stack gap="sm" maw={420}>
        <PasswordField
          label={t('account.currentPassword')}
          value={currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          autoComplete="current-password"
          required
          error={local.currentPassword ?? server.currentPassword}
        />
        <PasswordField
          label={t('account.newPassword')}
          description={t('account.passwordPolicy')}
          value={newPassword}
          onChange={(e) => setNew(e.currentTarget.value)}
          autoComplete="new-password"
          required
          error={local.newPassword ?? server.newPassword}
        />
        <PasswordField
          label={t('account.repeatPassword')}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          autoComplete="new-password"
          required
          error={local.repeat}
        />
        {mutation.isError && <ProblemAlert error={mutation.error} fields={FIELDS} />}
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          {t('account.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
