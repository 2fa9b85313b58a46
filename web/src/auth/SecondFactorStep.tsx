import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { CodeInput, isCompleteCode } from './CodeInput';
import { TotpSecret, type TotpEnrolment } from './TotpSecret';

/**
 * The second step of logging in: a code from the authenticator app. With `enrolment` (first login
 * of a role that needs a second factor) the app is set up first, and the code proves it works.
 */
export function SecondFactorStep({ enrolment, onDone, onBack }: { enrolment?: TotpEnrolment; onDone: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const mutation = useMutation({
    mutationFn: () => api.post(enrolment ? '/api/auth/totp/enrol' : '/api/auth/totp', { code }, { loginFlow: true }),
    onSuccess: onDone,
    onError: () => setCode(''),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (isCompleteCode(code)) mutation.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t(enrolment ? 'totp.enrolTitle' : 'totp.title')}
        </Title>
        <Text size="sm">{t(enrolment ? 'totp.enrolIntro' : 'totp.enterCode')}</Text>
        {enrolment && <TotpSecret enrolment={enrolment} />}
        <CodeInput value={code} onChange={setCode} error={fieldErrors(mutation.error).code} />
        {mutation.isError && <ProblemAlert error={mutation.error} fields={['code']} />}
        <Group justify="space-between">
          <Button variant="subtle" onClick={onBack}>
            {t('common.back')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={!isCompleteCode(code)}>
            {t(enrolment ? 'totp.enrolConfirm' : 'totp.verify')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
