import dayjs from 'dayjs';
import 'dayjs/locale/az';
import 'dayjs/locale/ru';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../common/src/roles';
import az from './az.json';
import en from './en.json';
import ru from './ru.json';

export const LANG_STORAGE_KEY = 'koordinator.lang';

/** The language the person chose on this device, if any. */
export function storedLanguage(): Locale | null {
  try {
    const value = window.localStorage.getItem(LANG_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(locale: Locale): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, locale);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}

export function currentLanguage(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

function applyToDocument(lng: string): void {
  const locale = isLocale(lng) ? lng : DEFAULT_LOCALE;
  document.documentElement.lang = locale;
  dayjs.locale(locale);
}

i18n.on('languageChanged', applyToDocument);

void i18n.use(initReactI18next).init({
  resources: { az: { translation: az }, ru: { translation: ru }, en: { translation: en } },
  lng: storedLanguage() ?? DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['az', 'ru', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyToDocument(i18n.language);

export default i18n;
