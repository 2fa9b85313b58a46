import { Center, Container, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { storedLanguage } from '../i18n';
import { ProblemAlert } from '../ui/ProblemAlert';
import { isApiError } from './api';
import { SessionProvider, sessionQuery } from './session';

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** Renders its children only for a signed-in person; a 401 sends them to the login page (see router). */
export function SessionGate({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(sessionQuery);
  const locale = data?.user.locale;

  // The account's language applies unless this device already has a chosen one.
  useEffect(() => {
    if (locale && !storedLanguage() && i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [locale, i18n]);

  if (data) return <SessionProvider value={data}>{children}</SessionProvider>;
  if (isPending || (isApiError(error) && error.status === 401)) return <FullPageLoader />;
  return (
    <Container size="sm" py="xl">
      <ProblemAlert error={error} onRetry={() => void refetch()} />
    </Container>
  );
}
