import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../app/api';

/** Ends this session (or, with `everywhere`, every session of this person) and goes to the login page. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { t } = useTranslation();

  return async (everywhere = false) => {
    await api.post(everywhere ? '/api/auth/logout-all' : '/api/auth/logout');
    await navigate('/login', { replace: true });
    queryClient.clear();
    notifications.show({ message: everywhere ? t('logout.everywhereDone') : t('logout.done') });
  };
}
