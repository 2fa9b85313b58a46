import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { CodeInput, isCompleteCode } from './CodeInput';
import { TotpSecret, type TotpEnrolment } from './TotpSecret';

/** First login of a role that needs a second factor: set up the authenticator app, then prove it works. */
export function EnrolmentStep({ enrolment, onDone, onBack }: { enrolment: TotpEnrolment; onDone: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const mutation = useMutation({
    mutationFn: () => api.post('/api/auth/totp/enrol', { code }, { loginFlow: true }),
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
          {t('totp.enrolTitle')}
        </Title>
        <Text size="sm">{t('totp.enrolIntro')}</Text>
        <TotpSecret enrolment={enrolment} />
        <CodeInput value={code} onChange={setCode} error={fieldErrors(mutation.error).code} />
        {mutation.isError && <ProblemAlert error={mutation.error} fields={['code']} />}
        <Group justify="space-between">
          <Button variant="subtle" onClick={onBack}>
            {t('common.back')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={!isCompleteCode(code)}>
            {t('totp.enrolConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
