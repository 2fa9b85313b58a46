/**
 * Age bands for statistics on victims of trafficking.
 *
 * The fine bands are those of the Counter Trafficking Data Collaborative (CTDC) global dataset:
 * 0–8, 9–17, 18–20, 21–23, 24–26, 27–29, 30–38, 39–47, 48+. Labels use a plain hyphen ("0-8",
 * "48+") so that they survive CSV and spreadsheet exports. Each coarser level is a union of
 * bands of the level below:
 *
 *   level 0  CTDC band      0-8 | 9-17 | 18-20 | 21-23 | 24-26 | 27-29 | 30-38 | 39-47 | 48+
 *   level 1  coarse band    0-17        | 18-29                         | 30+
 *   level 2  child / adult  child       | adult
 *   level 3  any            *
 *
 * An unknown age is "unknown" at every level below "*".
 */

export const CTDC_AGE_BANDS = ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+'] as const;
export type CtdcAgeBand = (typeof CTDC_AGE_BANDS)[number];
export const COARSE_AGE_BANDS = ['0-17', '18-29', '30+'] as const;
export type CoarseAgeBand = (typeof COARSE_AGE_BANDS)[number];
export type ChildOrAdult = 'child' | 'adult';

/** Names of the levels of the age hierarchy, from finest. */
export const AGE_LEVELS = ['ctdc-band', 'coarse-band', 'child-or-adult', 'any'] as const;
export type AgeLevel = 0 | 1 | 2 | 3;

/** Lowest age of each CTDC band, in order. */
const BAND_FROM = [0, 9, 18, 21, 24, 27, 30, 39, 48] as const;

function checkAge(age: number): number {
  if (!Number.isFinite(age) || age < 0) throw new RangeError(`not an age: ${age}`);
  return Math.floor(age);
}

/** The CTDC band of an age in completed years (fractions are cut: 17.9 is 17). */
export function ageBand(age: number): CtdcAgeBand {
  const years = checkAge(age);
  let band = 0;
  while (band + 1 < BAND_FROM.length && years >= BAND_FROM[band + 1]!) band++;
  return CTDC_AGE_BANDS[band]!;
}

/** 0-17, 18-29 or 30+. */
export function coarseAgeBand(age: number): CoarseAgeBand {
  const years = checkAge(age);
  return years < 18 ? '0-17' : years < 30 ? '18-29' : '30+';
}

/** Children are under 18 (the trafficking Protocol's definition of a child). */
export function childOrAdult(age: number): ChildOrAdult {
  return checkAge(age) < 18 ? 'child' : 'adult';
}

/** The age generalised to `level` of the hierarchy above. */
export function generaliseAge(age: number | null, level: AgeLevel): string {
  if (level === 3) return '*';
  if (age === null) return 'unknown';
  return level === 0 ? ageBand(age) : level === 1 ? coarseAgeBand(age) : childOrAdult(age);
}

/** A calendar date: "YYYY-MM-DD", or a `Date` read by its UTC calendar day. */
export type CalendarDate = string | Date;

export type AgeSource =
  | { readonly birthDate: CalendarDate }
  /** Only the year of birth is known: the birthday is taken to be 1 July (mid-year). */
  | { readonly birthYear: number }
  /** An age estimated (e.g. by a case worker) on a day; it grows by the full years since. */
  | { readonly estimatedAge: number; readonly recordedOn: CalendarDate };

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function toDay(date: CalendarDate): Day {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('invalid date');
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return { year, month, day };
}

/**
 * Full years from `from` to `to`; a birthday on 29 February is reached on 1 March in other
 * years. Negative when `to` is before `from`.
 */
function fullYears(from: Day, to: Day): number {
  const years = to.year - from.year;
  const reached = to.month > from.month || (to.month === from.month && to.day >= from.day);
  return reached ? years : years - 1;
}

/**
 * Age in completed years on `onDate` (for statistics: the date of identification, or the end of
 * the reporting period). Returns null when the source gives no age on that date (born after it,
 * an estimate recorded after it). Throws RangeError for malformed dates or negative ages.
 */
export function ageAt(source: AgeSource, onDate: CalendarDate): number | null {
  const on = toDay(onDate);
  let age: number;
  if ('birthDate' in source) {
    age = fullYears(toDay(source.birthDate), on);
  } else if ('birthYear' in source) {
    if (!Number.isSafeInteger(source.birthYear)) throw new RangeError(`not a year: ${source.birthYear}`);
    age = fullYears({ year: source.birthYear, month: 7, day: 1 }, on);
  } else {
    const recorded = toDay(source.recordedOn);
    const since = fullYears(recorded, on);
    if (since < 0) return null;
    age = checkAge(source.estimatedAge) + since;
  }
  return age < 0 ? null : age;
}
