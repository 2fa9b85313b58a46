import { compareAz } from '../../../common/src/collation';
import { COUNTRY_CODES } from '../../../common/src/countries';
import { AZ_LANGUAGE_NAMES, AZ_REGION_NAMES } from './cldr-az';
import type { Option } from './codes';

/** Names the browser's own Intl data cannot give in this language (Chromium has no Azerbaijani ones). */
const FALLBACK: Record<string, { region: Readonly<Record<string, string>>; language: Readonly<Record<string, string>> }> = {
  az: { region: AZ_REGION_NAMES, language: AZ_LANGUAGE_NAMES },
};

const regionNames = new Map<string, Intl.DisplayNames | null>();
const languageNames = new Map<string, Intl.DisplayNames | null>();

function displayNames(cache: Map<string, Intl.DisplayNames | null>, locale: string, type: 'region' | 'language') {
  if (!cache.has(locale)) {
    try {
      cache.set(locale, new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' }));
    } catch {
      cache.set(locale, null);
    }
  }
  return cache.get(locale) ?? null;
}

const ownData = new Map<string, boolean>();

/** Whether the browser names countries in this language itself, rather than in English. */
function hasOwnNames(locale: string): boolean {
  if (locale === 'en') return true;
  if (!ownData.has(locale)) {
    const probe = (l: string) => {
      try {
        return new Intl.DisplayNames([l], { type: 'region' }).of('DE');
      } catch {
        return undefined;
      }
    };
    const own = probe(locale);
    // Without data of its own a browser answers with the code or with the English name.
    ownData.set(locale, own !== undefined && own !== 'DE' && own !== probe('en'));
  }
  return ownData.get(locale)!;
}

function nameOf(kind: 'region' | 'language', code: string, locale: string): string {
  const fallback = FALLBACK[locale]?.[kind][code];
  if (fallback && !hasOwnNames(locale)) return fallback;
  try {
    return displayNames(kind === 'region' ? regionNames : languageNames, locale, kind)?.of(code) ?? fallback ?? code;
  } catch {
    return fallback ?? code;
  }
}

/** A country's name in the reader's language (from the browser's own Intl data, else CLDR's), or its ISO code. */
export function countryName(code: string, locale: string): string {
  return nameOf('region', code, locale);
}

function sortByName(options: Option[], locale: string): Option[] {
  const collator = locale === 'az' ? null : new Intl.Collator(locale);
  return options.sort((a, b) => (collator ? collator.compare(a.label, b.label) : compareAz(a.label, b.label)));
}

const countryCache = new Map<string, Option[]>();

/** Every ISO 3166 country, named in the reader's language with its code, in alphabetical order. */
export function countryOptions(locale: string): Option[] {
  let options = countryCache.get(locale);
  if (!options) {
    options = sortByName(
      COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code, locale)} (${code})` })),
      locale,
    );
    countryCache.set(locale, options);
  }
  return options;
}

/** Countries' names for reading. */
export function countryList(codes: readonly string[] | null | undefined, locale: string): string {
  if (!codes || codes.length === 0) return '—';
  return codes.map((code) => countryName(code, locale)).join(', ');
}

/**
 * Languages offered first: those of the region and of the countries people are most often taken
 * to or come from. Any other ISO 639 code can still be typed.
 */
export const COMMON_LANGUAGES = [
  'az', 'ru', 'en', 'tr', 'fa', 'ka', 'hy', 'uz', 'tk', 'kk', 'ky', 'tg', 'uk', 'ar', 'ur', 'hi', 'bn', 'ne', 'zh', 'ps',
  'ku', 'lez', 'de', 'fr', 'it', 'es', 'ro', 'bg', 'el', 'pl', 'he', 'id', 'tl', 'vi', 'th', 'sw', 'am', 'so',
] as const;

export function languageName(code: string, locale: string): string {
  return nameOf('language', code, locale);
}

export function languageOptions(locale: string, extra: readonly string[] = []): Option[] {
  const codes = [...new Set([...COMMON_LANGUAGES, ...extra])];
  return sortByName(
    codes.map((code) => ({ value: code, label: `${languageName(code, locale)} (${code})` })),
    locale,
  );
}
