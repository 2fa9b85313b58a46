/**
 * Regions of citizenship for generalising a victim's citizenship (ISO 3166-1 alpha-2) in
 * statistics: Azerbaijan, its neighbours and the countries victims identified in Azerbaijan
 * mostly come from, each as its own group; everyone else as Europe, Africa or other.
 *
 *   level 0  country  "AZ", "GE", "UZ", …  ("unknown" when not recorded)
 *   level 1  region   one of `REGIONS`     ("unknown" when not recorded)
 *   level 2  any      "*"
 *
 * A two-letter code not listed below (including user-assigned codes such as "XX" for stateless
 * persons) falls in "other".
 */

export const REGIONS = [
  'azerbaijan',
  'south-caucasus',
  'central-asia',
  'russia-ukraine-belarus',
  'turkiye-iran',
  'south-asia',
  'southeast-asia',
  'africa',
  'europe',
  'other',
] as const;
export type Region = (typeof REGIONS)[number];

/** English names, for a legend; translations belong to the client. */
export const REGION_NAMES: Readonly<Record<Region, string>> = {
  azerbaijan: 'Azerbaijan',
  'south-caucasus': 'South Caucasus (Georgia, Armenia)',
  'central-asia': 'Central Asia',
  'russia-ukraine-belarus': 'Russia, Ukraine, Belarus',
  'turkiye-iran': 'Türkiye, Iran',
  'south-asia': 'South Asia',
  'southeast-asia': 'Southeast Asia',
  africa: 'Africa',
  europe: 'Europe',
  other: 'Other',
};

export const CITIZENSHIP_LEVELS = ['country', 'region', 'any'] as const;
export type CitizenshipLevel = 0 | 1 | 2;

const MEMBERS: Readonly<Record<Exclude<Region, 'other'>, string>> = {
  azerbaijan: 'AZ',
  'south-caucasus': 'GE AM',
  'central-asia': 'KZ KG TJ TM UZ',
  'russia-ukraine-belarus': 'RU UA BY',
  'turkiye-iran': 'TR IR',
  'south-asia': 'AF BD BT IN LK MV NP PK',
  'southeast-asia': 'BN ID KH LA MM MY PH SG TH TL VN',
  africa:
    'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW',
  europe:
    'AD AL AT AX BA BE BG CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM VA XK',
};

const REGION_OF = new Map<string, Region>(
  Object.entries(MEMBERS).flatMap(([region, codes]) => codes.split(' ').map((code) => [code, region as Region] as const)),
);

/** The code in upper case; throws RangeError for anything that is not two letters. */
export function normaliseCountry(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) throw new RangeError(`not an ISO 3166-1 alpha-2 code: ${code}`);
  return upper;
}

export function regionOf(code: string): Region {
  return REGION_OF.get(normaliseCountry(code)) ?? 'other';
}

export function generaliseCitizenship(code: string | null, level: CitizenshipLevel): string {
  if (level === 2) return '*';
  if (code === null) return 'unknown';
  return level === 0 ? normaliseCountry(code) : regionOf(code);
}
