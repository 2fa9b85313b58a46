import { Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { isLocked, toUpdate, useResetPassword, useResetTotp, useUnlockUser, useUpdateUser, type User } from './api';
import { NewPasswordField } from './NewPasswordField';

/** Reset password, unlock, reset 2FA, deactivate/activate: each asks first. */
export function UserAdminActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const resetPassword = useResetPassword();
  const unlock = useUnlockUser();
  const resetTotp = useResetTotp();
  const update = useUpdateUser();
  const name = user.fullName;
  const done = (key: 'users.passwordReset' | 'users.unlocked' | 'users.totpReset' | 'users.deactivated' | 'users.activated') =>
    notifications.show({ color: 'teal', message: t(key, { name }) });

  return (
    <Stack gap="sm" component="section" aria-label={t('users.adminActions')}>
      <Divider />
      <Title order={3} size="h5">
        {t('users.adminActions')}
      </Title>
      <Group gap="sm">
        <ConfirmButton
          label={t('users.resetPassword')}
          title={t('users.resetPasswordTitle', { name })}
          confirmLabel={t('users.resetPassword')}
          confirmDisabled={!password}
          fields={['password']}
          onOpen={() => {
            setPassword('');
            resetPassword.reset();
          }}
          onConfirm={async () => {
            await resetPassword.mutateAsync({ id: user.id, password });
            done('users.passwordReset');
          }}
        >
          <Text size="sm">{t('users.resetPasswordMessage')}</Text>
          <NewPasswordField
            label={t('user.newPassword')}
            value={password}
            onChange={setPassword}
            error={fieldErrors(resetPassword.error).password}
          />
        </ConfirmButton>
        {isLocked(user) && (
          <ConfirmButton
            label={t('users.unlock')}
            title={t('users.unlockTitle', { name })}
            confirmLabel={t('users.unlock')}
            onConfirm={async () => {
              await unlock.mutateAsync(user.id);
              done('users.unlocked');
            }}
          >
            <Text size="sm">{t('users.unlockMessage')}</Text>
          </ConfirmButton>
        )}
        {user.totpEnabled && (
          <ConfirmButton
            label={t('users.resetTotp')}
            title={t('users.resetTotpTitle', { name })}
            confirmLabel={t('users.resetTotp')}
            danger
            onConfirm={async () => {
              await resetTotp.mutateAsync(user.id);
              done('users.totpReset');
            }}
          >
            <Text size="sm">{t('users.resetTotpMessage')}</Text>
          </ConfirmButton>
        )}
        {user.active ? (
          <ConfirmButton
            label={t('users.deactivate')}
            title={t('users.deactivateTitle', { name })}
            confirmLabel={t('users.deactivate')}
            danger
            onConfirm={async () => {
              await update.mutateAsync({ id: user.id, input: { ...toUpdate(user), active: false } });
              done('users.deactivated');
            }}
          >
            <Text size="sm">{t('users.deactivateMessage')}</Text>
          </ConfirmButton>
        ) : (
          <Button
            variant="default"
            loading={update.isPending}
            onClick={() =>
              update.mutate({ id: user.id, input: { ...toUpdate(user), active: true } }, { onSuccess: () => done('users.activated') })
            }
          >
            {t('users.activate')}
          </Button>
        )}
      </Group>
      {update.isError && !user.active && <ProblemAlert error={update.error} />}
    </Stack>
  );
}
