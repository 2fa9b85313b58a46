import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Active / inactive, the same everywhere. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'teal' : 'gray'} variant={active ? 'filled' : 'outline'} size="sm">
      {active ? t('status.active') : t('status.inactive')}
    </Badge>
  );
}
