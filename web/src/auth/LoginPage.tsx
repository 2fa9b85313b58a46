import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { usePageTitle } from '../ui/usePageTitle';
import { safeNext } from './next';
import { PasswordStep, type LoginAnswer } from './PasswordStep';
import { SecondFactorStep } from './SecondFactorStep';

type Step = { kind: 'password' } | { kind: 'totp' } | { kind: 'enrol'; answer: Extract<LoginAnswer, { status: 'totp_enrolment_required' }> };

/** Password, then (depending on the answer) the second factor or its enrolment, all on /login. */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const finish = async () => {
    queryClient.clear(); // nothing from an earlier session survives
    await navigate(safeNext(params.get('next')), { replace: true });
  };
  const restart = () => setStep({ kind: 'password' });

  const onPassword = (answer: LoginAnswer) => {
    if (answer.status === 'ok') void finish();
    else if (answer.status === 'totp_required') setStep({ kind: 'totp' });
    else setStep({ kind: 'enrol', answer });
  };

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Box w="100%" maw={step.kind === 'enrol' ? 520 : 420} component="main">
        <Stack gap="lg">
          <Stack gap={4} align="center" ta="center">
            <Title order={1} c="indigo.9">
              Koordinator
            </Title>
            <Text size="sm" c="dimmed">
              {t('app.subtitle')}
            </Text>
          </Stack>
          <Paper withBorder shadow="xs" p="lg" radius="md">
            {step.kind === 'password' && <PasswordStep onAnswer={onPassword} />}
            {step.kind === 'totp' && <SecondFactorStep onDone={() => void finish()} onBack={restart} />}
            {step.kind === 'enrol' && <SecondFactorStep enrolment={step.answer.enrolment} onDone={() => void finish()} onBack={restart} />}
          </Paper>
          <Box maw={260} mx="auto" w="100%">
            <LanguageSwitch />
          </Box>
        </Stack>
      </Box>
    </Center>
  );
}
