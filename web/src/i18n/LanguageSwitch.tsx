import { NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale, type Locale } from '../../../common/src/roles';
import { api } from '../app/api';
import { SESSION_KEY, useOptionalSession, type Session } from '../app/session';
import { rememberLanguage } from './index';

/** "Dil / Язык / Language": switches the UI, remembers the choice here and, when signed in, on the account. */
export function LanguageSwitch({ inline = false, label }: { inline?: boolean; label?: string }) {
  const { t, i18n } = useTranslation();
  const session = useOptionalSession();
  const queryClient = useQueryClient();

  const change = async (locale: Locale) => {
    rememberLanguage(locale);
    await i18n.changeLanguage(locale);
    if (!session || session.user.locale === locale) return;
    try {
      await api.put('/api/account/locale', { locale });
      queryClient.setQueryData<Session>(SESSION_KEY, (old) => (old ? { ...old, user: { ...old.user, locale } } : old));
    } catch {
      notifications.show({ color: 'red', message: t('language.saveFailed') });
    }
  };

  return (
    <NativeSelect
      label={label ?? t('language.label')}
      value={i18n.language}
      onChange={(e) => {
        const value = e.currentTarget.value;
        if (isLocale(value)) void change(value);
      }}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`language.name.${locale}`) }))}
      size={inline ? 'xs' : 'sm'}
      styles={inline ? { root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { whiteSpace: 'nowrap' } } : undefined}
    />
  );
}
