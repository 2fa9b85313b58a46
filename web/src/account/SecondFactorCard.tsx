import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { SESSION_KEY, useSession } from '../app/session';
import { CodeInput, isCompleteCode } from '../auth/CodeInput';
import { TotpSecret, type TotpEnrolment } from '../auth/TotpSecret';
import { ConfirmButton } from '../ui/ConfirmButton';
import { PasswordField } from '../ui/PasswordField';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';

function ConfirmSetupForm({ enrolment, onClose }: { enrolment: TotpEnrolment; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const confirm = useMutation({
    mutationFn: () => api.post('/api/account/totp/confirm', { code }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('account.totpEnabled') });
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      onClose();
    },
    onError: () => setCode(''),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (isCompleteCode(code)) confirm.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TotpSecret enrolment={enrolment} />
        <CodeInput value={code} onChange={setCode} error={fieldErrors(confirm.error).code} />
        {confirm.isError && <ProblemAlert error={confirm.error} fields={['code']} />}
        <Group>
          <Button type="submit" loading={confirm.isPending} disabled={!isCompleteCode(code)}>
            {t('totp.enrolConfirm')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SecondFactorCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { user, requiresSecondFactor } = useSession();
  const setup = useMutation({ mutationFn: () => api.post<TotpEnrolment>('/api/account/totp/setup') });
  const [password, setPassword] = useState('');
  const [disableError, setDisableError] = useState<unknown>(null);

  const disable = async () => {
    try {
      await api.delete('/api/account/totp', { password });
    } catch (e) {
      setDisableError(e);
      throw e;
    }
    notifications.show({ color: 'teal', message: t('account.totpDisabled') });
    await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  };

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm">{t('account.totpStatus')}</Text>
        <Badge color={user.totpEnabled ? 'teal' : 'gray'} variant="filled">
          {user.totpEnabled ? t('status.on') : t('status.off')}
        </Badge>
      </Group>
      {requiresSecondFactor && <Text size="sm" c="dimmed">{t('account.totpRequired')}</Text>}
      {!user.totpEnabled &&
        (setup.data ? (
          <ConfirmSetupForm enrolment={setup.data} onClose={() => setup.reset()} />
        ) : (
          <Button variant="default" onClick={() => setup.mutate()} loading={setup.isPending} w="fit-content">
            {t('account.totpSetup')}
          </Button>
        ))}
      {setup.isError && <ProblemAlert error={setup.error} />}
      {user.totpEnabled && !requiresSecondFactor && (
        <div>
          <ConfirmButton
            label={t('account.totpDisable')}
            title={t('account.totpDisable')}
            confirmLabel={t('account.totpDisable')}
            danger
            confirmDisabled={!password}
            fields={['password']}
            onOpen={() => {
              setPassword('');
              setDisableError(null);
            }}
            onConfirm={disable}
          >
            <Text size="sm">{t('account.totpDisableMessage')}</Text>
            <PasswordField
              label={t('account.currentPassword')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              required
              data-autofocus
              error={fieldErrors(disableError).password}
            />
          </ConfirmButton>
        </div>
      )}
    </Stack>
  );
}
