import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../ui/EmptyState';
import { usePageTitle } from '../ui/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <EmptyState
      icon={<IconMapOff aria-hidden />}
      title={t('notFound.title')}
      description={t('notFound.description')}
      action={
        <Button component={Link} to="/" variant="default">
          {t('nav.home')}
        </Button>
      }
    />
  );
}
