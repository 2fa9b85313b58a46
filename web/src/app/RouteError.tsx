import { Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ProblemAlert } from '../ui/ProblemAlert';

/** Last resort when a page fails to render. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <ProblemAlert error={error} />
        <Button variant="default" onClick={() => window.location.reload()} w="fit-content">
          {t('common.reload')}
        </Button>
      </Stack>
    </Container>
  );
}
