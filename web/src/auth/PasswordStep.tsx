import { Button, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { PasswordField } from '../ui/PasswordField';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import type { TotpEnrolment } from './TotpSecret';

export type LoginAnswer =
  | { status: 'ok' }
  | { status: 'totp_required' }
  | { status: 'totp_enrolment_required'; enrolment: TotpEnrolment };

const FIELDS = ['login', 'password'] as const;

export function PasswordStep({ onAnswer }: { onAnswer: (answer: LoginAnswer) => void }) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () => api.post<LoginAnswer>('/api/auth/login', { login: login.trim(), password }, { loginFlow: true }),
    onSuccess: onAnswer,
    onError: () => setPassword(''),
  });
  const errors = fieldErrors(mutation.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!login.trim() || !password);
    if (login.trim() && password) mutation.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('login.title')}
        </Title>
        <TextInput
          label={t('login.login')}
          value={login}
          onChange={(e) => setLogin(e.currentTarget.value)}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          required
          error={errors.login ?? (missing && !login.trim() ? t('form.required') : undefined)}
        />
        <PasswordField
          label={t('login.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          required
          error={errors.password ?? (missing && !password ? t('form.required') : undefined)}
        />
        {mutation.isError && <ProblemAlert error={mutation.error} fields={FIELDS} />}
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
