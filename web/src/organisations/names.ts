import type { Locale } from '../../../common/src/roles';

interface Named {
  nameAz: string;
  nameRu?: string | null;
  nameEn?: string | null;
}

/** The organisation's name in the reader's language, falling back to the Azerbaijani name. */
export function organisationName(org: Named, locale: string): string {
  const lang = locale as Locale;
  if (lang === 'ru' && org.nameRu) return org.nameRu;
  if (lang === 'en' && org.nameEn) return org.nameEn;
  return org.nameAz;
}
