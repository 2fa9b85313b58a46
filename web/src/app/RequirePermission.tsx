import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../common/src/roles';
import { EmptyState } from '../ui/EmptyState';
import { usePageTitle } from '../ui/usePageTitle';
import { useCan } from './session';

export function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('noAccess.title'));
  return <EmptyState icon={<IconLock aria-hidden />} title={t('noAccess.title')} description={t('noAccess.description')} />;
}

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  return useCan(permission) ? <>{children}</> : <NoAccess />;
}
