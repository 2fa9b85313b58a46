import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../ui/usePageTitle';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The only page while an administrator-set password has not been replaced. */
export function MustChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.mustChangeTitle'));
  return (
    <Stack gap="md" maw={520}>
      <Title order={1} size="h2">
        {t('account.mustChangeTitle')}
      </Title>
      <Alert color="indigo" variant="light">
        {t('account.mustChangeMessage')}
      </Alert>
      <ChangePasswordForm />
    </Stack>
  );
}
